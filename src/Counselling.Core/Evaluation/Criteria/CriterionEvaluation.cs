using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>What a <see cref="CustomCriterion"/> found: a status, a score in [0, 1], the date it is expected to resolve when pending, and its reasons.</summary>
public sealed class CriterionEvaluation
{
    /// <summary>Initializes a new evaluation.</summary>
    /// <param name="status">The status.</param>
    /// <param name="score">The score, between 0 and 1.</param>
    /// <param name="reasons">The reasons naming the evidence; at least one.</param>
    /// <param name="expectedBy">When pending, the date it is expected to resolve, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty, <paramref name="score"/> lies outside [0, 1], or a date is expected for a status that is not pending.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public CriterionEvaluation(CriterionStatus status, double score, IReadOnlyList<Reason> reasons, LocalDate? expectedBy = null)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        Status = Guard.Defined(status);
        ReportGuard.Check(double.IsFinite(score) && score >= 0 && score <= 1, nameof(score), "A score lies between 0 and 1.");
        ReportGuard.Check(reasons.Count > 0, nameof(reasons), "Every status carries at least one reason.");
        ReportGuard.Check(expectedBy is null || status == CriterionStatus.Pending, nameof(expectedBy), "Only a pending criterion expects a date.");
        Score = score;
        Reasons = reasons;
        ExpectedBy = expectedBy;
    }

    /// <summary>Gets the status.</summary>
    public CriterionStatus Status { get; }

    /// <summary>Gets the score, between 0 and 1.</summary>
    public double Score { get; }

    /// <summary>Gets, when pending, the date it is expected to resolve.</summary>
    public LocalDate? ExpectedBy { get; }

    /// <summary>Gets the reasons.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>A met criterion (score 1).</summary>
    /// <param name="reasons">The reasons; at least one.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    public static CriterionEvaluation Met(params Reason[] reasons) => new(CriterionStatus.Met, 1, reasons);

    /// <summary>A criterion not met (score 0).</summary>
    /// <param name="reasons">The reasons; at least one.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    public static CriterionEvaluation NotMet(params Reason[] reasons) => new(CriterionStatus.NotMet, 0, reasons);

    /// <summary>A pending criterion (score 0).</summary>
    /// <param name="expectedBy">The date it is expected to resolve, if known.</param>
    /// <param name="reasons">The reasons; at least one.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    public static CriterionEvaluation Pending(LocalDate? expectedBy, params Reason[] reasons) => new(CriterionStatus.Pending, 0, reasons, expectedBy);
}
