using Counselling.Core.Evaluation.Criteria;

namespace Counselling.Core.Evaluation;

/// <summary>Rubrics ready to use: the process-and-impact policy (the default), the strict one, and a follow-up rubric with decent work.</summary>
public static class BuiltInRubrics
{
    /// <summary>
    /// Gets the process-and-impact rubric (code <c>process-and-impact</c>), the default: ten criteria with equal weights — result: objective
    /// reached, decision made, employment or training entered, options; process: sessions held as planned, sessions with an
    /// outcome, actions done; impact: satisfaction, would come back or recommend, autonomy increased — and the policy
    /// <see cref="VerdictPolicy.ProcessAndImpactMetResultMetOrPending"/>.
    /// </summary>
    public static Rubric ProcessAndImpact { get; } = new("process-and-impact", VerdictPolicy.ProcessAndImpactMetResultMetOrPending, TenCriteria());

    /// <summary>Gets the strict rubric (code <c>strict</c>): the same ten criteria, a success only when all three axes are met.</summary>
    public static Rubric Strict { get; } = new("strict", VerdictPolicy.AllAxesMet, TenCriteria());

    /// <summary>
    /// Gets the follow-up rubric (code <c>decent-work</c>): the ten criteria plus decent job at the latest follow-up and
    /// outcome held at six months, on the result axis, with the strict policy. Earnings are not tested: give
    /// <see cref="BuiltInCriteria.DecentJob"/> a threshold in your own rubric to test them.
    /// </summary>
    public static Rubric DecentWork { get; } = new("decent-work", VerdictPolicy.AllAxesMet, [.. TenCriteria(0.08), new(BuiltInCriteria.DecentJob, 0.1), new(BuiltInCriteria.OutcomeHeld, 0.1)]);

    /// <summary>Gets the default rubric: <see cref="ProcessAndImpact"/>.</summary>
    public static Rubric Default => ProcessAndImpact;

    private static RubricCriterion[] TenCriteria(double weight = 0.1) =>
    [
        new(BuiltInCriteria.ObjectiveReached, weight),
        new(BuiltInCriteria.DecisionMade, weight),
        new(BuiltInCriteria.EmploymentOrTrainingEntered, weight),
        new(BuiltInCriteria.OptionsResolved, weight),
        new(BuiltInCriteria.SessionsHeldAsPlanned, weight),
        new(BuiltInCriteria.SessionsWithOutcome, weight),
        new(BuiltInCriteria.ActionsDone, weight),
        new(BuiltInCriteria.Satisfaction, weight),
        new(BuiltInCriteria.WouldComeBackOrRecommend, weight),
        new(BuiltInCriteria.AutonomyIncreased, weight),
    ];
}
