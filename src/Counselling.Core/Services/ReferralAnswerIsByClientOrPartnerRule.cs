using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>Accepting or declining a referral is the client's answer or the partner service's, never the counsellor's alone.</summary>
internal sealed class ReferralAnswerIsByClientOrPartnerRule : LifecycleRule<Referral>
{
    public static readonly ReferralAnswerIsByClientOrPartnerRule Instance = new();

    private ReferralAnswerIsByClientOrPartnerRule()
        : base(ServicesCodes.AnswerByClientOrPartner, "answered by the client or the partner")
    {
    }

    public override bool IsSatisfied(Referral subject, in LifecycleAttempt attempt)
        => attempt.By.Kind is ActorKind.Client or ActorKind.Partner;
}
