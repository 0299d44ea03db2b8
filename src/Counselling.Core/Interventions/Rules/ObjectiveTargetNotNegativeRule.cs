using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An objective's target is not negative: bad input, refused before anything changes.</summary>
internal sealed class ObjectiveTargetNotNegativeRule : InterventionRule<ObjectiveInput>
{
    public ObjectiveTargetNotNegativeRule()
        : base("objective.m.negative-target", "the target is not negative")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ObjectiveInput context)
        => context.IsGeneral || context.Objective?.Indicator?.Target is not { } target || target >= 0m;

    public override Reason Explain(Intervention intervention, in ObjectiveInput context)
        => new(Code, new ReasonArgument("target", context.Objective!.Indicator!.Target!.Value));
}
