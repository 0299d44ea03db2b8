namespace Counselling.Core.Evaluation;

/// <summary>A criterion whose status or score changed between two evaluations; the later result's reasons say why.</summary>
/// <param name="Before">The criterion in the earlier evaluation.</param>
/// <param name="After">The criterion in the later evaluation.</param>
public sealed record CriterionChange(CriterionResult Before, CriterionResult After)
{
    /// <summary>Gets the criterion's name.</summary>
    public string Criterion => After.Criterion;
}
