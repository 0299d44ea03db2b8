namespace Counselling.Core.Resources;

/// <summary>
/// Messages of the flexible path and of co-construction: one-off advice, a follow-up that turns back into active help,
/// the referral to a specialist after sessions without progress, the client's agreement and aspirations.
/// </summary>
/// <remarks>French here is the common base (<i>entretien</i>, <i>accompagnement</i>); <see cref="Regional"/> gives fr-CA's words.</remarks>
internal static class PathMessages
{
    private const string Quebec = "fr-CA";

    public static readonly MessageTemplate[] All =
    [
        new("closure.one-off-without-outcome", "A closure as one-off advice needs an interview held that ended with something concrete: a proposal, a referral, a decision…", "Pour clôturer sur un conseil ponctuel, il faut un entretien tenu qui s'est conclu par du concret : une proposition, une orientation, une décision…"),
        new("closure.one-off-after-plan", "One-off advice closes an intervention before its action plan starts; at the stage “{state}”, choose the reason that says how the plan ended.", "Le conseil ponctuel clôture un accompagnement avant la mise en œuvre du plan d'action ; à l'étape « {state} », choisissez le motif qui dit comment le plan s'est terminé."),
        new("agreement.not-by-client", "Only the client can give this agreement; the counsellor may record it on the client's behalf.", "Seule la personne accompagnée peut donner cet accord ; la personne conseillère peut l'enregistrer en son nom."),
        new("aspiration.other-client", "This aspiration is not the intervention's client's own.", "Cette aspiration n'est pas celle de la personne accompagnée."),
        new("specialist.not-recommended", "No referral to a specialist is recommended now: it is recommended after {threshold, plural, one {# interview} other {# interviews in a row}} without progress or without a concrete outcome (now {count}), until the referral is made.", "Aucune orientation vers un ou une spécialiste n'est recommandée pour l'instant : elle l'est après {threshold, plural, one {# entretien} other {# entretiens d'affilée}} sans progrès ou sans résultat concret (actuellement {count}), jusqu'à ce que l'orientation soit faite."),
        new("specialist.referral-recommended", "{count, plural, one {# interview} other {# interviews in a row}} without progress or without a concrete outcome: consider referring the client to a psychologist or another specialist.", "{count, plural, one {# entretien} other {# entretiens d'affilée}} sans progrès ou sans résultat concret : envisagez d'orienter la personne vers un ou une psychologue, ou vers un ou une autre spécialiste."),
        new("enum.ClosureReason.OneOffAdvice", "one-off advice", "conseil ponctuel"),
        new("enum.InterventionAction.ResumeActiveHelp", "resume active help", "reprendre l'accompagnement"),
        new("enum.InterventionAction.ReferToSpecialist", "refer to a specialist", "orienter vers un ou une spécialiste"),
        new("enum.InterventionAction.RecordAspiration", "record an aspiration", "noter une aspiration"),
        new("event.ActiveHelpResumed", "Active help resumed after the follow-up", "Reprise de l'accompagnement après le suivi"),
        new("event.SpecialistReferralMade", "Referred to a specialist", "Orientation vers un ou une spécialiste"),
        new("evaluation.actions.one-off-advice", "One-off advice: no work between interviews was expected.", "Conseil ponctuel : aucun travail entre deux entretiens n'était attendu."),
        new("evaluation.objective.one-off-advice", "One-off advice: the request was answered without objectives to reach.", "Conseil ponctuel : la demande a trouvé sa réponse sans objectif à atteindre."),
        new("event.AspirationRecorded", "Aspiration expressed by the client", "Aspiration exprimée par la personne"),
    ];

    public static readonly RegionalTemplate[] Regional =
    [
        new(Quebec, "closure.one-off-without-outcome", "Pour fermer le dossier sur un conseil ponctuel, il faut une rencontre tenue qui s'est conclue par du concret : une proposition, une orientation, une décision…"),
        new(Quebec, "closure.one-off-after-plan", "Le conseil ponctuel ferme une intervention avant la mise en œuvre du plan d'action ; à l'étape « {state} », choisissez le motif qui dit comment le plan s'est terminé."),
        new(Quebec, "specialist.not-recommended", "Aucune orientation vers un ou une spécialiste n'est recommandée pour l'instant : elle l'est après {threshold, plural, one {# rencontre} other {# rencontres d'affilée}} sans progrès ou sans résultat concret (actuellement {count}), jusqu'à ce que l'orientation soit faite."),
        new(Quebec, "specialist.referral-recommended", "{count, plural, one {# rencontre} other {# rencontres d'affilée}} sans progrès ou sans résultat concret : envisagez d'orienter la personne vers un ou une psychologue, ou vers un ou une autre spécialiste."),
        new(Quebec, "evaluation.actions.one-off-advice", "Conseil ponctuel : aucun travail entre deux rencontres n'était attendu."),
        new(Quebec, "enum.InterventionAction.ResumeActiveHelp", "reprendre l'intervention"),
        new(Quebec, "event.ActiveHelpResumed", "Reprise de l'intervention après le suivi"),
    ];
}
