using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A decision is awaited, or its answer recorded, only for an option still open: a resolved option waits for nothing; offered only while one is open.</summary>
internal sealed class OptionIsOpenRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IOptionLabelInput
{
    public OptionIsOpenRule()
        : base("option.resolved", "an option still open")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => context.IsGeneral ? HasOpenOption(intervention) : intervention.OptionNamed(context.OptionLabel) is not { IsResolved: true };

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("option.none-open") : new(Code, new ReasonArgument("label", context.OptionLabel ?? string.Empty), new ReasonArgument("status", intervention.OptionNamed(context.OptionLabel)?.Status ?? default));

    private static bool HasOpenOption(Intervention intervention)
    {
        foreach (var option in intervention.Options)
        {
            if (!option.IsResolved)
            {
                return true;
            }
        }

        return false;
    }
}
