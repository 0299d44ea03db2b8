using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An objective's baseline is not negative: bad input, refused before anything changes.</summary>
internal sealed class ObjectiveBaselineNotNegativeRule : InterventionRule<ObjectiveInput>
{
    public ObjectiveBaselineNotNegativeRule()
        : base("objective.m.negative-baseline", "the baseline is not negative")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ObjectiveInput context)
        => context.IsGeneral || context.Objective?.Indicator?.Baseline is not { } baseline || baseline >= 0m;

    public override Reason Explain(Intervention intervention, in ObjectiveInput context)
        => new(Code, new ReasonArgument("baseline", context.Objective!.Indicator!.Baseline!.Value));
}
