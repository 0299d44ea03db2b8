using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// What the built-in criteria read of a case whose evidence is counts and dates (a flat cohort row), already taken as of
/// one day: the sessions, actions and answers known by then, and nothing else (no objective, option, course, follow-up
/// situation or initial question). A source that can say this much without building the case record's facts gives it to
/// <see cref="EvaluationEngine"/>'s counted path, which judges it with the same rules and gives the same summary.
/// </summary>
internal readonly struct CountedCase
{
    /// <summary>Gets the case.</summary>
    public InterventionId Intervention { get; init; }

    /// <summary>Gets the as-of date in the case's zone.</summary>
    public LocalDate Today { get; init; }

    /// <summary>Gets the closure date when the case is closed by <see cref="Today"/>, otherwise <see langword="null"/>.</summary>
    public LocalDate? ClosedOn { get; init; }

    /// <summary>Gets whether the case is closed by <see cref="Today"/>.</summary>
    public bool IsClosed => ClosedOn is not null;

    /// <summary>Gets the reason the case closed, known or not yet.</summary>
    public ClosureReason? ClosureReason { get; init; }

    /// <summary>Gets the planned end.</summary>
    public LocalDate? PlannedEnd { get; init; }

    /// <summary>Gets the kinds of evidence the case does not record.</summary>
    public EvidenceKinds Unrecorded { get; init; }

    /// <summary>Gets the planned sessions known (held or missed; none upcoming, none unplanned).</summary>
    public int Sessions { get; init; }

    /// <summary>Gets the sessions of <see cref="Sessions"/> held.</summary>
    public int SessionsHeld { get; init; }

    /// <summary>Gets the sessions of <see cref="SessionsHeld"/> with an outcome (never a decision).</summary>
    public int SessionsWithOutcome { get; init; }

    /// <summary>Gets the actions agreed and not yet reviewed.</summary>
    public int ActionsAgreed { get; init; }

    /// <summary>Gets the actions reviewed as done.</summary>
    public int ActionsDone { get; init; }

    /// <summary>Gets the actions reviewed as not done.</summary>
    public int ActionsNotDone { get; init; }

    /// <summary>Gets whether a decision is known.</summary>
    public bool Decided { get; init; }

    /// <summary>Gets whether employment (or training) entered is known.</summary>
    public bool Entered { get; init; }

    /// <summary>Gets the satisfaction answer's score, when one is known.</summary>
    public ScaleScore? Satisfaction { get; init; }

    /// <summary>Gets the known satisfaction answer's "would recommend".</summary>
    public bool? WouldRecommend { get; init; }

    /// <summary>Gets the autonomy level at intake, when known.</summary>
    public ScaleScore? AutonomyAtIntake { get; init; }

    /// <summary>Gets the autonomy level at closure, when known.</summary>
    public ScaleScore? AutonomyAtClosure { get; init; }

    /// <summary>Gets whether the case closed as one-off advice by <see cref="Today"/>.</summary>
    public bool ClosedAsOneOffAdvice => ClosureReason == Evidence.ClosureReason.OneOffAdvice && IsClosed;

    /// <summary>The date a follow-up answer is due: months after the closure, or after the planned end while open.</summary>
    public LocalDate? FollowUpDue(int months) => ClosedOn is { } closed ? closed.PlusMonths(months) : PlannedEnd?.PlusMonths(months);
}
