using System;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An option does not wait twice at once for a decision of the same name.</summary>
/// <remarks>Judged on the name given to the intent method; a stored history names decisions by number, since names may be erased.</remarks>
internal sealed class DecisionIsNewRule : InterventionRule<AwaitDecisionInput>
{
    public DecisionIsNewRule()
        : base("option.decision-already-awaited", "a decision the option does not wait for yet")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in AwaitDecisionInput context)
    {
        if (context.IsGeneral || context.DecisionLabel is null || intervention.OptionNamed(context.OptionLabel) is not { } option)
        {
            return true;
        }

        foreach (var decision in option.Decisions)
        {
            if (!decision.IsReceived && string.Equals(decision.Label, context.DecisionLabel, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override Reason Explain(Intervention intervention, in AwaitDecisionInput context)
        => new(Code, new ReasonArgument("label", context.OptionLabel ?? string.Empty));
}
