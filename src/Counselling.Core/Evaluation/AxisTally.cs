using System.Runtime.CompilerServices;
using Counselling.Core.Evaluation.Criteria;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>Counts the statuses of one axis's criteria and their weighted scores, without allocating.</summary>
internal struct AxisTally
{
    private int _total;
    private int _notApplicable;
    private int _met;
    private int _partly;
    private int _pending;
    private int _noEvidence;
    private int _overdue;

    public double WeightedScore { get; private set; }

    public double ApplicableWeight { get; private set; }

    public double PendingWeight { get; private set; }

    public LocalDate? ExpectedBy { get; private set; }

    /// <summary>Gets the earliest date an overdue criterion of the axis was due, if any.</summary>
    public LocalDate? OverdueSince { get; private set; }

    /// <summary>Gets the weight of the criteria whose evidence is unknown (no evidence, or overdue).</summary>
    public double UnknownWeight { get; private set; }

    public readonly double Score => ApplicableWeight > 0 ? WeightedScore / ApplicableWeight : 0;

    public void Add(in CriterionOutcome outcome, double weight)
    {
        _total++;
        switch (outcome.Status)
        {
            case CriterionStatus.NotApplicable:
                _notApplicable++;
                return;
            case CriterionStatus.Met:
                _met++;
                break;
            case CriterionStatus.PartlyMet:
                _partly++;
                break;
            case CriterionStatus.Pending:
                _pending++;
                PendingWeight += weight;
                if (outcome.ExpectedBy is { } e && (ExpectedBy is not { } current || e < current))
                {
                    ExpectedBy = e;
                }

                break;
            case CriterionStatus.NoEvidence:
                _noEvidence++;
                UnknownWeight += weight;
                break;
            case CriterionStatus.Overdue:
                _overdue++;
                UnknownWeight += weight;
                if (outcome.ExpectedBy is { } due && (OverdueSince is not { } since || due < since))
                {
                    OverdueSince = due;
                }

                break;
        }

        ApplicableWeight += weight;
        WeightedScore += weight * outcome.Score;
    }

    /// <summary>
    /// The axis's status: not met or partly met as soon as one criterion is judged short (missing evidence never hides a
    /// failure that is there); otherwise met when every criterion is, pending when one awaits a date to come, overdue when
    /// one is late, and unknown (<see cref="CriterionStatus.NoEvidence"/>) when what is missing could still change it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly CriterionStatus Status()
    {
        var applicable = _total - _notApplicable;
        if (applicable == 0)
        {
            return CriterionStatus.NotApplicable;
        }

        if (_met == applicable)
        {
            return CriterionStatus.Met;
        }

        var open = _pending + _noEvidence + _overdue;
        if (_met + open < applicable)
        {
            // Some criterion was judged short: partly met when something was achieved, not met otherwise.
            return _met + _partly > 0 ? CriterionStatus.PartlyMet : CriterionStatus.NotMet;
        }

        return _pending > 0 ? CriterionStatus.Pending : _overdue > 0 ? CriterionStatus.Overdue : CriterionStatus.NoEvidence;
    }
}
