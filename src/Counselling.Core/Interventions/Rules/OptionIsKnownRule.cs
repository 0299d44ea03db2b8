using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An option's status is recorded for an option of the intervention's plan.</summary>
internal sealed class OptionIsKnownRule : InterventionRule
{
    public OptionIsKnownRule()
        : base("option.unknown", "an option of the plan")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ActionContext context)
        => context.IsGeneral || context.Option.IsDefault || intervention.FindOption(context.Option.Label) is not null;

    public override Reason Explain(Intervention intervention, in ActionContext context)
        => new(Code, new ReasonArgument("label", context.Option.Label ?? string.Empty));
}
