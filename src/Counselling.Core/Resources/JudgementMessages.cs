namespace Counselling.Core.Resources;

/// <summary>Messages of how success is judged: the default policy, points of view, judgements, contributions, decent outcomes and courses.</summary>
internal static class JudgementMessages
{
    public static readonly MessageTemplate[] All =
    [
        // The default policy and criteria that count only in the intervention's favour.
        new("enum.VerdictPolicy.ProcessAndImpactMet", "process and impact met, whatever the result", "processus et impact atteints, quel que soit le résultat"),
        new("evaluation.verdict.result-not-required", "The result is {result}: it is reported, but this policy does not require it; the process and the impact decide.", "Le résultat est {result} : il est rapporté, mais cette règle ne l'exige pas ; le processus et l'impact décident."),
        new("evaluation.criterion.counts-only-in-favour", "It counts only in the intervention's favour: {status}, it is set aside, not held against it.", "Ce critère ne compte qu'en faveur de l'accompagnement : {status}, il est mis de côté, sans être retenu contre lui."),
        new("evaluation.sessions.held-unplanned", "Sessions held without being planned ahead: {count}; no planned session was missed.", "Entretiens tenus sans avoir été prévus à l'avance : {count} ; aucune absence à un entretien prévu."),
        new("evaluation.axis.contributions-not-credited", "Contributions by third parties, shown apart and not credited to the counsellor's planned process: {count}.", "Contributions de tiers, présentées à part et non portées au crédit du processus prévu par la personne conseillère : {count}."),

        // Decent outcome, anchored in the person's expectations; courses.
        new("evaluation.decent-outcome.job", "Situation on {known} (recorded by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}): {activity}.", "Situation au {known} (notée par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}}) : {activity}."),
        new("evaluation.decent-outcome.elements-inform", "The elements of decent work below inform the judgement; the person's expectations decide it.", "Les éléments du travail décent ci-dessous éclairent le jugement ; ce sont les attentes de la personne qui le fondent."),
        new("evaluation.decent-outcome.course", "Course {course}: {status} on {known} (recorded by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Formation {course} : {status} le {known} (information notée par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.decent-outcome.course-no-details", "In training on {known} (recorded by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}), but the course's outcome was not recorded.", "En formation au {known} (situation notée par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}}), mais l'issue de la formation n'a pas été notée."),
        new("evaluation.decent-outcome.course-expectations-met", "The course meets the person's expectations.", "La formation répond aux attentes de la personne."),
        new("evaluation.decent-outcome.course-expectations-unmet", "The course does not meet the person's expectations.", "La formation ne répond pas aux attentes de la personne."),
        new("evaluation.decent-outcome.course-completed", "The course was well completed.", "La formation a été menée à bien."),
        new("evaluation.decent-outcome.course-abandoned", "The course was abandoned.", "La formation a été abandonnée."),
        new("evaluation.decent-outcome.course-under-way", "The course is under way; whether it meets the person's expectations is not known yet.", "La formation est en cours ; on ne sait pas encore si elle répond aux attentes de la personne."),
        new("enum.CourseStatus.Started", "started", "commencée"),
        new("enum.CourseStatus.Completed", "completed", "terminée"),
        new("enum.CourseStatus.Abandoned", "abandoned", "abandonnée"),

        // Points of view.
        new("enum.EvaluationPerspective.CounsellorObjectives", "the counsellor's objectives", "les objectifs de la personne conseillère"),
        new("enum.EvaluationPerspective.CounsellorJudgement", "the counsellor's judgement", "le jugement de la personne conseillère"),
        new("enum.EvaluationPerspective.ClientJudgement", "the client's judgement", "le jugement de la personne accompagnée"),
        new("enum.EvaluationPerspective.JointEvaluation", "the joint evaluation", "l'évaluation conjointe"),
        new("enum.EvaluationPerspective.AllAxesMet", "the strict policy (all three axes met)", "la règle stricte (les trois axes atteints)"),
        new("enum.JudgeKind.Counsellor", "the counsellor", "la personne conseillère"),
        new("enum.JudgeKind.Client", "the client", "la personne accompagnée"),
        new("enum.JudgeKind.Joint", "the counsellor and the client together", "la personne conseillère et la personne accompagnée ensemble"),
        new("enum.JudgementAnswer.Succeeded", "a success", "une réussite"),
        new("enum.JudgementAnswer.NotYetKnown", "too early to tell", "trop tôt pour le dire"),
        new("enum.JudgementAnswer.NotSucceeded", "not a success", "pas une réussite"),
        new("evaluation.report.perspective", "From the point of view of {perspective}: {verdict}", "Selon {perspective} : {verdict}"),
        new("evaluation.report.perspective-not-given", "From the point of view of {perspective}: not given", "Selon {perspective} : non exprimé"),
        new("evaluation.perspective.all-axes", "{verdict}: result {result}, process {process}, impact {impact}.", "Bilan : {verdict} ; résultat {result}, processus {process}, impact {impact}."),
        new("evaluation.perspective.no-judgement", "No judgement recorded for {judge}.", "{judge, select, Joint {Aucun avis commun de la personne conseillère et de la personne accompagnée n'a été noté.} other {Aucun avis de {judge} n'a été noté.}}"),
        new("evaluation.perspective.judgement", "Judged by {judge}: {answer} (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "{judge, select, Joint {Avis commun de la personne conseillère et de la personne accompagnée} other {Avis de {judge}}} : {answer} (noté le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.perspective.judgement-in-session", "Judged by {judge} at session {session}: {answer} (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "{judge, select, Joint {Avis commun de la personne conseillère et de la personne accompagnée} other {Avis de {judge}}} à l'entretien {session} : {answer} (noté le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.perspective.no-objectives", "The counsellor set no objectives of their own for the intervention.", "La personne conseillère ne s'est fixé aucun objectif propre pour cet accompagnement."),
        new("evaluation.perspective.objectives", "The counsellor's objectives met: {met} of {count}.", "Objectifs de la personne conseillère atteints : {met} sur {count}."),
        new("evaluation.perspective.objective", "{criterion}: {status} (objective set on {set}).", "{criterion} : {status} (objectif fixé le {set})."),
        new("evaluation.perspective.objective-unknown", "The objective names the criterion {criterion}, which this rubric does not know.", "L'objectif renvoie au critère {criterion}, que cette grille ne connaît pas."),

        // The question the client came with.
        new("evaluation.criterion.question-answered", "Came with a question, left with an answer", "Venue avec une question, repartie avec une réponse"),
        new("evaluation.question.none", "No initial question was recorded.", "Aucune question de départ n'a été consignée."),
        new("evaluation.question.answered", "The question {question} found its answer: a decision was made.", "La question {question} a trouvé sa réponse : une décision a été prise."),
        new("evaluation.question.unanswered", "The question {question} was left without an answer at closure.", "La question {question} est restée sans réponse à la clôture."),
        new("evaluation.question.open", "The question {question} awaits its answer.", "La question {question} attend sa réponse."),

        // The report's other lines.
        new("evaluation.report.initial-question", "The client came with the question {question} ({known}).", "La personne est venue le {known} avec la question {question}."),
        new("evaluation.report.follows-on", "This intervention follows on intervention {previous}: the client came back.", "Cet accompagnement fait suite à l'accompagnement {previous} : la personne est revenue."),
        new("evaluation.report.contributions", "Help from third parties, not credited to the counsellor's planned process:", "Aide de tiers, non portée au crédit du processus prévu par la personne conseillère :"),
        new("evaluation.contribution.unplanned", "{contributor}: {contribution}, unplanned (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "{contributor} : {contribution} (aide non prévue, notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.contribution.planned", "{contributor}: {contribution}, as planned (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "{contributor} : {contribution} (aide prévue, notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
    ];
}
