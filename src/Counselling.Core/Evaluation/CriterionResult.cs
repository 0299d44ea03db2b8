using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>One criterion as evaluated: its status, score, the date it is expected to resolve when pending, and the reasons naming the evidence.</summary>
public sealed class CriterionResult
{
    /// <summary>Initializes a new criterion result: the engine makes them; a UI team may make its own to test its screens.</summary>
    /// <param name="criterion">The criterion's code, such as <c>decision-made</c>.</param>
    /// <param name="axis">The axis it counted on.</param>
    /// <param name="weight">Its weight in the rubric, in (0, 1].</param>
    /// <param name="status">Its status.</param>
    /// <param name="score">Its score, between 0 and 1.</param>
    /// <param name="expectedBy">When pending, the date it is expected to resolve, if known; otherwise <see langword="null"/>.</param>
    /// <param name="reasons">Its reasons, at least one.</param>
    /// <param name="setAside">Whether it counts only in the intervention's favour and was set aside because it is not met.</param>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is blank, <paramref name="reasons"/> is empty, a number is out of range, or an expected date is given to a criterion that is not pending.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> or <paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> or <paramref name="status"/> is undefined.</exception>
    public CriterionResult(string criterion, EvaluationAxis axis, double weight, CriterionStatus status, double score, LocalDate? expectedBy, IReadOnlyList<Reason> reasons, bool setAside = false)
    {
        Guard.NotBlank(criterion);
        ArgumentNullException.ThrowIfNull(reasons);
        Guard.Defined(axis);
        Guard.Defined(status);
        ReportGuard.Check(weight > 0 && weight <= 1, nameof(weight), "A weight lies in (0, 1].");
        ReportGuard.Check(score >= 0 && score <= 1, nameof(score), "A score lies between 0 and 1.");
        ReportGuard.Check(expectedBy is null || status == CriterionStatus.Pending, nameof(expectedBy), "Only a pending criterion expects a date.");
        ReportGuard.Check(reasons.Count > 0, nameof(reasons), "Every result carries at least one reason.");
        SetAside = setAside;
        Criterion = criterion;
        Axis = axis;
        Weight = weight;
        Status = status;
        Score = score;
        ExpectedBy = expectedBy;
        Reasons = reasons;
    }

    /// <summary>Gets the criterion's name, such as <c>decision-made</c>.</summary>
    public string Criterion { get; }

    /// <summary>Gets the axis it counted on.</summary>
    public EvaluationAxis Axis { get; }

    /// <summary>Gets its weight in the rubric.</summary>
    public double Weight { get; }

    /// <summary>Gets its status.</summary>
    public CriterionStatus Status { get; }

    /// <summary>Gets its score, between 0 and 1.</summary>
    public double Score { get; }

    /// <summary>Gets, when pending, the date it is expected to resolve, if known.</summary>
    public LocalDate? ExpectedBy { get; }

    /// <summary>Gets the reasons, naming the evidence used; at least one.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Gets a value indicating whether the criterion counts only in the intervention's favour and was set aside because it is not met.</summary>
    public bool SetAside { get; }

    /// <summary>Gets the reason naming the criterion itself, to write its name in a culture.</summary>
    public Reason Name => new("evaluation.criterion." + Criterion);

    /// <summary>Returns the criterion and its status: never personal data.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() => Criterion + ": " + Status;
}
