using Counselling.Core.Evaluation.Criteria;

namespace Counselling.Core.Evaluation;

/// <summary>A rubric criterion resolved once, when an engine is built: its rule, axis, weight and settings.</summary>
internal sealed class CompiledCriterion
{
    public CompiledCriterion(RubricCriterion source, int followUpMonths)
    {
        Rule = BuiltInCriteria.Find(source.Criterion);
        Name = source.Criterion;
        Axis = source.Axis ?? Rule.DefaultAxis;
        Weight = source.Weight;
        Settings = new RuleSettings(source.Threshold ?? Rule.DefaultThreshold, followUpMonths);
    }

    public CriterionRule Rule { get; }

    public string Name { get; }

    public EvaluationAxis Axis { get; }

    public double Weight { get; }

    public RuleSettings Settings { get; }
}
