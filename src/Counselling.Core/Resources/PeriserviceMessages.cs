namespace Counselling.Core.Resources;

/// <summary>Messages of the periservice capability: touchpoint contents, their kinds, channels and statuses, and its refusals.</summary>
internal static class PeriserviceMessages
{
    public static readonly MessageTemplate[] All =
    [
        // Contents, by content key; the host adds the place, the directions and the link from its own data.
        new("periservice.content.group-expected", "You are expected in the group that starts on {start}.", "Nous vous attendons dans le groupe qui commence le {start}."),
        new("periservice.content.group-start-details", "The group starts on {start}; the place and the time are below.", "Le groupe commence le {start} ; vous trouverez ci-dessous le lieu et l'heure."),
        new("periservice.content.group-starts-tomorrow", "The group starts tomorrow, {start}; here is how to get there.", "Le groupe commence demain, le {start} ; voici comment vous y rendre."),
        new("periservice.content.session-reminder", "Reminder: your session is on {start}.", "Rappel : votre entretien a lieu le {start}."),
        new("periservice.content.exercise", "A short exercise prepared for you, to do before your next session.", "Un court exercice préparé pour vous, à faire avant votre prochain entretien."),
        new("periservice.content.peer-surprise", "What surprised you at the first meeting? Share it with another member of the group.", "Qu'avez-vous découvert d'étonnant lors de la première séance ? Partagez-le avec une autre personne du groupe."),
        new("periservice.content.satisfaction", "How satisfied are you with the help you received? Would you come back, or recommend us?", "Que pensez-vous de l'accompagnement que vous avez reçu ? Reviendriez-vous vers nous, nous recommanderiez-vous ?"),
        new("periservice.content.follow-up", "{months, plural, one {# month on} other {# months on}}: are you working or training? Does it meet your expectations (contract, hours, pay)?", "{months} mois plus tard : travaillez-vous ou suivez-vous une formation ? Cela répond-il à vos attentes (contrat, horaires, salaire) ?"),

        // Calendar summaries.
        new("periservice.calendar.session", "Session on {start}", "Entretien le {start}"),
        new("periservice.calendar.group-start", "Group starts on {start}", "Démarrage du groupe le {start}"),

        // Refusals.
        new("periservice.unknown-zone", "The time zone {zone} is unknown.", "Le fuseau horaire {zone} est inconnu."),
        new("periservice.policy-empty", "A periservice policy needs at least one rule.", "Une politique de périservice comporte au moins une règle."),
        new("periservice.policy-duplicate-rule", "Two rules of the policy share the key {rule}.", "Deux règles de la politique portent la même clé {rule}."),
        new("periservice.before-offset-not-before-anchor", "A touchpoint before its anchor must come at least one day, week or month before it; {amount} would put it on or after the anchor.", "Un contact prévu avant son point d'ancrage doit le précéder d'au moins un jour, une semaine ou un mois ; {amount} le placerait au même moment ou après."),
        new("periservice.after-offset-before-anchor", "A touchpoint after its anchor cannot be placed {amount, plural, one {# unit} other {# units}} from it: that is before the anchor.", "Un contact prévu après son point d'ancrage ne peut pas en être décalé de {amount, plural, one {# unité} other {# unités}} : ce serait avant lui."),
        new("periservice.follow-up-before-closure", "A follow-up answer needs a closed intervention: follow-ups come after closure.", "Une réponse de suivi suppose un accompagnement clos : le suivi vient après la clôture."),
        new("periservice.touchpoint-unknown", "This touchpoint is not in the outbox.", "Ce contact ne figure pas dans la file d'envoi."),
        new("periservice.touchpoint-cancelled", "This touchpoint was cancelled when the schedule changed.", "Ce contact a été annulé lors d'un changement de calendrier."),
        new("periservice.touchpoint-not-pending", "This touchpoint is no longer to send (status: {status}).", "Ce contact n'est plus à envoyer (état : {status})."),
        new("periservice.touchpoint-already-answered", "This touchpoint has already been answered.", "Ce contact a déjà reçu une réponse."),
        new("periservice.touchpoint-of-another-intervention", "This touchpoint belongs to another intervention.", "Ce contact relève d'un autre accompagnement."),
        new("periservice.response-does-not-fit", "This answer fits a touchpoint of kind {expected}, not {kind}.", "Cette réponse correspond à un contact de type {expected}, pas {kind}."),

        // Enumerations.
        new("enum.TouchpointKind.GroupExpected", "you are expected", "place réservée dans le groupe"),
        new("enum.TouchpointKind.GroupStartDetails", "start details", "modalités du démarrage"),
        new("enum.TouchpointKind.GroupStartsTomorrow", "starts tomorrow", "démarrage demain"),
        new("enum.TouchpointKind.SessionReminder", "session reminder", "rappel d'entretien"),
        new("enum.TouchpointKind.Exercise", "exercise", "exercice"),
        new("enum.TouchpointKind.PeerSurprise", "small surprise to share", "petite surprise à partager"),
        new("enum.TouchpointKind.Satisfaction", "satisfaction survey", "enquête de satisfaction"),
        new("enum.TouchpointKind.FollowUp", "follow-up", "suivi"),
        new("enum.TouchpointKind.Other", "other", "autre"),
        new("enum.TouchpointChannel.Email", "email", "e-mail"),
        new("enum.TouchpointChannel.Sms", "SMS", "SMS"),
        new("enum.TouchpointChannel.Phone", "phone call", "appel téléphonique"),
        new("enum.TouchpointChannel.Letter", "letter", "courrier"),
        new("enum.TouchpointStatus.Scheduled", "scheduled", "prévu"),
        new("enum.TouchpointStatus.Sent", "sent", "envoyé"),
        new("enum.TouchpointStatus.RetryDue", "to try again", "à renvoyer"),
        new("enum.TouchpointStatus.GaveUp", "given up", "abandonné"),
        new("enum.TouchpointStatus.Answered", "answered", "réponse reçue"),
        new("enum.TouchpointStatus.Cancelled", "cancelled", "annulé"),
        new("enum.TouchpointAnchor.GroupStart", "group start", "démarrage du groupe"),
        new("enum.TouchpointAnchor.EachSession", "each session", "chaque entretien"),
        new("enum.TouchpointAnchor.FirstSession", "first session", "premier entretien"),
        new("enum.TouchpointAnchor.Closure", "closure", "clôture"),
        new("enum.TouchpointPosition.Before", "before", "avant"),
        new("enum.TouchpointPosition.After", "after", "après"),
        new("enum.OffsetUnit.Days", "days", "jours"),
        new("enum.OffsetUnit.Weeks", "weeks", "semaines"),
        new("enum.OffsetUnit.Months", "months", "mois"),
    ];
}
