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
        => (context.IsGeneral ? intervention.ActionCount == 0 || intervention.HasUnreviewedAction : !intervention.IsActionReviewed(context.PlanActionId));

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("plan.no-open-action") : new(Code);
}
