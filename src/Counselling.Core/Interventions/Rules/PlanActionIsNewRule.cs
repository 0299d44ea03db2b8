using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An action is agreed once: its identifier must be new to the intervention.</summary>
internal sealed class PlanActionIsNewRule : InterventionRule<PlanActionInput>
{
    public PlanActionIsNewRule()
        : base("action.already-exists", "the action is new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in PlanActionInput context)
        => context.IsGeneral || context.PlanAction is null || intervention.IsNewAction(context.PlanAction.Id);
}
