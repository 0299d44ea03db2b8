using System;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>
/// How many interventions of a cohort (or of one group) had each verdict, each status per axis and each status per
/// criterion, and their mean score. Read-only once returned.
/// </summary>
public sealed class CohortCounts
{
    private const int Statuses = 6;
    private readonly int[] _verdicts = new int[4];
    private readonly int[] _axes = new int[4 * Statuses];
    private readonly int[] _criteria;
    private double _scoreSum;

    internal CohortCounts(int criterionCount)
    {
        CriterionCount = criterionCount;
        _criteria = new int[criterionCount * Statuses];
    }

    /// <summary>Gets the number of interventions evaluated.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of interventions not yet open at the as-of instant, and so not evaluated.</summary>
    public int NotYetOpened { get; private set; }

    /// <summary>Gets how many of the interventions evaluated were returns: the client came back after an earlier intervention (the record names it).</summary>
    public int Returns { get; private set; }

    /// <summary>Gets the number of criteria of the rubric.</summary>
    public int CriterionCount { get; }

    /// <summary>Gets the mean score of the interventions evaluated; 0 when none was.</summary>
    public double MeanScore => Count == 0 ? 0 : _scoreSum / Count;

    /// <summary>Gets the share of interventions evaluated whose verdict is a success; 0 when none was.</summary>
    public double SuccessRate => Count == 0 ? 0 : (double)_verdicts[(int)Verdict.Success] / Count;

    /// <summary>Gets how many interventions had a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is undefined.</exception>
    public int CountOf(Verdict verdict)
        => verdict is >= Verdict.Success and <= Verdict.NotSuccessful ? _verdicts[(int)verdict] : throw new ArgumentOutOfRangeException(nameof(verdict));

    /// <summary>Gets how many interventions had a status on an axis.</summary>
    /// <param name="axis">The axis.</param>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> or <paramref name="status"/> is undefined.</exception>
    public int CountOf(EvaluationAxis axis, CriterionStatus status)
    {
        if (axis is < EvaluationAxis.Result or > EvaluationAxis.Impact)
        {
            throw new ArgumentOutOfRangeException(nameof(axis));
        }

        return _axes[((int)axis * Statuses) + CheckStatus(status)];
    }

    /// <summary>Gets how many interventions had a status on the criterion at an index of the rubric.</summary>
    /// <param name="criterionIndex">The index in <see cref="Rubric.Criteria"/>.</param>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterionIndex"/> or <paramref name="status"/> is out of range.</exception>
    public int CountOf(int criterionIndex, CriterionStatus status)
    {
        if ((uint)criterionIndex >= (uint)CriterionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(criterionIndex));
        }

        return _criteria[(criterionIndex * Statuses) + CheckStatus(status)];
    }

    internal void Add(in EvaluationSummary summary)
    {
        Count++;
        Returns += summary.IsReturn ? 1 : 0;
        _scoreSum += summary.Score;
        _verdicts[(int)summary.Verdict]++;
        _axes[Statuses + (int)summary.Result]++;
        _axes[(2 * Statuses) + (int)summary.Process]++;
        _axes[(3 * Statuses) + (int)summary.Impact]++;
        for (var i = 0; i < CriterionCount; i++)
        {
            _criteria[(i * Statuses) + (int)summary.StatusOf(i)]++;
        }
    }

    internal void AddNotYetOpened() => NotYetOpened++;

    internal void Merge(CohortCounts other)
    {
        Count += other.Count;
        Returns += other.Returns;
        NotYetOpened += other.NotYetOpened;
        _scoreSum += other._scoreSum;
        Sum(_verdicts, other._verdicts);
        Sum(_axes, other._axes);
        Sum(_criteria, other._criteria);
    }

    private static void Sum(int[] into, int[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    private static int CheckStatus(CriterionStatus status)
        => status is >= CriterionStatus.NoEvidence and <= CriterionStatus.Met ? (int)status : throw new ArgumentOutOfRangeException(nameof(status));
}
