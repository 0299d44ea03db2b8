using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>
/// Evaluates case records under one rubric, as of any instant: a pure function of the record, the rubric and the
/// instant — it reads no clock, keeps no state and is safe to call from many threads at once.
/// </summary>
/// <remarks>
/// <see cref="Evaluate"/> gives the full report with reasons; <see cref="Summarize"/> gives the same statuses without
/// allocating; the cohort methods stream any number of records into counts. Dates (deadlines, expected dates) are
/// compared with the as-of instant's date in each record's own zone (<see cref="CaseRecord.Zone"/>): nothing is read in
/// UTC unless the record says so. An array or a list of records is walked by index, not enumerated: it must not change
/// while a walk reads it (a change made meanwhile, from another thread or from the caller's own loop over the results,
/// is not detected, and what the walk then gives is not defined); a lazy sequence is enumerated as usual.
/// </remarks>
public sealed class EvaluationEngine
{
    private readonly CompiledCriterion[] _criteria;

    /// <summary>What a summary's tally reads of each criterion, side by side.</summary>
    private readonly SummaryTally.Entry[] _entries;

    /// <summary>The default rubric's eleven criteria as one pass reads them, when the rubric names them in its order (a summary then judges them in one pass); otherwise <see langword="null"/>.</summary>
    private readonly DefaultRubricPass.Plan? _onePass;

    /// <summary>Initializes a new engine for a rubric.</summary>
    /// <param name="rubric">The rubric; its custom criteria, if any, are resolved now.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is <see langword="null"/>.</exception>
    public EvaluationEngine(Rubric rubric)
        : this(rubric, onePass: true)
    {
    }

    /// <summary>Initializes a new engine for a rubric, saying whether a summary may judge the default rubric's criteria in one pass (the tests compare both ways).</summary>
    internal EvaluationEngine(Rubric rubric, bool onePass)
    {
        Rubric = Guard.NotNull(rubric);
        _criteria = [.. rubric.Criteria.Select(c => new CompiledCriterion(c, rubric))];
        _entries = Array.ConvertAll(_criteria, c => new SummaryTally.Entry(c));
        _onePass = onePass && DefaultRubricPass.Fits(_criteria) ? new DefaultRubricPass.Plan(_criteria, _entries) : null;
    }

    /// <summary>Gets the rubric.</summary>
    public Rubric Rubric { get; }

    /// <summary>Evaluates one record as of an instant, with every reason.</summary>
    /// <param name="record">The case record.</param>
    /// <param name="asOf">The instant: only evidence known then counts.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>): refused, never clamped.</exception>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is before the intervention opened.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public EvaluationReport Evaluate(CaseRecord record, Instant asOf)
    {
        CheckOpened(record, asOf);
        record = record.InOne;
        RecordPrefetch.Facts(record);
        var moment = new EvaluationMoment(asOf, record);
        var sink = new ReportSink(_criteria.Length);
        var summary = Report(record, moment, sink);
        return sink.Build(Rubric, record, moment, summary);
    }

    /// <summary>Evaluates one record as of an instant, without reasons and without allocating.</summary>
    /// <param name="record">The case record.</param>
    /// <param name="asOf">The instant: only evidence known then counts.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>): refused, never clamped.</exception>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is before the intervention opened.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public EvaluationSummary Summarize(CaseRecord record, Instant asOf)
    {
        CheckOpened(record, asOf);
        RecordPrefetch.Facts(record);
        return Summary(record, new KnownCutoff(asOf), ZoneDates.DateIn(asOf, record.Zone));
    }

    /// <summary>Evaluates records one by one as they are read, skipping those not yet open at the instant (use <see cref="EvaluateCases"/> for one row per input record).</summary>
    /// <param name="records">The records, in any number; read once, lazily.</param>
    /// <param name="asOf">The instant.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>): refused, never clamped.</exception>
    /// <returns>A summary per record opened by <paramref name="asOf"/>, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>, or holds a <see langword="null"/> record (when enumerated).</exception>
    public IEnumerable<EvaluationSummary> SummarizeAll(IEnumerable<CaseRecord> records, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        Bounds.Instant(asOf);
        return Stream(records, asOf);
    }

    /// <summary>Evaluates a cohort into counts per axis and status, per criterion and per verdict, streaming the records once.</summary>
    /// <param name="records">The records, in any number; read once.</param>
    /// <param name="asOf">The instant; records not yet open then are counted in <see cref="CohortCounts.NotYetOpened"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>): refused, never clamped.</exception>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/> or holds a <see langword="null"/> record.</exception>
    public CohortCounts EvaluateCohort(IEnumerable<CaseRecord> records, Instant asOf)
        => EvaluateCohort<int>(records, asOf, static _ => 0).Total;

    /// <summary>Evaluates a cohort into counts grouped by a key the caller chooses (counsellor, programme, site, month), streaming the records once.</summary>
    /// <typeparam name="TKey">The grouping key.</typeparam>
    /// <param name="records">The records, in any number; read once.</param>
    /// <param name="asOf">The instant; records not yet open then are counted in <see cref="CohortCounts.NotYetOpened"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>): refused, never clamped.</exception>
    /// <param name="groupBy">The key of a record, such as <c>r =&gt; r.Counsellor</c> or <c>r =&gt; r.OpenedAt.InZone(r.Zone).Date.ToYearMonth()</c>; records whose key is <see langword="null"/> are counted in <see cref="CohortReport{TKey}.WithoutKey"/>.</param>
    /// <returns>The counts, in total and per group, groups in the order their first record came.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or <paramref name="records"/> holds a <see langword="null"/> record.</exception>
    public CohortReport<TKey> EvaluateCohort<TKey>(IEnumerable<CaseRecord> records, Instant asOf, Func<CaseRecord, TKey?> groupBy)
        where TKey : notnull
        => EvaluateCohort(records, AsOfPolicy.Fixed(asOf), groupBy);

    /// <summary>Evaluates a cohort, each case as of its own instant under a policy (such as 6 months after it opened), into counts grouped by a key, streaming the records once.</summary>
    /// <typeparam name="TKey">The grouping key.</typeparam>
    /// <param name="records">The records, in any number; read once.</param>
    /// <param name="asOf">When each case is evaluated; cases not evaluated (not yet open, not closed, horizon not reached) are counted apart.</param>
    /// <param name="groupBy">The key of a record; records whose key is <see langword="null"/> are counted in <see cref="CohortReport{TKey}.WithoutKey"/>.</param>
    /// <returns>The counts, in total and per group, groups in the order their first record came; an empty cohort gives empty counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or <paramref name="records"/> holds a <see langword="null"/> record.</exception>
    public CohortReport<TKey> EvaluateCohort<TKey>(IEnumerable<CaseRecord> records, AsOfPolicy asOf, Func<CaseRecord, TKey?> groupBy)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(groupBy);
        var accumulator = new CohortAccumulator<TKey>(_criteria.Length);
        if (records is CaseRecord[] array)
        {
            // An array read straight, the records ahead prefetched.
            for (var i = 0; i < array.Length; i++)
            {
                RecordPrefetch.Ahead(array, i);
                Accumulate(accumulator, array[i], i, asOf, groupBy);
            }
        }
        else if (records is IReadOnlyList<CaseRecord> list)
        {
            // Indexed, so the records ahead can be prefetched while this one is judged.
            for (var i = 0; i < list.Count; i++)
            {
                RecordPrefetch.Ahead(list, i);
                Accumulate(accumulator, list[i], i, asOf, groupBy);
            }
        }
        else
        {
            long index = 0;
            foreach (var record in records)
            {
                Accumulate(accumulator, record, index++, asOf, groupBy);
            }
        }

        return accumulator.ToReport(Rubric, asOf);
    }

    /// <summary>
    /// Evaluates a cohort into counts grouped by a text key (<see cref="CohortKeys.Programme"/>, <see cref="CohortKeys.Site"/>,
    /// <see cref="CohortKeys.Agency"/> or the host's own), each case as of its own instant under a policy: a record whose key
    /// is missing is counted in the group <see cref="CohortKeys.None"/>. The same counts whatever the number of threads.
    /// </summary>
    /// <param name="records">The records, in any number.</param>
    /// <param name="asOf">When each case is evaluated.</param>
    /// <param name="groupBy">The key of a record; called from several threads when <paramref name="maxDegreeOfParallelism"/> is not 1, so it must be thread-safe.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use: 1 to run on the calling thread, -1 for as many as the scheduler likes.</param>
    /// <returns>The counts, in total and per group, groups in the order their first record came; <see cref="CohortReport{TKey}.WithoutKey"/> is always <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or <paramref name="records"/> holds a <see langword="null"/> record.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public CohortReport<string> EvaluateCohortByKey(IEnumerable<CaseRecord> records, AsOfPolicy asOf, Func<CaseRecord, string?> groupBy, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(groupBy);
        Func<CaseRecord, string> key = r => groupBy(r) ?? CohortKeys.None;
        return maxDegreeOfParallelism == 1 ? EvaluateCohort(records, asOf, key) : EvaluateCohortInParallel(records, asOf, key, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Evaluates every case, each as of its own instant under a policy, into one outcome per input record, in input
    /// order: a case not evaluated (not yet open, not closed, horizon not reached) still gives its row, saying why.
    /// The rows join back to the input by <see cref="CaseOutcome.Row"/> and <see cref="CaseOutcome.CaseId"/>; the same input gives the same rows.
    /// </summary>
    /// <param name="records">The records, in any number; read once, lazily.</param>
    /// <param name="asOf">When each case is evaluated.</param>
    /// <param name="groupBy">The host's grouping key written in each row (missing keys as <see cref="CohortKeys.None"/>), or <see langword="null"/> for none.</param>
    /// <returns>One outcome per record, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="asOf"/> is <see langword="null"/>, or <paramref name="records"/> holds a <see langword="null"/> record (when enumerated).</exception>
    public IEnumerable<CaseOutcome> EvaluateCases(IEnumerable<CaseRecord> records, AsOfPolicy asOf, Func<CaseRecord, string?>? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(asOf);
        return StreamOutcomes(records, asOf, groupBy);
    }

    /// <summary>
    /// Evaluates a cohort on every core into counts grouped by a key: the same answer as
    /// <see cref="EvaluateCohort{TKey}(IEnumerable{CaseRecord}, Instant, Func{CaseRecord, TKey})"/>, faster. Lists and arrays
    /// are split by index; other sequences are read in chunks.
    /// </summary>
    /// <typeparam name="TKey">The grouping key.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="asOf">The instant; records not yet open then are counted in <see cref="CohortCounts.NotYetOpened"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> lies outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>): refused, never clamped.</exception>
    /// <param name="groupBy">The key of a record; called from several threads at once, so it must be thread-safe (a property read is). Records whose key is <see langword="null"/> are counted in <see cref="CohortReport{TKey}.WithoutKey"/>.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; -1 for as many as the scheduler likes.</param>
    /// <returns>The counts, in total and per group, groups in the order their first record came (as the sequential method gives them); an empty cohort gives empty counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or <paramref name="records"/> holds a <see langword="null"/> record.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public CohortReport<TKey> EvaluateCohortInParallel<TKey>(IEnumerable<CaseRecord> records, Instant asOf, Func<CaseRecord, TKey?> groupBy, int maxDegreeOfParallelism = -1)
        where TKey : notnull
        => EvaluateCohortInParallel(records, AsOfPolicy.Fixed(asOf), groupBy, maxDegreeOfParallelism);

    /// <summary>The parallel walk, each case as of its own instant: the same answer as the sequential one, whatever the number of threads.</summary>
    private CohortReport<TKey> EvaluateCohortInParallel<TKey>(IEnumerable<CaseRecord> records, AsOfPolicy asOf, Func<CaseRecord, TKey?> groupBy, int maxDegreeOfParallelism)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(groupBy);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), "Give a positive number of threads, or -1.");
        }

        var total = new CohortAccumulator<TKey>(_criteria.Length);
        ParallelCohort.Run(records, maxDegreeOfParallelism, () => new CohortAccumulator<TKey>(_criteria.Length), (acc, record, index) => Accumulate(acc, record, index, asOf, groupBy), total);
        return total.ToReport(Rubric, asOf);
    }

    private static void CheckOpened(CaseRecord record, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(record);
        Bounds.Instant(asOf);
        if (asOf < record.OpenedAt)
        {
            throw new ArgumentException("The as-of instant is before the intervention opened: there is nothing to evaluate yet.", nameof(asOf));
        }
    }

    private IEnumerable<EvaluationSummary> Stream(IEnumerable<CaseRecord> records, Instant asOf)
    {
        // The as-of date in the records' zone, computed again only when the zone changes.
        var dates = default(AsOfDate);
        if (records is CaseRecord[] array)
        {
            // An array read straight, the records ahead prefetched.
            for (var i = 0; i < array.Length; i++)
            {
                RecordPrefetch.Ahead(array, i);
                if (Opened(array[i], asOf) is { } record)
                {
                    var today = dates.Of(asOf, record.Zone);
                    yield return Summary(record, dates.Cutoff, today);
                }
            }

            yield break;
        }

        if (records is IReadOnlyList<CaseRecord> list)
        {
            // Indexed, so the records ahead can be prefetched while this one is judged.
            for (var i = 0; i < list.Count; i++)
            {
                RecordPrefetch.Ahead(list, i);
                if (Opened(list[i], asOf) is { } record)
                {
                    var today = dates.Of(asOf, record.Zone);
                    yield return Summary(record, dates.Cutoff, today);
                }
            }

            yield break;
        }

        foreach (var record in records)
        {
            if (Opened(record, asOf) is { } opened)
            {
                var today = dates.Of(asOf, opened.Zone);
                yield return Summary(opened, dates.Cutoff, today);
            }
        }
    }

    /// <summary>The record when it is open at the instant, otherwise <see langword="null"/>.</summary>
    private static CaseRecord? Opened(CaseRecord record, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(record, "records");
        return record.OpenedAt <= asOf ? record : null;
    }

    private IEnumerable<CaseOutcome> StreamOutcomes(IEnumerable<CaseRecord> records, AsOfPolicy policy, Func<CaseRecord, string?>? groupBy)
    {
        var codes = Array.AsReadOnly(Array.ConvertAll(_criteria, c => c.Name));
        var dates = default(AsOfDate);
        long row = 0;
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var key = groupBy is null ? null : groupBy(record) ?? CohortKeys.None;
            var status = policy.Resolve(record, out var at);
            EvaluationSummary? summary = null;
            if (status == CaseOutcomeStatus.Evaluated)
            {
                var today = dates.Of(at!.Value, record.Zone);
                summary = Summary(record, dates.Cutoff, today);
            }

            yield return new CaseOutcome(row++, record, key, status, at, summary, codes);
        }
    }

    private void Accumulate<TKey>(CohortAccumulator<TKey> accumulator, CaseRecord record, long index, AsOfPolicy policy, Func<CaseRecord, TKey?> groupBy)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(record, "records");
        var status = policy.Resolve(record, out var at);
        if (status != CaseOutcomeStatus.Evaluated)
        {
            accumulator.AddNotEvaluated(groupBy(record), index, status);
        }
        else
        {
            var today = accumulator.Dates.Of(at!.Value, record.Zone);
            accumulator.Add(groupBy(record), index, Summary(record, accumulator.Dates.Cutoff, today));
        }
    }

    /// <summary>A record's summary as of an instant whose date in the record's zone is known: the default rubric's criteria in one pass when the rubric names them, otherwise rule by rule.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private EvaluationSummary Summary(CaseRecord record, in KnownCutoff cutoff, LocalDate today)
    {
        // A very long record keeps lists in chunks; the rules read its copy in one array (every other record is its own).
        record = record.InOne;
        var moment = new EvaluationMoment(cutoff, record, today, closureDate: _onePass is null);
        var tally = new SummaryTally(today, record.Unrecorded);
        if (_onePass is { } plan)
        {
            // Every outcome from one pass over the facts, counted as they come.
            DefaultRubricPass.Judge(record, moment, plan, ref tally);
        }
        else
        {
            var criteria = _criteria;
            var entries = _entries;
            for (var i = 0; i < criteria.Length; i++)
            {
                var c = criteria[i];
                tally.Add(entries[i], i, c.Rule.Evaluate(record, moment, c.Settings, null));
            }
        }

        return tally.Summarize(Rubric, record.Intervention, _criteria.Length, record.PreviousIntervention is not null);
    }

    /// <summary>A record's report: every criterion judged by its rule, with its reasons, into the sink; returns the summary.</summary>
    private EvaluationSummary Report(CaseRecord record, in EvaluationMoment moment, ReportSink sink)
    {
        var tally = default(Tally);
        var criteria = _criteria;
        var unrecorded = record.Unrecorded;
        for (var i = 0; i < criteria.Length; i++)
        {
            var c = criteria[i];
            var reasons = new List<Reason>(4);
            var outcome = Settle(c, c.Rule.Evaluate(record, moment, c.Settings, reasons), moment.Today, unrecorded, reasons, record);

            var setAside = tally.Add(c, i, outcome);
            if (setAside)
            {
                reasons.Add(new Reason("evaluation.criterion.counts-only-in-favour", new ReasonArgument("status", outcome.Status)));
            }

            sink.Add(c, outcome, setAside, reasons);
        }

        sink.SetAxes(tally.Axes);
        return tally.Summarize(Rubric, record.Intervention, criteria.Length, record.PreviousIntervention is not null);
    }

    /// <summary>Gets whether every criterion of the rubric can judge a case given as counts (<see cref="SummarizeCounted"/>).</summary>
    internal bool JudgesCounts => Array.TrueForAll(_criteria, c => c.CountedRule);

    /// <summary>
    /// Summarizes a case given as counts and dates as of its day: the summary <see cref="Summarize(CaseRecord, Instant)"/>
    /// gives for the record those counts stand for, without building it. Only when <see cref="JudgesCounts"/>.
    /// </summary>
    internal EvaluationSummary SummarizeCounted(in CountedCase counted)
    {
        var tally = new SummaryTally(counted.Today, counted.Unrecorded);
        var criteria = _criteria;
        var entries = _entries;
        for (var i = 0; i < criteria.Length; i++)
        {
            var c = criteria[i];
            var judged = c.Rule.Judge(counted, c.Settings) ?? throw new InvalidOperationException("A criterion of this rubric cannot judge counts.");
            tally.Add(entries[i], i, judged);
        }

        return tally.Summarize(Rubric, counted.Intervention, criteria.Length, isReturn: false);
    }

    /// <summary>A rule's outcome as the engine counts it: overdue once the date it awaited has passed, unknown when the record does not carry what it reads.</summary>
    private static CriterionOutcome Settle(CompiledCriterion c, CriterionOutcome outcome, LocalDate today, EvidenceKinds unrecorded, List<Reason>? reasons, CaseRecord? record)
    {
        if (OutcomeSettling.IsOverdue(outcome.Status, outcome.ExpectedBy, today) && outcome.ExpectedBy is { } expected)
        {
            // The date the answer was awaited by has passed without it: late, not pending.
            outcome = CriterionOutcome.Overdue(expected);
            reasons?.Add(new Reason("evaluation.criterion.overdue", new ReasonArgument("due", expected)));
        }

        if (OutcomeSettling.IsUnknown(outcome.Status, c.Reads, unrecorded))
        {
            // What the record does not carry can only leave the criterion unknown, never judged short.
            outcome = CriterionOutcome.NoEvidence;
            reasons?.Add(UnrecordedReason(record!));
        }

        return outcome;
    }

    private static Reason UnrecordedReason(CaseRecord record)
        => record.SessionCount is { } count && record.SessionArray.Length == 0
            ? new Reason("evaluation.criterion.sessions-count-only", new ReasonArgument("count", count))
            : new Reason("evaluation.criterion.not-recorded");

    internal static LocalDate? Earliest(LocalDate? a, LocalDate? b)
        => a is not { } x ? b : b is not { } y ? a : x < y ? x : y;

    /// <summary>The statuses, axes and weights of one report, criterion by criterion, then its summary.</summary>
    private struct Tally
    {
        private ulong _statuses;
        private double _weighted;
        private double _applicable;
        private double _pending;
        private double _unknown;

        public AxisTallies Axes;

        /// <summary>Counts one criterion's outcome; returns whether it was set aside (it counts only in favour and is not met).</summary>
        public bool Add(CompiledCriterion c, int index, CriterionOutcome outcome)
        {
            _statuses |= (ulong)outcome.Status << (4 * index);
            var setAside = c.CountsOnlyInFavour && outcome.Status is not (CriterionStatus.Met or CriterionStatus.NotApplicable);
            var counted = setAside ? CriterionOutcome.NotApplicable : outcome;
            Axes[(int)c.Axis - 1].Add(counted, c.Weight);

            if (counted.Status != CriterionStatus.NotApplicable)
            {
                _applicable += c.Weight;
                _weighted += c.Weight * counted.Score;
                if (counted.Status == CriterionStatus.Pending)
                {
                    _pending += c.Weight;
                }
                else if (counted.Status is CriterionStatus.NoEvidence or CriterionStatus.Overdue)
                {
                    _unknown += c.Weight;
                }
            }

            return setAside;
        }

        public readonly EvaluationSummary Summarize(Rubric rubric, InterventionId intervention, int count, bool isReturn)
        {
            var score = _applicable > 0 ? _weighted / _applicable : 0;
            var optimistic = _applicable > 0 ? (_weighted + _pending + _unknown) / _applicable : 0;
            var result = Axes[0].Status();
            var process = Axes[1].Status();
            var impact = Axes[2].Status();
            var verdict = VerdictRules.Decide(rubric.Policy, result, process, impact, score, optimistic, rubric.ScoreThreshold ?? 0, _pending > 0);
            var reEvaluate = Earliest(Earliest(Axes[0].ExpectedBy, Axes[1].ExpectedBy), Axes[2].ExpectedBy);
            return new EvaluationSummary(intervention, verdict, score, result, process, impact, reEvaluate, _statuses, count, isReturn);
        }
    }
}
