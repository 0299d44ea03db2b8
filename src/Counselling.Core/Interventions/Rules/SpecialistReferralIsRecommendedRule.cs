using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A referral to a specialist is offered once the rules recommend it (sessions in a row without progress or without a
/// concrete outcome) and until it is made. A referral the counsellor chooses otherwise goes through the service catalogue.
/// </summary>
internal sealed class SpecialistReferralIsRecommendedRule : InterventionRule<ReferralInput>
{
    public SpecialistReferralIsRecommendedRule()
        : base("specialist.not-recommended", "a referral to a specialist is recommended")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ReferralInput context)
        => intervention.IsSpecialistReferralRecommended;

    public override Reason Explain(Intervention intervention, in ReferralInput context)
        => new(Code, new ReasonArgument("count", intervention.SessionsWithoutProgress), new ReasonArgument("threshold", intervention.Programme.SessionsWithoutProgressBeforeReferral));
}
