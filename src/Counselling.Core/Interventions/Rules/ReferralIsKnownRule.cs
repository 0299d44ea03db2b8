using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A referral's status is recorded for a referral the intervention made; offered only while one is still under way.</summary>
internal sealed class ReferralIsKnownRule : InterventionRule<ReferralStatusInput>
{
    public ReferralIsKnownRule()
        : base("referral.unknown", "the referral is in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ReferralStatusInput context)
        => context.IsGeneral ? intervention.HasReferralUnderWay : intervention.FindReferral(context.ReferralId) is not null;

    public override Reason Explain(Intervention intervention, in ReferralStatusInput context)
        => context.IsGeneral ? new("referral.none-under-way") : new(Code);
}
