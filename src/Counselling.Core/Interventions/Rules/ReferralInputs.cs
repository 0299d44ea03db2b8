using Counselling.Core.Common;
using Counselling.Core.Services;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// The input of referring the client to a service of the catalogue, or to a specialist: the new referral, and why the
/// catalogue refuses the service (none in a rebuild: a stored referral was judged against the catalogue of its day).
/// </summary>
internal readonly record struct ReferralInput(InterventionAction Action, Instant Now, bool IsGeneral, ReferralId ReferralId, Reason? ServiceRefusal) : IActionInput<ReferralInput>
{
    public ActionRules<ReferralInput> Rules => Action == InterventionAction.ReferToSpecialist ? InterventionRules.ReferToSpecialist : InterventionRules.Refer;

    public string? DateOutOfRange => null;
}

/// <summary>The input of recording a referral's status: the referral, what happened to it and who says so.</summary>
internal readonly record struct ReferralStatusInput(Instant Now, bool IsGeneral, ReferralId ReferralId, ReferralAction ReferralAction, Actor By) : IActionInput<ReferralStatusInput>
{
    public InterventionAction Action => InterventionAction.RecordReferralStatus;

    public ActionRules<ReferralStatusInput> Rules => InterventionRules.RecordReferralStatus;

    public string? DateOutOfRange => null;
}
