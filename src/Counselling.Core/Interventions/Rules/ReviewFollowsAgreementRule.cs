using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An action agreed at one session is reviewed at a later one.</summary>
internal sealed class ReviewFollowsAgreementRule : InterventionRule<ReviewInput>
{
    public ReviewFollowsAgreementRule()
        : base("action.review-not-after-agreement", "the review session was held after the action was agreed")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ReviewInput context)
        => context.IsGeneral || intervention.ReviewFollowsAgreement(context.PlanActionId, context.Session);
}
