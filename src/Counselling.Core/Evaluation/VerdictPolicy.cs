namespace Counselling.Core.Evaluation;

/// <summary>How a rubric turns the three axes into a <see cref="Verdict"/>.</summary>
public enum VerdictPolicy
{
    /// <summary>
    /// A success when the process and the impact are met, whatever the result: the result may not be the one wished
    /// (the plans fell through, a temporary job was taken) and is reported with its reasons, but it does not decide.
    /// Pending while the process and the impact are met or still pending; an axis with no criterion counts as met.
    /// </summary>
    ProcessAndImpactMet = 4,

    /// <summary>The strict policy: a success only when the result, the process and the impact are all met.</summary>
    AllAxesMet = 2,

    /// <summary>
    /// A success when the weighted score of every criterion reaches the rubric's <see cref="Rubric.ScoreThreshold"/>;
    /// pending while pending criteria could still lift it there.
    /// </summary>
    WeightedScoreAtLeast = 3,
}
