using Counselling.Core.Evaluation.Criteria;

namespace Counselling.Core.Evaluation;

/// <summary>Rubrics ready to use: the process-and-impact rubric (the default), the strict one, and a follow-up rubric with decent work.</summary>
public static class BuiltInRubrics
{
    /// <summary>
    /// Gets the process-and-impact rubric (code <c>process-and-impact</c>), the default, with the policy
    /// <see cref="VerdictPolicy.ProcessAndImpactMet"/>: a success when the process and the impact are met, whatever the
    /// result, which is reported with its reasons. Eleven criteria — result (weight 0.08 each): objective reached,
    /// decision made, employment or training entered, options, decent outcome (the job or course meets the person's
    /// expectations); process (0.1 each): sessions held as planned, sessions with an outcome, actions done; impact (0.1
    /// each): satisfaction, would come back or recommend, and autonomy increased, which counts only in the intervention's
    /// favour (autonomy that stays low is not by itself a failure).
    /// </summary>
    public static Rubric ProcessAndImpact { get; } = new("process-and-impact", VerdictPolicy.ProcessAndImpactMet,
    [
        new(BuiltInCriteria.ObjectiveReached, 0.08),
        new(BuiltInCriteria.DecisionMade, 0.08),
        new(BuiltInCriteria.EmploymentOrTrainingEntered, 0.08),
        new(BuiltInCriteria.OptionsResolved, 0.08),
        new(BuiltInCriteria.DecentJob, 0.08),
        new(BuiltInCriteria.SessionsHeldAsPlanned, 0.1),
        new(BuiltInCriteria.SessionsWithOutcome, 0.1),
        new(BuiltInCriteria.ActionsDone, 0.1),
        new(BuiltInCriteria.Satisfaction, 0.1),
        new(BuiltInCriteria.WouldComeBackOrRecommend, 0.1),
        new(BuiltInCriteria.AutonomyIncreased, 0.1, CountsOnlyInFavour: true),
    ]);

    /// <summary>
    /// Gets the strict rubric (code <c>strict</c>): ten criteria with equal weights (those of the default rubric but decent
    /// outcome, autonomy counting like the others), a success only when all three axes are met.
    /// </summary>
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
