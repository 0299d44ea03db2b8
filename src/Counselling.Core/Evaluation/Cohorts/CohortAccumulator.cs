using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Counselling.Core.Evaluation.Criteria;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>
/// Adds summaries into counts per group; one per thread, merged at the end. Each group remembers the position of its
/// first record, so groups come out in the order the sequential walk meets them, however the threads split the work.
/// </summary>
internal sealed class CohortAccumulator<TKey>
    where TKey : notnull
{
    private readonly int _criteria;
    private readonly Dictionary<TKey, Group> _groups = [];
    private readonly CohortCounts _total;
    private CohortCounts? _withoutKey;

    /// <summary>The as-of date in the records' zone, kept for the walk (or the worker) this accumulator serves.</summary>
    public AsOfDate Dates;

    public CohortAccumulator(int criteria)
    {
        _criteria = criteria;
        _total = new CohortCounts(criteria);
    }

    public void Add(TKey? key, long index, in EvaluationSummary summary)
    {
        _total.Add(summary);
        Counts(key, index).Add(summary);
    }

    public void AddNotEvaluated(TKey? key, long index, CaseOutcomeStatus status)
    {
        _total.AddNotEvaluated(status);
        Counts(key, index).AddNotEvaluated(status);
    }

    public void Merge(CohortAccumulator<TKey> other)
    {
        _total.Merge(other._total);
        if (other._withoutKey is { } none)
        {
            (_withoutKey ??= new CohortCounts(_criteria)).Merge(none);
        }

        foreach (var (key, group) in other._groups)
        {
            var mine = GroupOf(key, group.First);
            mine.Counts.Merge(group.Counts);
        }
    }

    public CohortReport<TKey> ToReport(Rubric rubric, AsOfPolicy asOf)
    {
        var ordered = new OrderedDictionary<TKey, CohortCounts>(_groups.Count);
        foreach (var (key, group) in _groups.OrderBy(p => p.Value.First))
        {
            ordered.Add(key, group.Counts);
        }

        return new(rubric, asOf, _total, ordered, _withoutKey);
    }

    private CohortCounts Counts(TKey? key, long index)
        => key is null ? _withoutKey ??= new CohortCounts(_criteria) : GroupOf(key, index).Counts;

    private Group GroupOf(TKey key, long index)
    {
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        group ??= new Group(new CohortCounts(_criteria), index);
        if (index < group.First)
        {
            group.First = index;
        }

        return group;
    }

    private sealed class Group(CohortCounts counts, long first)
    {
        public CohortCounts Counts { get; } = counts;

        public long First { get; set; } = first;
    }
}
