using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>
/// What a summary reads of an evaluation, counted criterion by criterion without allocating: every criterion's status,
/// the statuses each axis saw, the weights summed exactly as a report sums them (in the rubric's order, so scores agree
/// to the last bit), and the earliest date a pending criterion awaits. Each outcome is settled as it is added (overdue
/// once its date has passed, unknown when the record does not carry what the criterion reads).
/// </summary>
internal struct SummaryTally
{
    /// <summary>An axis's bits in <see cref="_axes"/>: one per <see cref="CriterionStatus"/>, eight per axis.</summary>
    private const int AxisBits = 8;

    private readonly LocalDate _today;
    private readonly EvidenceKinds _unrecorded;
    private ulong _statuses;
    private uint _axes;
    private double _weighted;
    private double _applicable;
    private double _pending;
    private double _unknown;
    private LocalDate _expectedBy;
    private bool _hasExpectedBy;

    /// <summary>Initializes a tally for one evaluation.</summary>
    /// <param name="today">The as-of date in the record's zone: a pending outcome awaited before it is overdue.</param>
    /// <param name="unrecorded">The kinds of evidence the record does not carry.</param>
    public SummaryTally(LocalDate today, EvidenceKinds unrecorded)
    {
        _today = today;
        _unrecorded = unrecorded;
    }

    /// <summary>Settles and counts the outcome of the criterion at <paramref name="index"/>, criteria added in the rubric's order.</summary>
    /// <param name="entry">What the rubric says of the criterion.</param>
    /// <param name="index">Its index in the rubric.</param>
    /// <param name="outcome">Its rule's outcome.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in Entry entry, int index, in CriterionOutcome outcome)
    {
        var status = outcome.Status;
        if (status == CriterionStatus.Pending || (entry.Reads & _unrecorded) != 0)
        {
            // Only a pending outcome (its date may have passed) or one the record may not carry needs settling: apart,
            // so that the usual outcome costs a few adds where it is counted.
            AddSettled(entry, index, outcome);
            return;
        }

        Count(entry, index, status, outcome.Score);
    }

    /// <summary>Settles and counts an outcome that may need settling: pending (overdue once its date has passed), or of a criterion reading what the record may not carry.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSettled(in Entry entry, int index, in CriterionOutcome outcome)
    {
        var status = outcome.Status;
        var score = outcome.Score;
        var expectedBy = outcome.ExpectedBy;
        if (OutcomeSettling.IsOverdue(status, expectedBy, _today))
        {
            // The date the answer was awaited by has passed without it: late, not pending.
            status = CriterionStatus.Overdue;
            score = 0;
        }

        if (OutcomeSettling.IsUnknown(status, entry.Reads, _unrecorded))
        {
            // What the record does not carry can only leave the criterion unknown, never judged short.
            status = CriterionStatus.NoEvidence;
            score = 0;
        }

        if (Count(entry, index, status, score) && status == CriterionStatus.Pending)
        {
            _pending += entry.Weight;
            if (expectedBy is { } e && (!_hasExpectedBy || e < _expectedBy))
            {
                _expectedBy = e;
                _hasExpectedBy = true;
            }
        }
    }

    /// <summary>Counts a settled outcome's status, axis and weight (a pending one's wait aside); returns whether it counts (applicable, not set aside).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Count(in Entry entry, int index, CriterionStatus status, double score)
    {
        _statuses |= (ulong)status << unchecked(4 * index);
        if (status == CriterionStatus.NotApplicable || (entry.CountsOnlyInFavour && status != CriterionStatus.Met))
        {
            // Not applicable, or set aside: counts nowhere.
            return false;
        }

        _axes |= 1u << unchecked((entry.Axis * AxisBits) + (int)status);
        var weight = entry.Weight;
        _applicable += weight;
        _weighted += weight * score;
        if (status is CriterionStatus.NoEvidence or CriterionStatus.Overdue)
        {
            _unknown += weight;
        }

        return true;
    }

    /// <summary>The summary of the criteria added.</summary>
    /// <param name="rubric">The rubric (its verdict policy and score threshold).</param>
    /// <param name="intervention">The intervention evaluated.</param>
    /// <param name="count">The number of criteria.</param>
    /// <param name="isReturn">Whether the intervention follows an earlier one.</param>
    /// <returns>The summary.</returns>
    public readonly EvaluationSummary Summarize(Rubric rubric, InterventionId intervention, int count, bool isReturn)
    {
        var score = _applicable > 0 ? _weighted / _applicable : 0;
        var optimistic = _applicable > 0 ? (_weighted + _pending + _unknown) / _applicable : 0;
        var result = AxisStatus(_axes & 0xFF);
        var process = AxisStatus((_axes >> AxisBits) & 0xFF);
        var impact = AxisStatus((_axes >> (2 * AxisBits)) & 0xFF);
        var verdict = VerdictRules.Decide(rubric.Policy, result, process, impact, score, optimistic, rubric.ScoreThreshold ?? 0, _pending > 0);
        return new EvaluationSummary(intervention, verdict, score, result, process, impact, _hasExpectedBy ? _expectedBy : null, _statuses, count, isReturn);
    }

    /// <summary>
    /// An axis's status from the statuses its applicable criteria had (a bit each): not applicable when none, met when
    /// all were met, short when one was judged short (partly met when something was achieved), open otherwise — as
    /// <see cref="AxisCounts.Status"/> decides from counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CriterionStatus AxisStatus(uint seen)
    {
        const uint met = 1u << (int)CriterionStatus.Met;
        const uint partly = 1u << (int)CriterionStatus.PartlyMet;
        const uint notMet = 1u << (int)CriterionStatus.NotMet;
        return seen == 0 ? CriterionStatus.NotApplicable
            : seen == met ? CriterionStatus.Met
            : (seen & (partly | notMet)) != 0 ? ((seen & (met | partly)) != 0 ? CriterionStatus.PartlyMet : CriterionStatus.NotMet)
            : (seen & (1u << (int)CriterionStatus.Pending)) != 0 ? CriterionStatus.Pending
            : (seen & (1u << (int)CriterionStatus.Overdue)) != 0 ? CriterionStatus.Overdue
            : CriterionStatus.NoEvidence;
    }

    /// <summary>What a summary reads of one criterion of the rubric, side by side for the tally.</summary>
    internal readonly struct Entry
    {
        public Entry(CompiledCriterion criterion)
        {
            Weight = criterion.Weight;
            Reads = criterion.Reads;
            Axis = (int)criterion.Axis - 1;
            CountsOnlyInFavour = criterion.CountsOnlyInFavour;
        }

        /// <summary>Gets the criterion's weight.</summary>
        public double Weight { get; }

        /// <summary>Gets the kinds of evidence its rule reads.</summary>
        public EvidenceKinds Reads { get; }

        /// <summary>Gets its axis, from 0.</summary>
        public int Axis { get; }

        /// <summary>Gets whether it counts only when met.</summary>
        public bool CountsOnlyInFavour { get; }
    }
}
