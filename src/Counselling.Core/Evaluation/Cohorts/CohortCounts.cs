using System;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>
/// How many interventions of a cohort (or of one group) had each verdict, each status per axis and each status per
/// criterion, how many had unknown or overdue evidence, and their mean score. Counts merge (<see cref="Merge(CohortCounts, CohortCounts)"/>, or
/// <c>+</c>): merging is associative and commutative, so counts made on several machines, threads or files add up to
/// the counts of the whole. Read-only once returned; compares by value.
/// </summary>
/// <remarks>
/// The verdict and unknown counts are properties, so a serializer writes them: <see cref="Successes"/>,
/// <see cref="Pending"/>, <see cref="NotSuccessful"/>, <see cref="Undetermined"/>, <see cref="WithUnknown"/>,
/// <see cref="WithOverdue"/>. Scores are summed in billionths, exactly, so that merging in any order gives the same mean.
/// </remarks>
public sealed class CohortCounts : IEquatable<CohortCounts>
{
    private const int Statuses = 7;
    private const double ScoreUnit = 1e9;
    private readonly int[] _verdicts = new int[5];
    private readonly int[] _axes = new int[4 * Statuses];
    private readonly int[] _criteria;
    private long _scoreSum;

    /// <summary>Initializes new, empty counts: what an empty cohort gives, and the neutral element of <see cref="Merge(CohortCounts, CohortCounts)"/>.</summary>
    /// <param name="criterionCount">The number of criteria of the rubric, 0 to <see cref="Rubric.MaximumCriteria"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterionCount"/> is negative or above <see cref="Rubric.MaximumCriteria"/>.</exception>
    internal CohortCounts(int criterionCount)
    {
        CriterionCount = criterionCount is >= 0 and <= Rubric.MaximumCriteria ? criterionCount : throw new ArgumentOutOfRangeException(nameof(criterionCount));
        _criteria = new int[criterionCount * Statuses];
    }

    /// <summary>Gets the number of interventions evaluated.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of interventions not yet open at their as-of instant, and so not evaluated.</summary>
    public int NotYetOpened { get; private set; }

    /// <summary>Gets the number of interventions not evaluated because their as-of instant counts from a closure that had not happened.</summary>
    public int NotClosed { get; private set; }

    /// <summary>Gets the number of interventions not evaluated because their horizon falls after the cut-off.</summary>
    public int HorizonNotReached { get; private set; }

    /// <summary>Gets how many of the interventions evaluated were returns: the client came back after an earlier intervention (the record names it).</summary>
    public int Returns { get; private set; }

    /// <summary>Gets the number of criteria of the rubric.</summary>
    public int CriterionCount { get; }

    /// <summary>Gets how many interventions evaluated were a success.</summary>
    public int Successes => _verdicts[(int)Verdict.Success];

    /// <summary>Gets how many interventions evaluated were pending: evidence awaited on a date to come could decide.</summary>
    public int Pending => _verdicts[(int)Verdict.Pending];

    /// <summary>Gets how many interventions evaluated were not successful, whatever the unknowns.</summary>
    public int NotSuccessful => _verdicts[(int)Verdict.NotSuccessful];

    /// <summary>Gets how many interventions evaluated were undetermined: only unknown evidence could decide. Never counted as not successful.</summary>
    public int Undetermined => _verdicts[(int)Verdict.Undetermined];

    /// <summary>Gets how many interventions evaluated had at least one unknown criterion (no evidence, or overdue), whatever their verdict.</summary>
    public int WithUnknown { get; private set; }

    /// <summary>Gets how many interventions evaluated had at least one overdue criterion.</summary>
    public int WithOverdue { get; private set; }

    /// <summary>Gets the mean score of the interventions evaluated; 0 when none was.</summary>
    public double MeanScore => Count == 0 ? 0 : _scoreSum / ScoreUnit / Count;

    /// <summary>Gets the share of interventions evaluated whose verdict is a success; 0 when none was.</summary>
    public double SuccessRate => Count == 0 ? 0 : (double)Successes / Count;

    /// <summary>Adds two counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>New counts, the sum of both.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are of rubrics with different numbers of criteria.</exception>
    public static CohortCounts operator +(CohortCounts left, CohortCounts right) => Merge(left, right);

    /// <summary>Tells whether two counts are equal, count by count.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when every count is the same (or both are <see langword="null"/>).</returns>
    public static bool operator ==(CohortCounts? left, CohortCounts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two counts differ.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when some count differs.</returns>
    public static bool operator !=(CohortCounts? left, CohortCounts? right) => !(left == right);

    /// <summary>Adds two counts (of the same rubric), leaving both unchanged.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>New counts, the sum of both: associative and commutative.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are of rubrics with different numbers of criteria.</exception>
    internal static CohortCounts Merge(CohortCounts left, CohortCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.CriterionCount != right.CriterionCount)
        {
            throw new ArgumentException("Only counts of the same rubric merge.", nameof(right));
        }

        var sum = new CohortCounts(left.CriterionCount);
        sum.Merge(left);
        sum.Merge(right);
        return sum;
    }

    /// <summary>Adds two counts; the same as <see cref="Merge(CohortCounts, CohortCounts)"/>.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>New counts, the sum of both.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are of rubrics with different numbers of criteria.</exception>
    public static CohortCounts Add(CohortCounts left, CohortCounts right) => Merge(left, right);

    /// <summary>Gets how many interventions had a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is undefined.</exception>
    public int CountOf(Verdict verdict)
        => verdict is >= Verdict.Success and <= Verdict.Undetermined ? _verdicts[(int)verdict] : throw new ArgumentOutOfRangeException(nameof(verdict));

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

    /// <summary>Gets how many interventions had the criterion at an index unknown (no evidence, or overdue).</summary>
    /// <param name="criterionIndex">The index in <see cref="Rubric.Criteria"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterionIndex"/> is out of range.</exception>
    public int UnknownCountOf(int criterionIndex)
        => CountOf(criterionIndex, CriterionStatus.NoEvidence) + CountOf(criterionIndex, CriterionStatus.Overdue);

    /// <inheritdoc />
    public bool Equals(CohortCounts? other)
        => other is not null && Count == other.Count && NotYetOpened == other.NotYetOpened && NotClosed == other.NotClosed
            && HorizonNotReached == other.HorizonNotReached && Returns == other.Returns && WithUnknown == other.WithUnknown
            && WithOverdue == other.WithOverdue && _scoreSum == other._scoreSum && CriterionCount == other.CriterionCount
            && _verdicts.AsSpan().SequenceEqual(other._verdicts) && _axes.AsSpan().SequenceEqual(other._axes)
            && _criteria.AsSpan().SequenceEqual(other._criteria);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CohortCounts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, NotYetOpened, NotClosed, HorizonNotReached, _scoreSum, Successes, Undetermined);

    internal void Add(in EvaluationSummary summary)
    {
        Count++;
        Returns += summary.IsReturn ? 1 : 0;
        _scoreSum += (long)Math.Round(summary.Score * ScoreUnit);
        _verdicts[(int)summary.Verdict]++;
        _axes[Statuses + (int)summary.Result]++;
        _axes[(2 * Statuses) + (int)summary.Process]++;
        _axes[(3 * Statuses) + (int)summary.Impact]++;
        bool unknown = false, overdue = false;
        for (var i = 0; i < CriterionCount; i++)
        {
            var status = summary.StatusOf(i);
            _criteria[(i * Statuses) + (int)status]++;
            unknown |= status is CriterionStatus.NoEvidence or CriterionStatus.Overdue;
            overdue |= status == CriterionStatus.Overdue;
        }

        WithUnknown += unknown ? 1 : 0;
        WithOverdue += overdue ? 1 : 0;
    }

    internal void AddNotEvaluated(CaseOutcomeStatus status)
    {
        switch (status)
        {
            case CaseOutcomeStatus.NotClosed:
                NotClosed++;
                break;
            case CaseOutcomeStatus.HorizonNotReached:
                HorizonNotReached++;
                break;
            default:
                NotYetOpened++;
                break;
        }
    }

    internal void Merge(CohortCounts other)
    {
        Count += other.Count;
        Returns += other.Returns;
        NotYetOpened += other.NotYetOpened;
        NotClosed += other.NotClosed;
        HorizonNotReached += other.HorizonNotReached;
        WithUnknown += other.WithUnknown;
        WithOverdue += other.WithOverdue;
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
        => status is >= CriterionStatus.NoEvidence and <= CriterionStatus.Overdue ? (int)status : throw new ArgumentOutOfRangeException(nameof(status));
}
