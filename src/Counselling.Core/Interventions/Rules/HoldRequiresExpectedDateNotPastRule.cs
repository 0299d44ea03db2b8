using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A hold waits for a decision expected today or later, in the agency's time zone.</summary>
internal sealed class HoldRequiresExpectedDateNotPastRule : InterventionRule<HoldInput>
{
    public HoldRequiresExpectedDateNotPastRule()
        : base("hold.expected-date-past", "the decision is expected today or later")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in HoldInput context)
        => context.IsGeneral || context.ExpectedBy >= intervention.Today(context.Now);

    public override Reason Explain(Intervention intervention, in HoldInput context)
        => new(Code, new ReasonArgument("expectedBy", context.ExpectedBy), new ReasonArgument("today", intervention.Today(context.Now)));
}
