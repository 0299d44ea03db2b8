using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An option added to the plan has a label no other option of the intervention has.</summary>
internal sealed class OptionIsNewRule : InterventionRule<AddOptionInput>
{
    public OptionIsNewRule()
        : base("option.already-added", "a label not used by another option")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in AddOptionInput context)
        => context.IsGeneral || intervention.OptionNamed(context.OptionLabel) is null;

    public override Reason Explain(Intervention intervention, in AddOptionInput context)
        => new(Code, new ReasonArgument("label", context.OptionLabel ?? string.Empty));
}
