using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>The counts of a cohort evaluated under a rubric and an as-of policy (one instant, or a horizon per case), in total and per group.</summary>
/// <typeparam name="TKey">The grouping key the caller chose.</typeparam>
public sealed class CohortReport<TKey>
    where TKey : notnull
{
    /// <summary>
    /// Initializes a report: the engine's cohort methods make one; a UI team's tests, or a host that merged counts made
    /// elsewhere (with <see cref="CohortCountsBuilder"/>), can make their own.
    /// </summary>
    /// <param name="rubric">The rubric used.</param>
    /// <param name="policy">When each case was evaluated.</param>
    /// <param name="total">The counts over the whole cohort.</param>
    /// <param name="groups">The counts per group, in the order to show them.</param>
    /// <param name="withoutKey">The counts of the cases without a key, or <see langword="null"/> when every case had one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/>, <paramref name="policy"/>, <paramref name="total"/> or <paramref name="groups"/> is <see langword="null"/>, or a group's counts are.</exception>
    /// <exception cref="ArgumentException">Some counts are of a rubric with another number of criteria than <paramref name="rubric"/>.</exception>
    public CohortReport(Rubric rubric, AsOfPolicy policy, CohortCounts total, IReadOnlyDictionary<TKey, CohortCounts> groups, CohortCounts? withoutKey)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(groups);
        var criteria = rubric.Criteria.Length;
        CheckRubric(total, criteria, nameof(total));
        if (withoutKey is not null)
        {
            CheckRubric(withoutKey, criteria, nameof(withoutKey));
        }

        foreach (var counts in groups.Values)
        {
            CheckRubric(counts ?? throw new ArgumentNullException(nameof(groups), "A group has no counts."), criteria, nameof(groups));
        }

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

    private static void CheckRubric(CohortCounts counts, int criteria, string parameter)
    {
        if (counts.CriterionCount != criteria)
        {
            throw new ArgumentException("The counts are of a rubric with another number of criteria.", parameter);
        }
    }
}
