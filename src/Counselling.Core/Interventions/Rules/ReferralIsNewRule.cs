using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A referral is made once: its identifier names no referral of the intervention yet.</summary>
internal sealed class ReferralIsNewRule : InterventionRule<ReferralInput>
{
    public ReferralIsNewRule()
        : base("referral.already-made", "the referral is new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ReferralInput context)
        => context.IsGeneral || context.ReferralId.IsDefault || intervention.FindReferral(context.ReferralId) is null;
}
