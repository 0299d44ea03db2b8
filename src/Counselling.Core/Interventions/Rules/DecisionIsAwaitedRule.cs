using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An answer is recorded for a decision the option was noted as waiting for; offered only while an open option waits for one.</summary>
internal sealed class DecisionIsAwaitedRule : InterventionRule<DecisionOutcomeInput>
{
    public DecisionIsAwaitedRule()
        : base("option.decision-unknown", "a decision the option waits for")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in DecisionOutcomeInput context)
        => context.IsGeneral ? AnyAwaited(intervention) : intervention.OptionNamed(context.OptionLabel) is not { } option || option.IndexOf(context.DecisionNumber) >= 0;

    public override Reason Explain(Intervention intervention, in DecisionOutcomeInput context)
        => context.IsGeneral ? new("option.no-decision-awaited") : new(Code, new ReasonArgument("label", context.OptionLabel ?? string.Empty));

    private static bool AnyAwaited(Intervention intervention)
    {
        foreach (var option in intervention.Options)
        {
            foreach (var decision in option.Decisions)
            {
                if (!option.IsResolved && !decision.IsReceived)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
