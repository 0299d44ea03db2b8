namespace Counselling.Core.Resources;

/// <summary>
/// Messages of the evaluation of records read from exports: unknown and overdue evidence, undetermined verdicts, and
/// the problems of a case record listed with their field.
/// </summary>
internal static class EvaluationExportMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("enum.CriterionStatus.Overdue", "overdue", "en retard"),
        new("enum.Verdict.Undetermined", "undetermined", "indéterminé"),
        new("evaluation.verdict.undetermined", "Undetermined under the policy \"{policy}\": what is unknown could still make it a success or not (result {result}, process {process}, impact {impact}).", "Indéterminé selon la règle « {policy} » : ce qui reste inconnu pourrait en faire une réussite ou non (résultat {result}, processus {process}, impact {impact})."),
        new("evaluation.verdict.undetermined-score", "Undetermined: weighted score {score} %, threshold {threshold} %; unknown criteria could still reach it or not.", "Indéterminé : score pondéré de {score} %, seuil de {threshold} % ; des critères inconnus pourraient encore l'atteindre ou non."),
        new("evaluation.verdict.overdue", "Evidence awaited since {date} is overdue: follow it up or record it.", "Des éléments attendus depuis le {date} sont en retard : à relancer ou à enregistrer."),
        new("evaluation.criterion.overdue", "The answer expected by {due} has not come: overdue.", "La réponse attendue pour le {due} n'est pas arrivée : en retard."),
        new("evaluation.criterion.not-recorded", "The source does not record this evidence for the case: unknown, not counted as not met.", "La source ne renseigne pas ces éléments pour ce dossier : inconnu, et non compté comme non atteint."),
        new("evaluation.criterion.sessions-count-only", "Interviews held: {count}, known only as a number: unknown, not counted as not met.", "Nombre d'entretiens tenus : {count}, sans le détail de chacun : inconnu, et non compté comme non atteint."),
        new("case-record.closed-before-opening", "{field}: an intervention cannot close before it opened.", "{field} : un accompagnement ne peut pas être clôturé avant d'avoir commencé."),
        new("case-record.default-fact", "{field}: the fact is empty; build it with its constructor.", "{field} : l'élément est vide ; créez-le avec son constructeur."),
        new("case-record.known-before-opening", "{field}: a fact cannot be known before the intervention opened.", "{field} : un élément ne peut pas être connu avant le début de l'accompagnement."),
        new("case-record.unknown-session", "{field}: refers to an interview the record does not hold.", "{field} : renvoie à un entretien absent du dossier."),
        new("case-record.unknown-objective", "{field}: refers to an objective the record does not hold.", "{field} : renvoie à un objectif absent du dossier."),
        new("case-record.follow-up-while-open", "{field}: a follow-up needs a closed intervention; this one is still open.", "{field} : un suivi suppose un accompagnement clôturé ; celui-ci est toujours en cours."),
        new("case-record.follow-up-before-closure", "{field}: the follow-up is recorded before the intervention closed.", "{field} : le suivi est daté d'avant la clôture de l'accompagnement."),
        new("case-record.session-backwards", "{field}: an interview held stays held, and one missed or cancelled never becomes planned again.", "{field} : un entretien tenu le reste, et un entretien manqué ou annulé ne redevient jamais prévu."),
        new("case-record.action-backwards", "{field}: a reviewed action cannot become merely agreed again.", "{field} : une action déjà examinée ne peut pas redevenir simplement convenue."),
        new("case-record.option-backwards", "{field}: a resolved option cannot open again.", "{field} : une option tranchée ne peut pas être rouverte."),
        new("case-record.off-scale", "{field}: a level of the {scale} scale lies between {minimum} and {maximum}.", "{field} : un niveau de l'échelle « {scale} » est compris entre {minimum} et {maximum}."),
        new("case-record.scale-empty", "{field}: the top of the {scale} scale must be greater than its bottom.", "{field} : le haut de l'échelle « {scale} » doit dépasser son bas."),
    ];

    /// <summary>Québec's words: <i>rencontre</i> (feminine), <i>intervention</i>, <i>fermeture du dossier</i>.</summary>
    public static readonly RegionalTemplate[] Regional =
    [
        new("fr-CA", "evaluation.criterion.sessions-count-only", "Nombre de rencontres tenues : {count}, sans le détail de chacune : inconnu, et non compté comme non atteint."),
        new("fr-CA", "case-record.closed-before-opening", "{field} : le dossier d'une intervention ne peut pas être fermé avant son ouverture."),
        new("fr-CA", "case-record.known-before-opening", "{field} : un élément ne peut pas être connu avant le début de l'intervention."),
        new("fr-CA", "case-record.unknown-session", "{field} : renvoie à une rencontre absente du dossier."),
        new("fr-CA", "case-record.follow-up-while-open", "{field} : un suivi suppose un dossier fermé ; celui-ci est toujours ouvert."),
        new("fr-CA", "case-record.follow-up-before-closure", "{field} : le suivi est daté d'avant la fermeture du dossier."),
        new("fr-CA", "case-record.session-backwards", "{field} : une rencontre tenue le reste, et une rencontre manquée ou annulée ne redevient jamais prévue."),
    ];
}
