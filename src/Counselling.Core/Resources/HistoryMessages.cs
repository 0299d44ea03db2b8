namespace Counselling.Core.Resources;

/// <summary>
/// Names of the history's entries, one per event type (<c>event.TypeName</c>), for the pathway a counsellor and a
/// client read together: <c>MessageCatalog.DescribeEvent</c> writes them, never the type's English name.
/// </summary>
internal static class HistoryMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("event.InterventionOpened", "Intervention opened", "Ouverture de l'accompagnement"),
        new("event.IntakeStarted", "Intake started", "Début de l'accueil"),
        new("event.IntakeCompleted", "Intake completed", "Fin de l'accueil"),
        new("event.DiagnosisShared", "Diagnosis shared with the client", "Diagnostic partagé avec la personne"),
        new("event.InterventionActivated", "Action plan under way", "Mise en œuvre du plan d'action"),
        new("event.InterventionPutOnHold", "Put on hold", "Mise en attente"),
        new("event.InterventionResumed", "Resumed", "Reprise"),
        new("event.FollowUpStarted", "Follow-up started", "Début du suivi"),
        new("event.InterventionClosed", "Intervention closed", "Clôture de l'accompagnement"),
        new("event.SessionPlanned", "Interview planned", "Entretien prévu"),
        new("event.SessionRecorded", "Interview recorded", "Entretien enregistré"),
        new("event.SessionMissed", "Interview missed", "Entretien non honoré"),
        new("event.SessionCancelled", "Interview cancelled", "Entretien annulé"),
        new("event.ObjectiveProposed", "Objective proposed", "Objectif proposé"),
        new("event.ObjectiveRevised", "Objective revised", "Objectif retravaillé"),
        new("event.ObjectiveAgreed", "Objective agreed by the client", "Objectif accepté par la personne"),
        new("event.DesiredBenefitAdded", "Desired benefit added", "Bénéfice attendu ajouté"),
        new("event.BarrierIdentified", "Barrier identified", "Frein repéré"),
        new("event.BarrierStatusChanged", "Barrier updated", "Frein mis à jour"),
        new("event.PlanActionAgreed", "Action agreed", "Action convenue"),
        new("event.PlanActionStatusRecorded", "Action updated", "Action mise à jour"),
        new("event.PlanActionReviewed", "Action reviewed", "Point fait sur une action"),
        new("event.EvidenceRecorded", "Evaluation evidence recorded", "Élément d'évaluation consigné"),
        new("event.InitialQuestionRecorded", "Initial question recorded", "Demande de départ notée"),
        new("event.CounsellorObjectiveSet", "Counsellor's objective for the intervention set", "Objectif de l'accompagnement fixé par la personne conseillère"),
        new("event.JudgementRecorded", "Judgement on the intervention recorded", "Avis sur l'accompagnement noté"),
        new("event.ContributionRecorded", "Contribution of a third party recorded", "Contribution d'un tiers notée"),
        new("event.CourseOutcomeRecorded", "Outcome of a course recorded", "Issue d'une formation notée"),
        new("event.IndicatorMeasured", "Indicator measured", "Indicateur relevé"),
        new("event.AutonomyAssessed", "Autonomy assessed", "Autonomie évaluée"),
        new("event.DecisionRecorded", "Decision recorded", "Décision notée"),
        new("event.OptionRecorded", "Option recorded (plan A, plan B)", "Option notée (plan A, plan B)"),
        new("event.SatisfactionRecorded", "Satisfaction recorded", "Avis de satisfaction noté"),
        new("event.SituationRecorded", "Situation recorded", "Situation notée"),
        new("event.SpecialistReferralRecommended", "Referral to a specialist recommended", "Orientation vers un ou une spécialiste recommandée"),
    ];
}
