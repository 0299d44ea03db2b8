using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>
/// The outcome of one evaluation without reasons: the verdict, the three axes, every criterion's status and the
/// re-evaluate-after date. Computed without allocating, for cohorts of millions.
/// </summary>
/// <remarks>The default value names no intervention.</remarks>
public readonly record struct EvaluationSummary
{
    private readonly ulong _statuses;

    /// <summary>Initializes a new summary: the engine makes them; a UI team may make its own to test its screens.</summary>
    /// <param name="intervention">The intervention evaluated.</param>
    /// <param name="verdict">The verdict.</param>
    /// <param name="score">The weighted score, between 0 and 1.</param>
    /// <param name="result">The status of the result axis.</param>
    /// <param name="process">The status of the process axis.</param>
    /// <param name="impact">The status of the impact axis.</param>
    /// <param name="reEvaluateAfter">The earliest date a pending criterion is expected to resolve, if any.</param>
    /// <param name="criteria">Every criterion's status, in the rubric's order (at most <see cref="Rubric.MaximumCriteria"/>).</param>
    /// <param name="isReturn">Whether the intervention follows an earlier one (the client came back).</param>
    /// <exception cref="ArgumentException"><paramref name="intervention"/> is the default identifier, <paramref name="score"/> lies outside [0, 1], or there are too many criteria.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A verdict or status is undefined.</exception>
    public EvaluationSummary(InterventionId intervention, Verdict verdict, double score, CriterionStatus result, CriterionStatus process, CriterionStatus impact, LocalDate? reEvaluateAfter, ReadOnlySpan<CriterionStatus> criteria, bool isReturn = false)
        : this(Guard.NotDefault(intervention), Guard.Defined(verdict), score, Guard.Defined(result), Guard.Defined(process), Guard.Defined(impact), reEvaluateAfter, Pack(criteria, score), criteria.Length, isReturn)
    {
    }

    internal EvaluationSummary(InterventionId intervention, Verdict verdict, double score, CriterionStatus result, CriterionStatus process, CriterionStatus impact, LocalDate? reEvaluateAfter, ulong statuses, int count, bool isReturn)
    {
        IsReturn = isReturn;
        Intervention = intervention;
        Verdict = verdict;
        Score = score;
        Result = result;
        Process = process;
        Impact = impact;
        ReEvaluateAfter = reEvaluateAfter;
        _statuses = statuses;
        CriterionCount = count;
    }

    /// <summary>Gets the intervention evaluated.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets the weighted score of every applicable criterion, between 0 and 1 (pending criteria count 0).</summary>
    public double Score { get; }

    /// <summary>Gets the status of the result axis.</summary>
    public CriterionStatus Result { get; }

    /// <summary>Gets the status of the process axis.</summary>
    public CriterionStatus Process { get; }

    /// <summary>Gets the status of the impact axis.</summary>
    public CriterionStatus Impact { get; }

    /// <summary>Gets the earliest date a pending criterion is expected to resolve: after it, a new evaluation could change the answer.</summary>
    public LocalDate? ReEvaluateAfter { get; }

    /// <summary>Gets a value indicating whether the intervention follows an earlier one (the client came back).</summary>
    public bool IsReturn { get; }

    /// <summary>Gets the number of criteria of the rubric.</summary>
    public int CriterionCount { get; }

    /// <summary>Gets the status of an axis.</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is undefined.</exception>
    public CriterionStatus StatusOf(EvaluationAxis axis) => axis switch
    {
        EvaluationAxis.Result => Result,
        EvaluationAxis.Process => Process,
        EvaluationAxis.Impact => Impact,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>Gets the status of the criterion at an index of the rubric.</summary>
    /// <param name="index">The index in <see cref="Rubric.Criteria"/>.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of the rubric's criteria.</exception>
    public CriterionStatus StatusOf(int index)
        => (uint)index < (uint)CriterionCount ? (CriterionStatus)((_statuses >> (4 * index)) & 0xF) : throw new ArgumentOutOfRangeException(nameof(index));

    private static ulong Pack(ReadOnlySpan<CriterionStatus> criteria, double score)
    {
        if (criteria.Length > Rubric.MaximumCriteria)
        {
            throw new ArgumentException("A rubric has at most 16 criteria.", nameof(criteria));
        }

        if (!double.IsFinite(score) || score < 0 || score > 1)
        {
            throw new ArgumentException("A score lies between 0 and 1.", nameof(score));
        }

        ulong statuses = 0;
        for (var i = 0; i < criteria.Length; i++)
        {
            statuses |= (ulong)Guard.Defined(criteria[i], nameof(criteria)) << (4 * i);
        }

        return statuses;
    }
}
