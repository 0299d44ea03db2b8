using System;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// Evaluates the cases of a cohort file one by one under a rubric, each as of its own date, into a
/// <see cref="CaseResult"/> per case: the engine of <c>counsel evaluate</c>, for scripts too.
/// </summary>
/// <remarks>Not thread-safe (its mapper caches zones and ids); use one per thread.</remarks>
public sealed class CohortEvaluator
{
    /// <summary>From a day's noon to the last instant of the day (a case is evaluated as of the end of its as-of date).</summary>
    private static readonly Duration NoonToEndOfDay = Duration.FromHours(12) - Duration.Epsilon;

    private readonly EvaluationEngine _engine;
    private readonly CohortRecordMapper _mapper;
    private readonly Func<CohortRow, string?> _group;
    private readonly bool _counts;

    /// <summary>The day number of the fixed as-of date, when the policy is one ISO date; <see langword="null"/> otherwise.</summary>
    private readonly int? _fixedDay;

    /// <summary>Initializes a new evaluator.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="asOf">The date each case is evaluated as of.</param>
    /// <param name="zones">The zones the file names (a host passes <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <param name="groupBy">The group of a case, such as one of <see cref="CohortGroups"/>; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/>, <paramref name="asOf"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    public CohortEvaluator(Rubric rubric, CaseAsOf asOf, IDateTimeZoneProvider zones, Func<CohortRow, string?>? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        AsOf = asOf ?? throw new ArgumentNullException(nameof(asOf));
        _engine = new EvaluationEngine(rubric);
        _mapper = new CohortRecordMapper(zones);
        _group = groupBy ?? (static _ => null);
        _counts = _engine.JudgesCounts;
        _fixedDay = asOf.Horizon is null && CohortRecordMapper.DayOf(asOf.CutOff) is var day && day != CohortRecordMapper.OtherCalendar ? day : null;
    }

    private CohortEvaluator(CohortEvaluator source)
    {
        (AsOf, _engine, _mapper, _group, _counts, _fixedDay) = (source.AsOf, source._engine, new CohortRecordMapper(source._mapper.Zones), source._group, false, source._fixedDay);
    }

    /// <summary>The same evaluator, building every case's record (the general path, which plain rows skip): for tests that both agree.</summary>
    internal CohortEvaluator ThroughRecords() => new(this);

    /// <summary>Gets the rubric.</summary>
    public Rubric Rubric => _engine.Rubric;

    /// <summary>Gets the as-of policy.</summary>
    public CaseAsOf AsOf { get; }

    /// <summary>Evaluates one case.</summary>
    /// <param name="row">The case.</param>
    /// <param name="line">Its line in the file, for the problem.</param>
    /// <param name="result">The result, when the case could be evaluated.</param>
    /// <param name="problem">What is wrong with the case, otherwise (an unknown zone, facts that contradict each other).</param>
    /// <returns>Whether the case got a result: evaluated, or not evaluated with the reason (not yet open, not closed, horizon not reached).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public bool TryEvaluate(CohortRow row, long line, out CaseResult? result, out CohortProblem problem)
    {
        ArgumentNullException.ThrowIfNull(row);
        result = TryEvaluateFigures(row, line, out var outcome, out problem) ? outcome.ToResult(row.CaseId, row.ClientId) : null;
        return result is not null;
    }

    /// <summary>Evaluates one case into its outcome, without a result object: what a run counts when it writes no case.</summary>
    internal bool TryEvaluateFigures(CohortRow row, long line, out CaseFigures outcome, out CohortProblem problem)
        => TryEvaluateFigures(row, line, null, true, out outcome, out problem);

    /// <summary>
    /// <see cref="TryEvaluateFigures(CohortRow, long, out CaseFigures, out CohortProblem)"/> given the day numbers of the
    /// row's dates as its reader found them (<paramref name="known"/>, or <see langword="null"/>: given only for a row as the
    /// reader gave it, its codes checked already), and whether the summary
    /// must name its case (<paramref name="namesCase"/>: a run that only counts summaries never reads it).
    /// </summary>
    internal bool TryEvaluateFigures(CohortRow row, long line, CohortRecordMapper.RowDays? known, bool namesCase, out CaseFigures outcome, out CohortProblem problem)
    {
        outcome = default;
        CaseOutcomeStatus status;
        LocalDate? asOf;
        var at = CohortRecordMapper.OtherCalendar;
        if (known is { } given && _fixedDay is { } fixedDay)
        {
            // One fixed ISO date and the row's day numbers: the status StatusOf gives, found on the numbers.
            (status, asOf, at) = (fixedDay < given.Opened ? CaseOutcomeStatus.NotYetOpened : CaseOutcomeStatus.Evaluated, AsOf.CutOff, fixedDay);
        }
        else
        {
            status = AsOf.StatusOf(row, out asOf);
            at = known is null ? at : CohortRecordMapper.DayOf(asOf ?? row.OpenedOn);
        }

        CaseRecord? record = null;
        DateTimeZone zone;
        var days = default(CohortRecordMapper.PlainDays);

        // A day number of -1 may be a date of another calendar (or 31 December 1969): the dates are then compared as dates.
        if (_counts && (known is { } rowDays && at != CohortRecordMapper.OtherCalendar
                ? CohortRecordMapper.IsPlain(row, at, rowDays, out days)
                : CohortRecordMapper.IsPlain(row, asOf ?? row.OpenedOn, out days)))
        {
            // A plain row's record is sure to build: it is judged from its counts, without its facts, to the same summary.
            if (!_mapper.TryCheck(row, line, out zone, out problem, codesChecked: known is not null))
            {
                return false;
            }
        }
        else if (_mapper.TryMap(row, line, out record, out problem))
        {
            zone = record!.Zone;
        }
        else
        {
            return false;
        }

        var group = _group(row);
        if (status != CaseOutcomeStatus.Evaluated)
        {
            outcome = new CaseFigures(group, asOf, status, default, 0, false);
            return true;
        }

        var date = asOf!.Value;
        if (record is null)
        {
            // A plain row: its dates are day numbers already (IsPlain found them), the as-of date's among them.
            var endOfDay = _mapper.CachedDay(days.AsOf, zone).Plus(NoonToEndOfDay);
            var counted = _engine.SummarizeCounted(_mapper.Count(row, days, zone, endOfDay, namesCase));
            var enteredBy = row.EmploymentOrTrainingOn is not null && days.Entered <= days.AsOf;
            outcome = new CaseFigures(group, date, CaseOutcomeStatus.Evaluated, counted, (enteredBy ? days.Entered : days.AsOf) - days.Opened, enteredBy);
            return true;
        }

        var instant = _mapper.Cached(date, zone).Plus(NoonToEndOfDay);
        var summary = _engine.Summarize(record, instant);
        var entered = row.EmploymentOrTrainingOn is { } on && CohortRecordMapper.DaysBetween(on, date) >= 0;
        outcome = new CaseFigures(group, date, CaseOutcomeStatus.Evaluated, summary, CohortRecordMapper.DaysBetween(row.OpenedOn, entered ? row.EmploymentOrTrainingOn!.Value : date), entered);
        return true;
    }
}
