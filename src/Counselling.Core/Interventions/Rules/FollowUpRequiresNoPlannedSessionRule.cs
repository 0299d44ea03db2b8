using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The active phase ends only when no session is still planned: each is recorded, missed or cancelled.</summary>
internal sealed class FollowUpRequiresNoPlannedSessionRule : InterventionRule<TransitionInput>
{
    public FollowUpRequiresNoPlannedSessionRule()
        : base("followup.sessions-still-planned", "no session still planned")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TransitionInput context)
        => intervention.PlannedSessionCount == 0;

    public override Reason Explain(Intervention intervention, in TransitionInput context)
        => new(Code, new ReasonArgument("count", intervention.PlannedSessionCount));
}
