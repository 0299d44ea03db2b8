using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>One axis (result, process or impact) as evaluated: its status from its criteria, its weighted score and its reasons.</summary>
public sealed class AxisResult
{
    /// <summary>Initializes a new axis result: the engine makes them; a UI team may make its own to test its screens.</summary>
    /// <param name="axis">The axis.</param>
    /// <param name="status">Its status.</param>
    /// <param name="score">Its weighted score, between 0 and 1.</param>
    /// <param name="expectedBy">When pending, the earliest date one of its criteria is expected to resolve, if known.</param>
    /// <param name="reasons">Its reasons, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="score"/> lies outside [0, 1], <paramref name="reasons"/> is empty, or a date is expected for a status that is not pending.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> or <paramref name="status"/> is undefined.</exception>
    public AxisResult(EvaluationAxis axis, CriterionStatus status, double score, LocalDate? expectedBy, IReadOnlyList<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        Guard.Defined(axis);
        Guard.Defined(status);
        ReportGuard.Check(double.IsFinite(score) && score >= 0 && score <= 1, nameof(score), "A score lies between 0 and 1.");
        ReportGuard.Check(reasons.Count > 0, nameof(reasons), "Every axis carries at least one reason.");
        ReportGuard.Check(expectedBy is null || status == CriterionStatus.Pending, nameof(expectedBy), "Only a pending axis expects a date.");
        Axis = axis;
        Status = status;
        Score = score;
        ExpectedBy = expectedBy;
        Reasons = reasons;
    }

    /// <summary>Gets the axis.</summary>
    public EvaluationAxis Axis { get; }

    /// <summary>
    /// Gets its status: met when every applicable criterion is met; pending when the others are only pending; partly met
    /// when some are met and some not; not met when none is; no evidence when none can be judged; not applicable when the
    /// rubric has no applicable criterion on it.
    /// </summary>
    public CriterionStatus Status { get; }

    /// <summary>Gets the weighted score of its applicable criteria, between 0 and 1 (pending ones count 0).</summary>
    public double Score { get; }

    /// <summary>Gets the earliest date one of its pending criteria is expected to resolve, if any.</summary>
    public LocalDate? ExpectedBy { get; }

    /// <summary>Gets the reasons: which criteria are not met, pending or without evidence; at least one.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Returns the axis and its status.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() => Axis + ": " + Status;
}
