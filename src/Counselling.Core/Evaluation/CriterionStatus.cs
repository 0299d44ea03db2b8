namespace Counselling.Core.Evaluation;

/// <summary>Where a criterion (or an axis) stands as of an instant.</summary>
/// <remarks>
/// <see cref="Met"/>, <see cref="PartlyMet"/> and <see cref="NotMet"/> are <em>resolved</em>: later evidence can move a
/// criterion between them but never back to <see cref="Pending"/>. <see cref="Pending"/> carries the date it is expected
/// to resolve when one is known; once that date has passed without the answer, the criterion is <see cref="Overdue"/>.
/// <see cref="NoEvidence"/> and <see cref="Overdue"/> are <em>unknown</em>: missing evidence is never counted as a
/// failure, and a verdict that they could change is <see cref="Verdict.Undetermined"/>.
/// </remarks>
public enum CriterionStatus
{
    /// <summary>
    /// Unknown: nothing recorded lets the criterion be judged, and nothing is awaited (no evidence, or an export that does
    /// not carry it). Never counted as not met.
    /// </summary>
    NoEvidence = 0,

    /// <summary>The criterion does not apply to this intervention (no option recorded, no job to judge).</summary>
    NotApplicable = 1,

    /// <summary>Not known yet: the evidence is expected later (an answer, a deadline, a follow-up).</summary>
    Pending = 2,

    /// <summary>Judged and not met.</summary>
    NotMet = 3,

    /// <summary>Judged and met in part.</summary>
    PartlyMet = 4,

    /// <summary>Judged and met.</summary>
    Met = 5,

    /// <summary>Unknown and late: the date the answer was awaited by has passed without it (a follow-up not recorded, an option's answer not come).</summary>
    Overdue = 6,
}
