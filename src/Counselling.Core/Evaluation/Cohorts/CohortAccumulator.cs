using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>Adds summaries into counts per group; one per thread, merged at the end.</summary>
internal sealed class CohortAccumulator<TKey>
    where TKey : notnull
{
    private readonly int _criteria;
    private readonly Dictionary<TKey, CohortCounts> _groups = [];
    private readonly CohortCounts _total;

    public CohortAccumulator(int criteria)
    {
        _criteria = criteria;
        _total = new CohortCounts(criteria);
    }

    public void Add(TKey key, in EvaluationSummary summary)
    {
        _total.Add(summary);
        Group(key).Add(summary);
    }

    public void AddNotYetOpened(TKey key)
    {
        _total.AddNotYetOpened();
        Group(key).AddNotYetOpened();
    }

    public void Merge(CohortAccumulator<TKey> other)
    {
        _total.Merge(other._total);
        foreach (var (key, counts) in other._groups)
        {
            Group(key).Merge(counts);
        }
    }

    public CohortReport<TKey> ToReport(Rubric rubric, Instant asOf) => new(rubric, asOf, _total, _groups);

    private CohortCounts Group(TKey key)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        return counts ??= new CohortCounts(_criteria);
    }
}
