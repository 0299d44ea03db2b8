using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>One axis (result, process or impact) as evaluated: its status from its criteria, its weighted score and its reasons.</summary>
public sealed class AxisResult
{
    internal AxisResult(EvaluationAxis axis, CriterionStatus status, double score, LocalDate? expectedBy, IReadOnlyList<Reason> reasons)
    {
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
