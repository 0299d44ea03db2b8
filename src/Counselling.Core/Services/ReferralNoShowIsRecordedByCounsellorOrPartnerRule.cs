using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>A no-show is recorded by those who expected the client: the counsellor or the partner service.</summary>
internal sealed class ReferralNoShowIsRecordedByCounsellorOrPartnerRule : LifecycleRule<Referral>
{
    public static readonly ReferralNoShowIsRecordedByCounsellorOrPartnerRule Instance = new();

    private ReferralNoShowIsRecordedByCounsellorOrPartnerRule()
        : base(ServicesCodes.NoShowByCounsellorOrPartner, "recorded by the counsellor or the partner")
    {
    }

    public override bool IsSatisfied(Referral subject, in LifecycleAttempt attempt)
        => attempt.By.Kind is ActorKind.Counsellor or ActorKind.Partner;
}
