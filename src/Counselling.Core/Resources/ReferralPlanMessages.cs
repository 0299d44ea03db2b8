namespace Counselling.Core.Resources;

/// <summary>Messages of referrals made in an intervention: the referral in the action plan and its statuses.</summary>
internal static class ReferralPlanMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("referral.already-made", "This referral was already made in the intervention.", "Cette orientation a déjà été faite."),
        new("referral.unknown", "No referral has this identifier.", "Aucune orientation ne porte cet identifiant."),
        new("referral.none-under-way", "No referral is under way: refer the client to a service first.", "Aucune orientation n'est en cours : orientez d'abord la personne vers un service."),
        new("enum.InterventionAction.Refer", "refer to a service", "orienter vers un service"),
        new("enum.InterventionAction.RecordReferralStatus", "record where a referral stands", "noter où en est une orientation"),
        new("event.ReferralMade", "Referred to a service", "Orientation vers un service"),
        new("event.ReferralStatusRecorded", "Referral updated", "Orientation mise à jour"),
    ];
}
