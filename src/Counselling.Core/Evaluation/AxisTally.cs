using Counselling.Core.Evaluation.Criteria;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>Counts the statuses of one axis's criteria and their weighted scores, without allocating.</summary>
internal struct AxisTally
{
    private AxisCounts _counts;

    public double WeightedScore { get; private set; }

    public double ApplicableWeight { get; private set; }

    public double PendingWeight { get; private set; }

    public readonly LocalDate? ExpectedBy => _counts.ExpectedBy;

    /// <summary>Gets the earliest date an overdue criterion of the axis was due, if any.</summary>
    public readonly LocalDate? OverdueSince => _counts.OverdueSince;

    /// <summary>Gets the weight of the criteria whose evidence is unknown (no evidence, or overdue).</summary>
    public double UnknownWeight { get; private set; }

    public readonly double Score => ApplicableWeight > 0 ? WeightedScore / ApplicableWeight : 0;

    public void Add(in CriterionOutcome outcome, double weight)
    {
        _counts.Add(outcome);
        switch (outcome.Status)
        {
            case CriterionStatus.NotApplicable:
                return;
            case CriterionStatus.Pending:
                PendingWeight += weight;
                break;
            case CriterionStatus.NoEvidence or CriterionStatus.Overdue:
                UnknownWeight += weight;
                break;
        }

        ApplicableWeight += weight;
        WeightedScore += weight * outcome.Score;
    }

    /// <summary>Counts one criterion's outcome without its weight: all a summary reads of an axis.</summary>
    public void Count(in CriterionOutcome outcome) => _counts.Add(outcome);

    public readonly CriterionStatus Status() => _counts.Status();
}
