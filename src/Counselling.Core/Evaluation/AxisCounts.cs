using System.Runtime.CompilerServices;
using Counselling.Core.Evaluation.Criteria;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>Counts the statuses of one axis's criteria, and the dates its pending and overdue ones await: what an axis's status is decided on.</summary>
internal struct AxisCounts
{
    private int _total;
    private int _notApplicable;
    private int _met;
    private int _partly;
    private int _pending;
    private int _noEvidence;
    private int _overdue;

    /// <summary>Gets the earliest date a pending criterion of the axis is expected to resolve, if any.</summary>
    public LocalDate? ExpectedBy { get; private set; }

    /// <summary>Gets the earliest date an overdue criterion of the axis was due, if any.</summary>
    public LocalDate? OverdueSince { get; private set; }

    /// <summary>Counts one criterion's outcome.</summary>
    /// <param name="outcome">The outcome, as counted (set aside already when it counts only in favour).</param>
    public void Add(in CriterionOutcome outcome)
    {
        _total++;
        switch (outcome.Status)
        {
            case CriterionStatus.NotApplicable:
                _notApplicable++;
                break;
            case CriterionStatus.Met:
                _met++;
                break;
            case CriterionStatus.PartlyMet:
                _partly++;
                break;
            case CriterionStatus.Pending:
                _pending++;
                if (outcome.ExpectedBy is { } e && (ExpectedBy is not { } current || e < current))
                {
                    ExpectedBy = e;
                }

                break;
            case CriterionStatus.NoEvidence:
                _noEvidence++;
                break;
            case CriterionStatus.Overdue:
                _overdue++;
                if (outcome.ExpectedBy is { } due && (OverdueSince is not { } since || due < since))
                {
                    OverdueSince = due;
                }

                break;
        }
    }

    /// <summary>The axis's status: not applicable when no criterion applies, met when all applicable are, short when one was judged short, open otherwise.</summary>
    /// <returns>The status.</returns>
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
