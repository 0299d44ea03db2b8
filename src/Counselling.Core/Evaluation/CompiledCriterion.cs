using Counselling.Core.Evaluation.Criteria;

namespace Counselling.Core.Evaluation;

/// <summary>A rubric criterion resolved once, when an engine is built: its rule, axis, weight and settings.</summary>
internal sealed class CompiledCriterion
{
    public CompiledCriterion(RubricCriterion source, Rubric rubric)
    {
        Rule = rubric.FindRule(source.Criterion) ?? throw new System.ArgumentException("The rubric names an unknown criterion.", nameof(source));
        var followUpMonths = rubric.FollowUpMonths;
        Name = source.Criterion;
        Axis = source.Axis ?? Rule.DefaultAxis;
        Weight = source.Weight;
        Settings = new RuleSettings(source.Threshold ?? Rule.DefaultThreshold, followUpMonths, rubric.Currency);
        CountsOnlyInFavour = source.CountsOnlyInFavour;
        Reads = Rule.Reads;
        CountedRule = Rule is not CustomCriterionRule;
    }

    /// <summary>Gets whether the rule can judge a case given as counts (every built-in rule can; a custom one cannot).</summary>
    public bool CountedRule { get; }

    /// <summary>Gets the kinds of evidence the rule reads, read once.</summary>
    public Evidence.EvidenceKinds Reads { get; }

    public bool CountsOnlyInFavour { get; }

    public CriterionRule Rule { get; }

    public string Name { get; }

    public EvaluationAxis Axis { get; }

    public double Weight { get; }

    public RuleSettings Settings { get; }
}
