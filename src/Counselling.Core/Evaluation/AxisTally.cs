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

    public double WeightedScore { get; private set; }

    public double ApplicableWeight { get; private set; }

    public double PendingWeight { get; private set; }

    public LocalDate? ExpectedBy { get; private set; }

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
                break;
        }

        ApplicableWeight += weight;
        WeightedScore += weight * outcome.Score;
    }

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

        if (_met + _pending == applicable)
        {
            return CriterionStatus.Pending;
        }

        if (_noEvidence == applicable)
        {
            return CriterionStatus.NoEvidence;
        }

        if (_met + _partly > 0)
        {
            return CriterionStatus.PartlyMet;
        }

        return applicable - _pending - _noEvidence == 0 ? CriterionStatus.Pending : CriterionStatus.NotMet;
    }
}
