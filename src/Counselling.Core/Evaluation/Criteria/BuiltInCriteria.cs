using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The names of the built-in criteria a <see cref="Rubric"/> may use, with the axis each sits on by default.
/// A rubric names criteria by these stable codes, so it can be stored and loaded as plain data.
/// </summary>
public static class BuiltInCriteria
{
    /// <summary>Result: each objective's indicator reached its target. Threshold: the share of objectives reached that meets it (default 1).</summary>
    public const string ObjectiveReached = "objective-reached";

    /// <summary>Result: the client came with a question (recorded) and left with an answer (a decision); not applicable when no question was recorded.</summary>
    public const string QuestionAnswered = "question-answered";

    /// <summary>Result: the client made a decision (a decision fact, or a session that ended with one).</summary>
    public const string DecisionMade = "decision-made";

    /// <summary>Result: the client entered a job or a course, during the intervention or by a follow-up.</summary>
    public const string EmploymentOrTrainingEntered = "employment-or-training-entered";

    /// <summary>Result: the options (plan A, plan B) and their status: met when one succeeded, pending while one waits.</summary>
    public const string OptionsResolved = "options-resolved";

    /// <summary>
    /// Result: a decent outcome — the latest job or course known meets the person's expectations (a course well completed
    /// also meets it). The ILO's elements of decent work are reported to inform it, not to replace it. Threshold: monthly
    /// earnings reported against (none by default: earnings are not reported).
    /// </summary>
    public const string DecentJob = "decent-job";

    /// <summary>Result: the job or course entered still holds at a later follow-up. Threshold: the months after closure (default 6).</summary>
    public const string OutcomeHeld = "outcome-held";

    /// <summary>Process: the planned sessions were held. Threshold: the share held that meets it (default 1).</summary>
    public const string SessionsHeldAsPlanned = "sessions-held-as-planned";

    /// <summary>Process: every held session ended with a concrete outcome. Threshold: the share that meets it (default 1).</summary>
    public const string SessionsWithOutcome = "sessions-with-outcome";

    /// <summary>Process: between-session actions were done. Threshold: the share of reviewed actions done that meets it (default 0.75).</summary>
    public const string ActionsDone = "actions-done";

    /// <summary>Impact: the latest satisfaction answer is at or above the threshold, a share of its scale (default 0.75).</summary>
    public const string Satisfaction = "satisfaction";

    /// <summary>Impact: the client would come back if needed and would recommend the service.</summary>
    public const string WouldComeBackOrRecommend = "would-come-back-or-recommend";

    /// <summary>Impact: autonomy increased between intake and closure. Threshold: the minimum increase, a share of the scale (default 0: any increase).</summary>
    public const string AutonomyIncreased = "autonomy-increased";

    private static readonly FrozenDictionary<string, CriterionRule> Rules = new CriterionRule[]
    {
        new ObjectiveReachedRule(),
        new DecisionMadeRule(),
        new QuestionAnsweredRule(),
        new EmploymentOrTrainingEnteredRule(),
        new OptionsResolvedRule(),
        new DecentJobRule(),
        new OutcomeHeldRule(),
        new SessionsHeldAsPlannedRule(),
        new SessionsWithOutcomeRule(),
        new ActionsDoneRule(),
        new SatisfactionRule(),
        new ComeBackOrRecommendRule(),
        new AutonomyIncreasedRule(),
    }.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

    private static readonly string[] OrderedNames =
    [
        ObjectiveReached, DecisionMade, QuestionAnswered, EmploymentOrTrainingEntered, OptionsResolved, DecentJob, OutcomeHeld,
        SessionsHeldAsPlanned, SessionsWithOutcome, ActionsDone, Satisfaction, WouldComeBackOrRecommend, AutonomyIncreased,
    ];

    /// <summary>Gets the name of every built-in criterion.</summary>
    public static IReadOnlyList<string> Names => OrderedNames;

    /// <summary>Tells whether a name is a built-in criterion.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public static bool Exists(string? name) => name is not null && Rules.ContainsKey(name);

    /// <summary>Gets the axis a criterion sits on unless a rubric says otherwise.</summary>
    /// <param name="name">The criterion's name.</param>
    /// <returns>The axis.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a built-in criterion.</exception>
    public static EvaluationAxis DefaultAxisOf(string name) => Find(name).DefaultAxis;

    internal static CriterionRule Find(string name)
        => name is not null && Rules.TryGetValue(name, out var rule) ? rule : throw new ArgumentException("No built-in criterion has this name.", nameof(name));

    internal static CriterionRule? TryFind(string? name) => name is not null && Rules.TryGetValue(name, out var rule) ? rule : null;
}
