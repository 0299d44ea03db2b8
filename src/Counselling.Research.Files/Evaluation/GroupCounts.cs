using System;
using System.Collections.Generic;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// The counts of one group of a <see cref="CohortTable"/>: the engine's <see cref="CohortCounts"/> (verdicts, statuses
/// per axis and per criterion, unknowns, cases not evaluated and why) and what a file adds to them, entry into
/// employment or training and, when kept, each case's time to it.
/// </summary>
public sealed class GroupCounts
{
    private readonly CohortCountsBuilder _counts;
    private readonly List<int>? _days;
    private readonly List<bool>? _events;
    private CohortCounts? _taken;

    internal GroupCounts(string? key, int criteria, bool keepTimes)
    {
        Key = key;
        _counts = new CohortCountsBuilder(criteria);
        if (keepTimes)
        {
            _days = [];
            _events = [];
        }
    }

    /// <summary>Gets the group's value, or <see langword="null"/> for the cases without one.</summary>
    public string? Key { get; }

    /// <summary>
    /// Gets the group's counts in the engine's words: <see cref="CohortCounts.Count"/> cases evaluated, each verdict
    /// (<see cref="CohortCounts.CountOf(Verdict)"/>), each status per axis and criterion, and the cases not evaluated
    /// (<see cref="CohortCounts.NotYetOpened"/>, <see cref="CohortCounts.NotClosed"/>, <see cref="CohortCounts.HorizonNotReached"/>).
    /// </summary>
    public CohortCounts Counts => _taken ??= _counts.ToCounts();

    /// <summary>Gets how many cases the group has, evaluated or not.</summary>
    public long Cases { get; private set; }

    /// <summary>Gets how many evaluated cases entered employment or training by their as-of date.</summary>
    public long Entered { get; private set; }

    /// <summary>Gets the days to employment or training (or to the end of follow-up) of each evaluated case, when the table keeps them.</summary>
    public IReadOnlyList<int> Days => _days ?? (IReadOnlyList<int>)Array.Empty<int>();

    /// <summary>Gets, for each of <see cref="Days"/>, whether employment or training was entered (otherwise the time is censored).</summary>
    public IReadOnlyList<bool> Events => _events ?? (IReadOnlyList<bool>)Array.Empty<bool>();

    internal void Add(CaseResult result)
        => Add(new CaseFigures(result.Group, result.AsOf, result.Status, result.Summary ?? default, result.Days ?? 0, result.EnteredEmploymentOrTraining), result.Summary is not null);

    internal void Add(in CaseFigures outcome, bool summarized = true)
    {
        _taken = null;
        Cases++;
        if (!outcome.IsEvaluated || !summarized)
        {
            _counts.AddNotEvaluated(outcome.Status);
            return;
        }

        _counts.Add(outcome.Summary);
        Entered += outcome.Entered ? 1 : 0;
        _days?.Add(outcome.Days);
        _events?.Add(outcome.Entered);
    }

    /// <summary>Adds the counts of the same group made on another thread (times are not kept by such a table).</summary>
    internal void Merge(GroupCounts other)
    {
        _taken = null;
        Cases += other.Cases;
        Entered += other.Entered;
        _counts.Add(other._counts.ToCounts());
    }
}
