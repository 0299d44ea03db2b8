using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A decision's answer is recorded once: the answer that came stands.</summary>
internal sealed class DecisionNotYetReceivedRule : InterventionRule<DecisionOutcomeInput>
{
    public DecisionNotYetReceivedRule()
        : base("option.decision-already-received", "a decision not answered yet")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in DecisionOutcomeInput context)
        => context.IsGeneral
           || intervention.OptionNamed(context.OptionLabel) is not { } option
           || option.IndexOf(context.DecisionNumber) is var index && (index < 0 || !option.Decisions[index].IsReceived);

    public override Reason Explain(Intervention intervention, in DecisionOutcomeInput context)
        => new(Code, new ReasonArgument("label", context.OptionLabel ?? string.Empty));
}
