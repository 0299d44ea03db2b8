using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>What a rule found: a status, a score in [0, 1] and, when pending, the date it is expected to resolve (when overdue, the date it was due).</summary>
internal readonly record struct CriterionOutcome(CriterionStatus Status, double Score, LocalDate? ExpectedBy)
{
    public static CriterionOutcome Met => new(CriterionStatus.Met, 1, null);

    public static CriterionOutcome NotMet => new(CriterionStatus.NotMet, 0, null);

    public static CriterionOutcome NoEvidence => new(CriterionStatus.NoEvidence, 0, null);

    public static CriterionOutcome NotApplicable => new(CriterionStatus.NotApplicable, 0, null);

    public static CriterionOutcome Pending(LocalDate? expectedBy) => new(CriterionStatus.Pending, 0, expectedBy);

    /// <summary>The answer awaited by <paramref name="due"/> has not come, and that date has passed: unknown and late.</summary>
    public static CriterionOutcome Overdue(LocalDate due) => new(CriterionStatus.Overdue, 0, due);

    /// <summary>The status of a share of items that succeeded: met at or above the threshold, partly met above zero, not met at zero.</summary>
    public static CriterionOutcome FromShare(int succeeded, int total, double threshold)
    {
        var share = (double)succeeded / total;
        var status = succeeded == total || share >= threshold ? CriterionStatus.Met : succeeded > 0 ? CriterionStatus.PartlyMet : CriterionStatus.NotMet;
        return new(status, share, null);
    }
}
