using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Evaluation;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// Counts the results of a run per group, groups in the ordinal order of their values (the cases without one last), so
/// that the same file always gives the same table. Suppression of small cells is applied by whoever shows the table.
/// </summary>
public sealed class CohortTable
{
    private readonly Dictionary<string, GroupCounts> _groups = new(StringComparer.Ordinal);
    private readonly int _criteria;
    private readonly bool _keepTimes;
    private GroupCounts? _none;

    /// <summary>The groups found lately, by their key's reference: a file's group values are one string each (the reader keeps one per value).</summary>
    private readonly string?[] _recentKeys = new string?[8];
    private readonly GroupCounts?[] _recentGroups = new GroupCounts?[8];
    private int _nextRecent;

    /// <summary>Initializes a new table.</summary>
    /// <param name="rubric">The rubric of the run.</param>
    /// <param name="keepTimes">Whether to keep each case's time to employment or training (for survival curves): 5 bytes a case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is <see langword="null"/>.</exception>
    public CohortTable(Rubric rubric, bool keepTimes = false)
    {
        Rubric = rubric ?? throw new ArgumentNullException(nameof(rubric));
        _criteria = rubric.Criteria.Length;
        _keepTimes = keepTimes;
        Total = new GroupCounts(null, _criteria, false);
    }

    /// <summary>Gets the rubric.</summary>
    public Rubric Rubric { get; }

    /// <summary>Gets the counts over every case.</summary>
    public GroupCounts Total { get; }

    /// <summary>Gets the groups, in the ordinal order of their values, the group without a value last.</summary>
    public IReadOnlyList<GroupCounts> Groups
        => [.. _groups.Values.OrderBy(g => g.Key, StringComparer.Ordinal), .. _none is null ? [] : new[] { _none }];

    /// <summary>Counts a result.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Add(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Total.Add(result);
        GroupOf(result.Group).Add(result);
    }

    /// <summary>
    /// Counts a case's outcome in its group only, on a worker's table: every case is in one group, so the total is the sum
    /// of the groups, which <see cref="Merge"/> adds to the table it merges into (the worker's own total stays empty).
    /// </summary>
    internal void AddToGroup(in CaseFigures outcome) => GroupOf(outcome.Group).Add(outcome);

    /// <summary>
    /// Adds the groups of a worker's table of the same rubric (<see cref="AddToGroup"/>, no times kept), each to the group
    /// of the same value and to the total.
    /// </summary>
    internal void Merge(CohortTable worker)
    {
        foreach (var (key, group) in worker._groups)
        {
            GroupOf(key).Merge(group);
            Total.Merge(group);
        }

        if (worker._none is { } none)
        {
            GroupOf(null).Merge(none);
            Total.Merge(none);
        }
    }

    private GroupCounts GroupOf(string? key)
    {
        if (key is null)
        {
            return _none ??= new GroupCounts(null, _criteria, _keepTimes);
        }

        // The few groups of a file (three programmes, four sites) are found again by reference, without hashing their key.
        for (var i = 0; i < _recentKeys.Length; i++)
        {
            if (ReferenceEquals(_recentKeys[i], key))
            {
                return _recentGroups[i]!;
            }
        }

        if (!_groups.TryGetValue(key, out var group))
        {
            group = new GroupCounts(key, _criteria, _keepTimes);
            _groups[key] = group;
        }

        (_recentKeys[_nextRecent], _recentGroups[_nextRecent]) = (key, group);
        _nextRecent = (_nextRecent + 1) % _recentKeys.Length;
        return group;
    }
}
