using System.Collections.Generic;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>The counts of a cohort evaluated as of an instant under a rubric, in total and per group.</summary>
/// <typeparam name="TKey">The grouping key the caller chose.</typeparam>
public sealed class CohortReport<TKey>
    where TKey : notnull
{
    internal CohortReport(Rubric rubric, Instant asOf, CohortCounts total, IReadOnlyDictionary<TKey, CohortCounts> groups, CohortCounts? withoutKey)
    {
        WithoutKey = withoutKey;
        Rubric = rubric;
        AsOf = asOf;
        Total = total;
        Groups = groups;
    }

    /// <summary>Gets the rubric used.</summary>
    public Rubric Rubric { get; }

    /// <summary>Gets the as-of instant.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the counts over the whole cohort.</summary>
    public CohortCounts Total { get; }

    /// <summary>Gets the counts of the records whose key was <see langword="null"/> (no site, no programme…), or <see langword="null"/> when every record had a key.</summary>
    public CohortCounts? WithoutKey { get; }

    /// <summary>Gets the counts per group, in the order each group's first record came in the input (the same order, sequential or parallel).</summary>
    public IReadOnlyDictionary<TKey, CohortCounts> Groups { get; }
}
