using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Recording an action's status records a change: the same status again is refused.</summary>
internal sealed class PlanActionStatusChangesRule : InterventionRule<ActionStatusInput>
{
    public PlanActionStatusChangesRule()
        : base("action.status-unchanged", "the status changes")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ActionStatusInput context)
        => context.IsGeneral || intervention.ActionStatus(context.PlanActionId) is not { } status || status != context.PlanActionStatus;

    public override Reason Explain(Intervention intervention, in ActionStatusInput context)
        => new(Code, new ReasonArgument("status", context.PlanActionStatus));
}
