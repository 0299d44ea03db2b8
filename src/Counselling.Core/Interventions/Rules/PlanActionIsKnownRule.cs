using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An action's status and review are recorded for an action the intervention holds.</summary>
internal sealed class PlanActionIsKnownRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IPlanActionIdInput
{
    public PlanActionIsKnownRule()
        : base("action.unknown", "the action is in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => (context.IsGeneral ? intervention.ActionCount > 0 : intervention.KnowsAction(context.PlanActionId));

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("plan.no-action") : new(Code);
}
