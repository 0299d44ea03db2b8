using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An action is reviewed once; once reviewed, its status no longer changes.</summary>
internal sealed class PlanActionNotReviewedRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IPlanActionIdInput
{
    public PlanActionNotReviewedRule()
        : base("action.already-reviewed", "the action is not reviewed yet")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => (context.IsGeneral ? intervention.ActionPlan.Count == 0 || intervention.HasUnreviewedAction : intervention.FindAction(context.PlanActionId) is not { IsReviewed: true });

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("plan.no-open-action") : new(Code);
}
