namespace Counselling.Core.Resources;

/// <summary>
/// French as Québec counsellors write it (<c>fr-CA</c>), over the common French base: <i>rencontre</i> (feminine)
/// for an interview, <i>intervention</i> for the accompaniment, <i>obstacle</i> for a barrier, <i>emploi permanent</i>,
/// <i>travail autonome</i>. Only what differs from the base is here; everything else falls back to <c>fr</c>.
/// </summary>
internal static class QuebecMessages
{
    private const string Culture = "fr-CA";

    public static readonly RegionalTemplate[] All =
    [
        // Interviews are "rencontres": feminine, so statuses and participles agree in the feminine.
        new(Culture, "enum.SessionStatus.Planned", "prévue"),
        new(Culture, "enum.SessionStatus.Held", "tenue"),
        new(Culture, "enum.SessionStatus.Missed", "manquée"),
        new(Culture, "enum.SessionStatus.Cancelled", "annulée"),
        new(Culture, "enum.InterventionAction.PlanSession", "prévoir une rencontre"),
        new(Culture, "enum.InterventionAction.RecordSession", "consigner une rencontre"),
        new(Culture, "enum.InterventionAction.MarkSessionMissed", "noter une rencontre manquée"),
        new(Culture, "enum.InterventionAction.CancelSession", "annuler une rencontre"),
        new(Culture, "enum.InterventionAction.IdentifyBarrier", "cerner un obstacle"),
        new(Culture, "enum.InterventionAction.ChangeBarrierStatus", "mettre à jour un obstacle"),
        new(Culture, "enum.InterventionAction.Close", "fermer le dossier"),
        new(Culture, "enum.InterventionState.Closed", "dossier fermé"),
        new(Culture, "enum.BarrierStatus.Identified", "cerné"),
        new(Culture, "enum.ActorKind.Partner", "organisme partenaire"),
        new(Culture, "enum.ContractKind.Permanent", "emploi permanent"),
        new(Culture, "enum.ContractKind.Temporary", "emploi temporaire ou occasionnel"),
        new(Culture, "enum.ContractKind.SelfEmployed", "travail autonome"),
        new(Culture, "enum.SituationKind.SelfEmployed", "en travail autonome"),

        // The lifecycle.
        new(Culture, "lifecycle.not-allowed-in-state", "« {action} » n'est pas possible tant que l'intervention est à l'étape « {state} »."),
        new(Culture, "return.earlier-still-open", "L'intervention précédente est encore ouverte (étape « {state} ») : fermez-la avant d'en ouvrir une nouvelle pour le retour de la personne."),
        new(Culture, "intake.no-session-held", "L'accueil ne peut être terminé qu'après une rencontre d'accueil tenue."),
        new(Culture, "diagnosis.session-not-held", "Le diagnostic se partage avec la personne lors d'une rencontre tenue ; consignez d'abord cette rencontre."),
        new(Culture, "followup.sessions-still-planned", "{count, plural, one {# rencontre est encore prévue : consignez-la, notez l'absence ou annulez-la} other {# rencontres sont encore prévues : consignez-les, notez les absences ou annulez-les}} avant de passer au suivi."),
        new(Culture, "closure.success-before-active", "Le dossier ne peut pas être fermé pour le motif « {reason} » à l'étape « {state} » : ce motif suppose que le plan d'action ait été mis en œuvre."),
        new(Culture, "closure.autonomy-not-assessed", "Avant de fermer le dossier pour le motif « {reason} », évaluez l'autonomie de la personne à la fermeture : l'évaluation la compare à celle de l'accueil."),
        new(Culture, "session.already-exists", "Cette rencontre figure déjà dans l'intervention."),
        new(Culture, "session.planned-in-past", "Une rencontre ne peut pas être prévue le {start} : ce moment est déjà passé."),
        new(Culture, "session.held-before-opening", "Une rencontre ne peut pas être consignée avant l'ouverture de l'intervention."),
        new(Culture, "session.held-in-future", "Une rencontre ne peut pas être consignée comme tenue à un moment encore à venir."),
        new(Culture, "session.not-recordable", "Cette rencontre ne peut pas être consignée comme tenue : elle est « {status} »."),
        new(Culture, "session.no-concrete-outcome", "Chaque rencontre se conclut par du concret : ajoutez une proposition, une réalisation, une orientation ou une action convenue."),
        new(Culture, "session.not-planned", "Seule une rencontre prévue peut être annulée ou notée comme manquée ; celle-ci est « {status} »."),
        new(Culture, "session.unknown", "Cette rencontre ne fait pas partie de l'intervention."),
        new(Culture, "session.not-yet-due", "La rencontre prévue le {start} n'a pas encore commencé : elle ne peut pas être notée comme manquée."),
        new(Culture, "evidence.known-at-out-of-range", "Ce fait ne peut pas être connu avant l'ouverture de l'intervention."),
        new(Culture, "evidence.unknown-session", "Ce fait renvoie à une rencontre qui n'a pas été tenue dans l'intervention."),
        new(Culture, "evidence.unknown-objective", "Cette valeur mesure un objectif que la personne n'a pas accepté dans l'intervention."),

        // Objectives, obstacles, the action plan.
        new(Culture, "objective.already-exists", "Cet objectif figure déjà dans l'intervention."),
        new(Culture, "objective.unknown", "Cet objectif ne fait pas partie de l'intervention."),
        new(Culture, "objective.unknown-barrier", "L'objectif cite un obstacle qui n'a pas été cerné dans l'intervention."),
        new(Culture, "plan.session-not-held", "Il faut pour cela une rencontre tenue dans le cadre de l'intervention ; consignez d'abord la rencontre."),
        new(Culture, "benefit.already-exists", "Ce bénéfice attendu figure déjà dans l'intervention."),
        new(Culture, "benefit.unknown-objective", "Le bénéfice attendu est lié à un objectif qui ne fait pas partie de l'intervention."),
        new(Culture, "barrier.already-exists", "Cet obstacle figure déjà dans l'intervention."),
        new(Culture, "barrier.unknown", "Cet obstacle ne fait pas partie de l'intervention."),
        new(Culture, "barrier.unknown-benefit", "L'obstacle est lié à un bénéfice attendu qui ne fait pas partie de l'intervention."),
        new(Culture, "barrier.status-unchanged", "L'obstacle est déjà « {status} »."),
        new(Culture, "action.unknown-objective", "L'action sert un objectif qui ne fait pas partie de l'intervention."),
        new(Culture, "action.review-not-after-agreement", "Le point sur une action se fait lors d'une rencontre tenue après celle où elle a été convenue."),

        // Evaluation.
        new(Culture, "evaluation.criterion.sessions-held-as-planned", "Rencontres tenues comme prévu"),
        new(Culture, "evaluation.criterion.sessions-with-outcome", "Chaque rencontre s'est conclue par du concret"),
        new(Culture, "evaluation.criterion.actions-done", "Actions prévues entre deux rencontres réalisées"),
        new(Culture, "evaluation.decision.at-session", "La rencontre {session} du {known} s'est conclue par une décision."),
        new(Culture, "evaluation.decision.none-at-closure", "L'intervention s'est terminée le {closed} sans décision."),
        new(Culture, "evaluation.decision.not-yet", "Pas encore de décision ; la fin de l'intervention est prévue le {due}."),
        new(Culture, "evaluation.decision.not-yet-undated", "Pas encore de décision ; l'intervention est toujours en cours."),
        new(Culture, "evaluation.entered.awaited-undated", "Ni emploi ni formation pour l'instant ; l'intervention est toujours en cours."),
        new(Culture, "evaluation.decent-job.awaited-undated", "L'emploi sera examiné au suivi après la fermeture du dossier ; l'intervention est toujours en cours."),
        new(Culture, "evaluation.held.awaited-undated", "Le suivi ultérieur vient après la fermeture du dossier ; l'intervention est toujours en cours."),
        new(Culture, "evaluation.sessions.held-count", "{held, plural, =0 {Aucune rencontre tenue} one {# rencontre tenue} other {# rencontres tenues}} sur {planned, plural, one {# prévue} other {# prévues}}."),
        new(Culture, "evaluation.sessions.missed", "La rencontre {session} prévue le {on} a été manquée."),
        new(Culture, "evaluation.sessions.cancelled", "La rencontre {session} prévue le {on} a été annulée."),
        new(Culture, "evaluation.sessions.none-yet", "Aucune rencontre prévue n'a encore eu lieu."),
        new(Culture, "evaluation.sessions.none-planned", "Aucune rencontre n'a été prévue."),
        new(Culture, "evaluation.outcomes.count", "Rencontres conclues par du concret : {count} sur {held}."),
        new(Culture, "evaluation.outcomes.missing", "La rencontre {session} du {on} s'est terminée sans rien de concret."),
        new(Culture, "evaluation.outcomes.none-yet", "Aucune rencontre n'a encore eu lieu."),
        new(Culture, "evaluation.outcomes.no-session", "Aucune rencontre n'a eu lieu."),
        new(Culture, "evaluation.satisfaction.awaited-undated", "Pas encore d'avis de satisfaction ; l'intervention est toujours en cours."),
        new(Culture, "evaluation.come-back.awaited-undated", "Pas encore demandé si la personne reviendrait ou recommanderait le service ; l'intervention est toujours en cours."),
        new(Culture, "evaluation.autonomy.awaiting-closure-undated", "L'autonomie sera réévaluée à la fermeture du dossier ; l'intervention est toujours en cours."),

        // History and argument errors.
        new(Culture, "event.InterventionOpened", "Ouverture de l'intervention"),
        new(Culture, "event.InterventionClosed", "Fermeture du dossier"),
        new(Culture, "event.SessionPlanned", "Rencontre prévue"),
        new(Culture, "event.SessionRecorded", "Rencontre consignée"),
        new(Culture, "event.SessionMissed", "Rencontre manquée"),
        new(Culture, "event.SessionCancelled", "Rencontre annulée"),
        new(Culture, "event.BarrierIdentified", "Obstacle cerné"),
        new(Culture, "event.BarrierStatusChanged", "Obstacle mis à jour"),
        new(
            Culture,
            "argument.default-id",
            "{kind, select, ObjectiveId {L'objectif} SessionId {La rencontre} PlanActionId {L'action} BarrierId {L'obstacle} BenefitId {Le bénéfice attendu} ClientId {La personne accompagnée} CounsellorId {La personne conseillère} PartnerId {L'organisme partenaire} InterventionId {L'intervention} other {Un élément}} n'est pas {kind, select, SessionId {identifiée} PlanActionId {identifiée} ClientId {identifiée} CounsellorId {identifiée} InterventionId {identifiée} other {identifié}} : le formulaire a envoyé une référence vide. Rechargez la page et recommencez."),

        // Nothing to act on yet.
        new(Culture, "session.none-planned", "Aucune rencontre n'est prévue."),
        new(Culture, "session.none-due", "Aucune rencontre prévue n'a encore commencé."),
        new(Culture, "session.none-held", "Aucune rencontre n'a encore eu lieu ; consignez-en d'abord une."),
        new(Culture, "barrier.none", "Aucun obstacle n'a encore été cerné."),
    ];
}
