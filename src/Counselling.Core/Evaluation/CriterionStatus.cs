namespace Counselling.Core.Evaluation;

/// <summary>Where a criterion (or an axis) stands as of an instant.</summary>
/// <remarks>
/// <see cref="Met"/>, <see cref="PartlyMet"/> and <see cref="NotMet"/> are <em>resolved</em>: later evidence can move a
/// criterion between them but never back to <see cref="Pending"/>. <see cref="Pending"/> carries the date it is expected
/// to resolve when one is known.
/// </remarks>
public enum CriterionStatus
{
    /// <summary>Nothing recorded lets the criterion be judged, and nothing is expected.</summary>
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
}
