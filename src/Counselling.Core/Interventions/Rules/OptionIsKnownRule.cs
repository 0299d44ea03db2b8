using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An option's status, or a decision it waits for, is recorded for an option of the intervention's plan.</summary>
internal sealed class OptionIsKnownRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IOptionLabelInput
{
    public OptionIsKnownRule()
        : base("option.unknown", "an option of the plan")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => context.IsGeneral || LabelOf(in context) is not { } label || intervention.OptionNamed(label) is not null;

    public override Reason Explain(Intervention intervention, in TInput context)
        => new(Code, new ReasonArgument("label", LabelOf(in context) ?? string.Empty));

    private static string? LabelOf(in TInput context) => context.OptionLabel;
}
