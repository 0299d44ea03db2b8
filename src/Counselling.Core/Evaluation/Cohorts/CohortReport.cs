using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>The counts of a cohort evaluated under a rubric and an as-of policy (one instant, or a horizon per case), in total and per group.</summary>
/// <typeparam name="TKey">The grouping key the caller chose.</typeparam>
public sealed class CohortReport<TKey>
    where TKey : notnull
{
    internal CohortReport(Rubric rubric, AsOfPolicy policy, CohortCounts total, IReadOnlyDictionary<TKey, CohortCounts> groups, CohortCounts? withoutKey)
    {
        WithoutKey = withoutKey;
        Rubric = rubric;
        Policy = policy;
        AsOf = policy.Anchor == AsOfAnchor.Fixed ? policy.At : policy.Cutoff ?? SupportedDates.MaximumInstant;
        Total = total;
        Groups = groups;
    }

    /// <summary>Gets the rubric used.</summary>
    public Rubric Rubric { get; }

    /// <summary>Gets the as-of instant of a fixed policy; for a horizon per case, its cut-off, or <see cref="SupportedDates.MaximumInstant"/> without one.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the as-of policy: when each case was evaluated.</summary>
    public AsOfPolicy Policy { get; }

    /// <summary>Gets the counts over the whole cohort.</summary>
    public CohortCounts Total { get; }

    /// <summary>Gets the counts of the records whose key was <see langword="null"/> (no site, no programme…), or <see langword="null"/> when every record had a key.</summary>
    public CohortCounts? WithoutKey { get; }

    /// <summary>Gets the counts per group, in the order each group's first record came in the input (the same order, sequential or parallel).</summary>
    public IReadOnlyDictionary<TKey, CohortCounts> Groups { get; }
}
