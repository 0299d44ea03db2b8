namespace Counselling.Core.Resources;

/// <summary>Messages of <see cref="Common.ArgumentReason"/>: what a host sent that cannot be used, said so a screen can show it.</summary>
internal static class ArgumentMessages
{
    public static readonly MessageTemplate[] All =
    [
        new(
            "argument.default-id",
            "{kind, select, ObjectiveId {The objective} SessionId {The interview} PlanActionId {The action} BarrierId {The barrier} BenefitId {The desired benefit} ClientId {The client} CounsellorId {The counsellor} PartnerId {The partner} InterventionId {The intervention} other {An item}} is not identified: the form sent an empty reference. Reload the page and try again.",
            "{kind, select, ObjectiveId {L'objectif} SessionId {L'entretien} PlanActionId {L'action} BarrierId {Le frein} BenefitId {Le bénéfice attendu} ClientId {La personne accompagnée} CounsellorId {La personne conseillère} PartnerId {La structure partenaire} InterventionId {L'accompagnement} other {Un élément}} n'est pas {kind, select, PlanActionId {identifiée} ClientId {identifiée} CounsellorId {identifiée} PartnerId {identifiée} other {identifié}} : le formulaire a envoyé une référence vide. Rechargez la page et recommencez."),
        new("argument.unknown-zone", "The time zone “{zone}” is not known: check the agency's settings.", "Le fuseau horaire « {zone} » est inconnu : vérifiez les paramètres de la structure."),
        new("argument.blank", "A required field is empty.", "Un champ obligatoire est vide."),
    ];
}
