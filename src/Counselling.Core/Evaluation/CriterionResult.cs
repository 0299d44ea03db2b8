using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>One criterion as evaluated: its status, score, the date it is expected to resolve when pending, and the reasons naming the evidence.</summary>
public sealed class CriterionResult
{
    internal CriterionResult(string criterion, EvaluationAxis axis, double weight, CriterionStatus status, double score, LocalDate? expectedBy, IReadOnlyList<Reason> reasons)
    {
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

    /// <summary>Gets the reason naming the criterion itself, to write its name in a culture.</summary>
    public Reason Name => new("evaluation.criterion." + Criterion);

    /// <summary>Returns the criterion and its status: never personal data.</summary>
    /// <returns>The result as text.</returns>
    public override string ToString() => Criterion + ": " + Status;
}
