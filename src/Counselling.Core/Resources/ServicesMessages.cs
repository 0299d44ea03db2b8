namespace Counselling.Core.Resources;

/// <summary>Messages of the service catalogue, referrals, group programmes and the shared pathway.</summary>
internal static class ServicesMessages
{
    public static readonly MessageTemplate[] All =
    [
        // Suggestions and eligibility.
        new("services.suggestion.addresses-barrier", "Addresses the barrier: {barrier}.", "Répond au frein : {barrier}."),
        new("services.suggestion.addresses-domain", "Addresses {domain}, rated {status} in the situation.", "Agit sur le domaine « {domain} », jugé {status} dans la situation."),
        new("services.suggestion.provided-by-agency", "Provided by the agency itself.", "Proposé par la structure elle-même."),
        new("services.eligibility.age-unknown", "The service has an age range and the client's age is not known.", "Le service a des conditions d'âge et l'âge de la personne n'est pas connu."),
        new("services.eligibility.too-young", "The service starts at {minimum} years old.", "Le service est ouvert à partir de {minimum} ans."),
        new("services.eligibility.too-old", "The service stops at {maximum} years old.", "Le service est ouvert jusqu'à {maximum} ans."),
        new("services.eligibility.outside-area", "The service covers {areas} only, and the client lives elsewhere or the area is not known.", "Le service ne couvre que {areas}, et la personne habite ailleurs ou son secteur n'est pas connu."),
        new("services.eligibility.status-required", "The service is meant for: {statuses}.", "Le service est réservé à : {statuses}."),
        new("enum.ServiceProvision.Internal", "internal", "interne"),
        new("enum.ServiceProvision.External", "partner", "partenaire"),

        // Referrals.
        new("referral.service-not-in-catalogue", "The service {service} is not in the catalogue.", "Le service {service} ne figure pas dans le répertoire."),
        new("referral.service-inactive", "The service {service} takes nobody at the moment.", "Le service {service} n'accueille personne en ce moment."),
        new("referral.not-allowed-in-state", "A referral that is {state} cannot be {action}.", "Une orientation à l'état « {state} » ne permet pas l'action « {action} »."),
        new("referral.answer-by-client-or-partner", "Only the client or the partner can accept or decline a referral.", "Seuls la personne ou le partenaire peuvent accepter ou refuser une orientation."),
        new("referral.no-show-by-counsellor-or-partner", "Only the counsellor or the partner can record that the client did not come.", "Seuls le conseiller ou le partenaire peuvent noter que la personne n'est pas venue."),
        new("referral.origin.counsellor-choice", "Chosen by the counsellor with the client.", "Choisie par le conseiller avec la personne."),
        new("referral.origin.suggestion", "Suggested from the client's barriers and situation.", "Suggérée d'après les freins et la situation de la personne."),
        new("referral.origin.sessions-without-progress", "Recommended because {count} sessions in a row brought no progress.", "Recommandée parce que {count} entretiens de suite n'ont pas permis d'avancer."),
        new("enum.ReferralState.Proposed", "proposed", "proposée"),
        new("enum.ReferralState.Accepted", "accepted", "acceptée"),
        new("enum.ReferralState.Started", "started", "commencée"),
        new("enum.ReferralState.Completed", "completed", "menée à terme"),
        new("enum.ReferralState.Declined", "declined", "refusée"),
        new("enum.ReferralState.NoShow", "missed (no-show)", "non honorée"),
        new("enum.ReferralState.Cancelled", "cancelled", "annulée"),
        new("enum.ReferralAction.Accept", "accepted", "accepter"),
        new("enum.ReferralAction.Start", "started", "commencer"),
        new("enum.ReferralAction.Complete", "completed", "mener à terme"),
        new("enum.ReferralAction.Decline", "declined", "refuser"),
        new("enum.ReferralAction.RecordNoShow", "marked as missed", "noter l'absence"),
        new("enum.ReferralAction.Cancel", "cancelled", "annuler"),

        // Group programmes.
        new("group.not-allowed-in-state", "A group that is {state} does not allow this: {action}.", "Un groupe à l'état « {state} » ne permet pas l'action « {action} »."),
        new("group.full", "The group is full: {capacity} places, all taken.", "Le groupe est complet : les {capacity} places sont prises."),
        new("group.already-enrolled", "This participant is already enrolled in the group.", "Cette personne est déjà inscrite dans le groupe."),
        new("group.not-enrolled", "This participant is not enrolled in the group.", "Cette personne n'est pas inscrite dans le groupe."),
        new("group.minimum-not-reached", "{enrolled} participants enrolled; the group needs at least {minimum}.", "{enrolled} personnes inscrites ; le groupe en demande au moins {minimum}."),
        new("group.start-not-yet-due", "The group starts on {start}; it cannot start before.", "Le groupe commence le {start} ; il ne peut pas démarrer avant."),
        new("enum.GroupProgrammeState.Planned", "planned", "prévu"),
        new("enum.GroupProgrammeState.Enrolling", "open to enrolment", "ouvert aux inscriptions"),
        new("enum.GroupProgrammeState.Confirmed", "confirmed", "confirmé"),
        new("enum.GroupProgrammeState.Running", "running", "en cours"),
        new("enum.GroupProgrammeState.Completed", "completed", "terminé"),
        new("enum.GroupProgrammeState.Cancelled", "cancelled", "annulé"),
        new("enum.GroupProgrammeAction.OpenEnrolment", "open enrolment", "ouvrir les inscriptions"),
        new("enum.GroupProgrammeAction.Enrol", "enrol a participant", "inscrire une personne"),
        new("enum.GroupProgrammeAction.Withdraw", "withdraw a participant", "désinscrire une personne"),
        new("enum.GroupProgrammeAction.Confirm", "confirm", "confirmer"),
        new("enum.GroupProgrammeAction.Start", "start", "démarrer"),
        new("enum.GroupProgrammeAction.Complete", "complete", "terminer"),
        new("enum.GroupProgrammeAction.Cancel", "cancel", "annuler"),
        new("enum.GroupProgrammeAction.RecordAttendance", "record attendance", "noter la participation"),
        new("enum.GroupCancellationReason.NotEnoughParticipants", "not enough participants", "pas assez de participants"),
        new("enum.GroupCancellationReason.PlaceUnavailable", "place unavailable", "salle indisponible"),
        new("enum.GroupCancellationReason.FacilitatorUnavailable", "facilitator unavailable", "animateur indisponible"),
        new("enum.GroupCancellationReason.Other", "another reason", "autre raison"),
        new("enum.Attendance.Completed", "took part to the end", "a suivi jusqu'au bout"),
        new("enum.Attendance.DroppedOut", "dropped out", "a abandonné en cours"),
        new("enum.Attendance.NeverCame", "never came", "n'est jamais venu"),

        // Shared pathway.
        new("enum.PathwayNodeKind.KeyQuestion", "key question", "question clé"),
        new("enum.PathwayNodeKind.Step", "step", "étape"),
        new("enum.PathwayNodeKind.Decision", "decision", "décision"),
        new("enum.PathwayNodeKind.Option", "option", "option"),
        new("enum.PathwayNodeStatus.Open", "to do", "à faire"),
        new("enum.PathwayNodeStatus.InProgress", "in progress", "en cours"),
        new("enum.PathwayNodeStatus.Waiting", "waiting for an answer", "en attente de réponse"),
        new("enum.PathwayNodeStatus.Done", "done", "fait"),
        new("enum.PathwayNodeStatus.Abandoned", "dropped", "abandonné"),
    ];
}
