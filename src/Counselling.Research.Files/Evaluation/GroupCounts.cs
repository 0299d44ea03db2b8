using System;
using System.Collections.Generic;
using Counselling.Core.Evaluation;

namespace Counselling.Research.Files.Evaluation;

/// <summary>The counts of one group of a <see cref="CohortTable"/>: cases, verdicts, statuses per axis and per criterion, and times to employment or training when kept.</summary>
public sealed class GroupCounts
{
    private const int Statuses = 7;
    private readonly long[] _verdicts = new long[5];
    private readonly long[] _axes = new long[3 * Statuses];
    private readonly long[] _criteria;
    private readonly List<int>? _days;
    private readonly List<bool>? _events;

    internal GroupCounts(string? key, int criteria, bool keepTimes)
    {
        Key = key;
        _criteria = new long[criteria * Statuses];
        if (keepTimes)
        {
            _days = [];
            _events = [];
        }
    }

    /// <summary>Gets the group's value, or <see langword="null"/> for the cases without one.</summary>
    public string? Key { get; }

    /// <summary>Gets how many cases the group has, whatever their state.</summary>
    public long Cases { get; private set; }

    /// <summary>Gets how many cases were evaluated as of their date.</summary>
    public long Evaluated { get; private set; }

    /// <summary>Gets how many cases had a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    public long CountOf(Verdict verdict) => _verdicts[(int)verdict];

    /// <summary>Gets how many cases had a status on an axis.</summary>
    /// <param name="axis">The axis.</param>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public long CountOf(EvaluationAxis axis, CriterionStatus status) => _axes[(((int)axis - 1) * Statuses) + (int)status];

    /// <summary>Gets how many cases had a status on a criterion.</summary>
    /// <param name="criterion">The criterion's index in the rubric.</param>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public long CountOf(int criterion, CriterionStatus status) => _criteria[(criterion * Statuses) + (int)status];

    /// <summary>Gets how many evaluated cases entered employment or training by their as-of date.</summary>
    public long Entered { get; private set; }

    /// <summary>Gets the days to employment or training (or to the end of follow-up) of each evaluated case, when the table keeps them.</summary>
    public IReadOnlyList<int> Days => _days ?? (IReadOnlyList<int>)Array.Empty<int>();

    /// <summary>Gets, for each of <see cref="Days"/>, whether employment or training was entered (otherwise the time is censored).</summary>
    public IReadOnlyList<bool> Events => _events ?? (IReadOnlyList<bool>)Array.Empty<bool>();

    internal void Add(CaseResult result)
    {
        Cases++;
        if (result.State != CaseState.Evaluated)
        {
            return;
        }

        Evaluated++;
        _verdicts[(int)result.Verdict!.Value]++;
        for (var a = 0; a < result.Axes.Length; a++)
        {
            _axes[(a * Statuses) + (int)result.Axes[a]]++;
        }

        for (var c = 0; c < result.Criteria.Length; c++)
        {
            _criteria[(c * Statuses) + (int)result.Criteria[c]]++;
        }

        Entered += result.EnteredEmploymentOrTraining ? 1 : 0;
        _days?.Add(result.Days ?? 0);
        _events?.Add(result.EnteredEmploymentOrTraining);
    }
}
