namespace Counselling.Core.Evaluation;

/// <summary>
/// One criterion of a <see cref="Rubric"/>: which built-in criterion, its weight, and optionally the axis it counts on
/// and its threshold. Plain data, so a host can store and load rubrics; <see cref="Rubric"/> validates it.
/// </summary>
/// <param name="Criterion">The name of a built-in criterion, such as <c>decision-made</c> (see <see cref="Criteria.BuiltInCriteria"/>).</param>
/// <param name="Weight">Its weight; the weights of a rubric add up to 1.</param>
/// <param name="Axis">The axis it counts on; <see langword="null"/> for the criterion's default axis.</param>
/// <param name="Threshold">Its threshold, for the criteria that read one; <see langword="null"/> for the criterion's default.</param>
/// <param name="CountsOnlyInFavour">
/// When <see langword="true"/>, the criterion counts in the intervention's favour when met, and is set aside (neither
/// its axis nor the score counts it) when it is not: autonomy that rises is a plus, autonomy that stays low is not by
/// itself a failure. The report still shows its status and reasons.
/// </param>
public sealed record RubricCriterion(string Criterion, double Weight, EvaluationAxis? Axis = null, double? Threshold = null, bool CountsOnlyInFavour = false);
