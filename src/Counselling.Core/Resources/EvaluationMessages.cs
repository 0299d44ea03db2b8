namespace Counselling.Core.Resources;

/// <summary>Messages of the outcome-evaluation engine: criteria, axes, verdicts, rubrics and their evidence.</summary>
internal static class EvaluationMessages
{
    public static readonly MessageTemplate[] All =
    [
        // Criterion names.
        new("evaluation.criterion.objective-reached", "Objectives reached", "Objectifs atteints"),
        new("evaluation.criterion.decision-made", "A decision was made", "Une décision a été prise"),
        new("evaluation.criterion.employment-or-training-entered", "Employment or training entered", "Entrée en emploi ou en formation"),
        new("evaluation.criterion.options-resolved", "Options (plan A, plan B)", "Options (plan A, plan B)"),
        new("evaluation.criterion.decent-job", "Decent job at follow-up", "Emploi décent au suivi"),
        new("evaluation.criterion.outcome-held", "Outcome still held at a later follow-up", "Résultat maintenu à un suivi ultérieur"),
        new("evaluation.criterion.sessions-held-as-planned", "Interviews held as planned", "Entretiens tenus comme prévu"),
        new("evaluation.criterion.sessions-with-outcome", "Every interview ended with something concrete", "Chaque entretien s'est conclu par du concret"),
        new("evaluation.criterion.actions-done", "Actions between interviews done", "Actions prévues entre deux entretiens réalisées"),
        new("evaluation.criterion.satisfaction", "Client satisfied", "Personne satisfaite"),
        new("evaluation.criterion.would-come-back-or-recommend", "Would come back or recommend", "Reviendrait ou recommanderait"),
        new("evaluation.criterion.autonomy-increased", "Autonomy increased", "Autonomie accrue"),

        // Enumerations.
        new("enum.EvaluationAxis.Result", "result", "résultat"),
        new("enum.EvaluationAxis.Process", "process", "processus"),
        new("enum.EvaluationAxis.Impact", "impact", "impact"),
        new("enum.CriterionStatus.NoEvidence", "no evidence", "aucune donnée"),
        new("enum.CriterionStatus.NotApplicable", "not applicable", "sans objet"),
        new("enum.CriterionStatus.Pending", "pending", "en attente"),
        new("enum.CriterionStatus.NotMet", "not met", "non atteint"),
        new("enum.CriterionStatus.PartlyMet", "partly met", "partiellement atteint"),
        new("enum.CriterionStatus.Met", "met", "atteint"),
        new("enum.Verdict.Success", "success", "réussite"),
        new("enum.Verdict.Pending", "pending", "en attente"),
        new("enum.Verdict.NotSuccessful", "not successful", "non concluant"),
        new("enum.VerdictPolicy.AllAxesMet", "result, process and impact all met", "résultat, processus et impact tous atteints"),
        new("enum.VerdictPolicy.WeightedScoreAtLeast", "weighted score at least the threshold", "score pondéré au moins égal au seuil"),
        new("enum.OptionStatus.Pending", "pending", "en attente"),
        new("enum.OptionStatus.Succeeded", "succeeded", "aboutie"),
        new("enum.OptionStatus.Failed", "failed", "non aboutie"),
        new("enum.OptionStatus.Abandoned", "abandoned", "abandonnée"),
        new("enum.SituationKind.Employed", "employed", "en emploi"),
        new("enum.SituationKind.SelfEmployed", "self-employed", "à son compte"),
        new("enum.SituationKind.InTraining", "in training", "en formation"),
        new("enum.SituationKind.JobSeeking", "looking for work", "en recherche d'emploi"),
        new("enum.SituationKind.Inactive", "not working or looking for work", "sans activité"),
        new("enum.SituationKind.Other", "in another situation", "dans une autre situation"),
        new("enum.DecisionKind.Occupation", "an occupation", "un métier"),
        new("enum.DecisionKind.Training", "a training", "une formation"),
        new("enum.DecisionKind.Job", "a job", "un emploi"),
        new("enum.DecisionKind.Plan", "a plan", "un plan"),
        new("enum.DecisionKind.Other", "another matter", "une autre question"),
        new("enum.ContractKind.Permanent", "permanent contract", "contrat à durée indéterminée"),
        new("enum.ContractKind.FixedTermLong", "fixed-term contract of a year or more", "contrat à durée déterminée d'un an ou plus"),
        new("enum.ContractKind.FixedTermShort", "fixed-term contract under a year", "contrat à durée déterminée de moins d'un an"),
        new("enum.ContractKind.Temporary", "temporary or casual work", "intérim ou emploi occasionnel"),
        new("enum.ContractKind.SelfEmployed", "self-employment", "activité indépendante"),
        new("enum.ContractKind.Informal", "no written contract", "sans contrat écrit"),

        // Report layout.
        new("evaluation.report.verdict", "Verdict: {verdict} (rubric “{rubric}”, as of {date}, score {score} %)", "Bilan : {verdict} (grille « {rubric} », au {date}, score de {score} %)"),
        new("evaluation.report.axis", "{axis}: {status} (score {score} %)", "Axe {axis} : {status} (score de {score} %)"),
        new("evaluation.report.criterion", "{criterion}: {status}", "{criterion} : {status}"),
        new("evaluation.comparison.verdict", "Verdict on {from}: {before}; on {to}: {after}.", "Bilan au {from} : {before} ; au {to} : {after}."),
        new("evaluation.comparison.criterion", "{criterion}: {before} → {after}", "{criterion} : {before} → {after}"),

        // Verdicts.
        new("evaluation.verdict.success", "A success under the policy \"{policy}\": result {result}, process {process}, impact {impact}.", "Une réussite selon la règle « {policy} » : résultat {result}, processus {process}, impact {impact}."),
        new("evaluation.verdict.pending", "Not a success yet under the policy \"{policy}\", but pending evidence could make it one: result {result}, process {process}, impact {impact}.", "Pas encore une réussite selon la règle « {policy} », mais des éléments attendus pourraient en faire une : résultat {result}, processus {process}, impact {impact}."),
        new("evaluation.verdict.not-successful", "Not a success under the policy \"{policy}\": result {result}, process {process}, impact {impact}.", "Non concluant selon la règle « {policy} » : résultat {result}, processus {process}, impact {impact}."),
        new("evaluation.verdict.success-score", "A success: weighted score {score} %, threshold {threshold} %.", "Une réussite : score pondéré {score} %, seuil {threshold} %."),
        new("evaluation.verdict.pending-score", "Not a success yet: weighted score {score} %, threshold {threshold} %; pending criteria could still reach it.", "Pas encore une réussite : score pondéré {score} %, seuil {threshold} % ; des critères en attente pourraient encore l'atteindre."),
        new("evaluation.verdict.not-successful-score", "Not a success: weighted score {score} %, below the threshold of {threshold} %.", "Non concluant : score pondéré {score} %, sous le seuil de {threshold} %."),
        new("evaluation.verdict.re-evaluate-after", "Evaluate again after {date}: pending evidence is expected then.", "Réévaluer après le {date} : des éléments en attente sont prévus d'ici là."),

        // Axes.
        new("evaluation.axis.met", "Every criterion of the {axis} axis is met.", "Tous les critères de l'axe {axis} sont atteints."),
        new("evaluation.axis.not-applicable", "No criterion of the {axis} axis applies.", "Aucun critère de l'axe {axis} ne s'applique."),
        new("evaluation.axis.criterion", "{criterion}: {status}.", "{criterion} : {status}."),
        new("evaluation.axis.criterion-pending", "{criterion}: pending, expected by {expected}.", "{criterion} : en attente d'éléments attendus d'ici le {expected}."),

        // Objectives.
        new("evaluation.objective.reached", "Objective {objective} reached its target of {target}: {value} measured on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}.", "L'objectif {objective} a atteint sa cible de {target} : valeur de {value} relevée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}}."),
        new("evaluation.objective.pending", "Objective {objective} has not reached its target of {target} yet; deadline {deadline}.", "L'objectif {objective} n'a pas encore atteint sa cible de {target} ; échéance le {deadline}."),
        new("evaluation.objective.missed", "Objective {objective} did not reach its target of {target} by its deadline, {deadline}.", "L'objectif {objective} n'a pas atteint sa cible de {target} à l'échéance du {deadline}."),
        new("evaluation.objective.none", "No objective was agreed.", "Aucun objectif n'a été convenu."),

        // Decision.
        new("evaluation.decision.made", "The client decided on {kind} (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "La personne a choisi {kind} (choix noté le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.decision.at-session", "The interview {session} on {known} ended with a decision.", "L'entretien {session} du {known} s'est conclu par une décision."),
        new("evaluation.decision.none-at-closure", "The intervention closed on {closed} without a decision.", "L'accompagnement s'est terminé le {closed} sans décision."),
        new("evaluation.decision.not-yet", "No decision yet; the intervention is planned to end by {due}.", "Pas encore de décision ; la fin de l'accompagnement est prévue le {due}."),
        new("evaluation.decision.not-yet-undated", "No decision yet; the intervention is still open.", "Pas encore de décision ; l'accompagnement est toujours en cours."),

        // Employment or training entered.
        new("evaluation.entered.yes", "The client is {activity} (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "La personne est {activity} (situation notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.entered.no", "At the follow-up {months, plural, one {# month} other {# months}} after closure the client is {activity} (recorded on {known}).", "Au suivi, {months} mois après la clôture, la personne est {activity} (situation notée le {known})."),
        new("evaluation.entered.awaited", "Neither job nor course yet; the follow-up is expected by {due}.", "Ni emploi ni formation pour l'instant ; le suivi est prévu d'ici le {due}."),
        new("evaluation.entered.awaited-undated", "Neither job nor course yet; the intervention is still open.", "Ni emploi ni formation pour l'instant ; l'accompagnement est toujours en cours."),
        new("evaluation.entered.overdue", "The follow-up due on {due} was not recorded.", "Le suivi prévu le {due} n'a pas été enregistré."),

        // Options.
        new("evaluation.options.none", "No option (plan A, plan B) was recorded.", "Aucune option (plan A, plan B) n'a été notée."),
        new("evaluation.options.pending", "Option {label} is pending, its answer expected by {expected} (noted on {known}).", "L'option {label} est en attente d'une réponse, prévue d'ici le {expected} (notée le {known})."),
        new("evaluation.options.pending-undated", "Option {label} is pending, with no expected date (noted on {known}).", "L'option {label} est en attente, sans date prévue (notée le {known})."),
        new("evaluation.options.resolved", "Option {label}: {status} (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Option {label} : {status} (notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),

        // Decent job.
        new("evaluation.decent-job.awaited", "The job is assessed at the follow-up, expected by {due}.", "L'emploi sera examiné au suivi, prévu d'ici le {due}."),
        new("evaluation.decent-job.awaited-undated", "The job is assessed at the follow-up after closure; the intervention is still open.", "L'emploi sera examiné au suivi après la clôture ; l'accompagnement est toujours en cours."),
        new("evaluation.decent-job.overdue", "The follow-up due on {due} was not recorded.", "Le suivi prévu le {due} n'a pas été enregistré."),
        new("evaluation.decent-job.not-a-job", "At the follow-up {months, plural, one {# month} other {# months}} after closure the client is {activity}: no job to assess.", "Au suivi, {months} mois après la clôture, la personne est {activity} : pas d'emploi à examiner."),
        new("evaluation.decent-job.no-details", "The job was not described at the follow-up {months, plural, one {# month} other {# months}} after closure ({known}).", "L'emploi n'a pas été décrit au suivi du {known}, {months} mois après la clôture."),
        new("evaluation.decent-job.follow-up", "Job described at the follow-up {months, plural, one {# month} other {# months}} after closure (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Emploi décrit au suivi, {months} mois après la clôture (noté le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.decent-job.contract-stable", "Secure contract: {contract}.", "Contrat durable : {contract}."),
        new("evaluation.decent-job.contract-unstable", "Insecure contract: {contract}.", "Contrat précaire : {contract}."),
        new("evaluation.decent-job.contract-unknown", "Contract unknown.", "Contrat inconnu."),
        new("evaluation.decent-job.hours-ok", "{hours, plural, one {# hour} other {# hours}} a week, within the limit of {limit, plural, one {# hour} other {# hours}}.", "{hours, plural, one {# heure} other {# heures}} par semaine, dans la limite de {limit, plural, one {# heure} other {# heures}}."),
        new("evaluation.decent-job.hours-excessive", "{hours, plural, one {# hour} other {# hours}} a week: excessive, beyond {limit, plural, one {# hour} other {# hours}}.", "{hours, plural, one {# heure} other {# heures}} par semaine : horaires excessifs, au-delà de {limit, plural, one {# heure} other {# heures}}."),
        new("evaluation.decent-job.hours-unknown", "Working time unknown.", "Temps de travail inconnu."),
        new("evaluation.decent-job.earnings-ok", "Monthly earnings of {earnings}, at or above the threshold of {threshold}.", "Revenu mensuel de {earnings}, au moins égal au seuil de {threshold}."),
        new("evaluation.decent-job.earnings-low", "Monthly earnings of {earnings}, below the threshold of {threshold}.", "Revenu mensuel de {earnings}, sous le seuil de {threshold}."),
        new("evaluation.decent-job.earnings-unknown", "Earnings unknown.", "Revenu inconnu."),
        new("evaluation.decent-job.protection-yes", "Social protection: yes.", "Protection sociale : oui."),
        new("evaluation.decent-job.protection-no", "Social protection: no.", "Protection sociale : non."),
        new("evaluation.decent-job.protection-unknown", "Social protection unknown.", "Protection sociale inconnue."),
        new("evaluation.decent-job.expectations-met", "The job meets the person's expectations.", "L'emploi répond aux attentes de la personne."),
        new("evaluation.decent-job.expectations-unmet", "The job does not meet the person's expectations.", "L'emploi ne répond pas aux attentes de la personne."),
        new("evaluation.decent-job.expectations-unknown", "Fit with the person's expectations unknown.", "Adéquation aux attentes de la personne inconnue."),

        // Outcome held.
        new("evaluation.held.nothing-entered", "No job or course was entered, so none can hold.", "Aucun emploi ni formation n'a commencé : rien à maintenir."),
        new("evaluation.held.yes", "Still {activity} at the follow-up {months, plural, one {# month} other {# months}} after closure (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Toujours {activity} au suivi, {months} mois après la clôture (situation notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.held.no", "Now {activity} at the follow-up {months, plural, one {# month} other {# months}} after closure (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Désormais {activity} au suivi, {months} mois après la clôture (situation notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.held.awaited", "The later follow-up is expected by {due}.", "Le suivi ultérieur est prévu d'ici le {due}."),
        new("evaluation.held.awaited-undated", "The later follow-up comes after closure; the intervention is still open.", "Le suivi ultérieur vient après la clôture ; l'accompagnement est toujours en cours."),
        new("evaluation.held.overdue", "The later follow-up due on {due} was not recorded.", "Le suivi ultérieur prévu le {due} n'a pas été enregistré."),

        // Sessions.
        new("evaluation.sessions.held-count", "{held} of {planned, plural, one {# planned interview was} other {# planned interviews were}} held.", "{held, plural, =0 {Aucun entretien tenu} one {# entretien tenu} other {# entretiens tenus}} sur {planned, plural, one {# prévu} other {# prévus}}."),
        new("evaluation.sessions.missed", "The interview {session} planned on {on} was missed.", "L'entretien {session} prévu le {on} n'a pas été honoré."),
        new("evaluation.sessions.cancelled", "The interview {session} planned on {on} was cancelled.", "L'entretien {session} prévu le {on} a été annulé."),
        new("evaluation.sessions.none-yet", "No planned interview has taken place yet.", "Aucun entretien prévu n'a encore eu lieu."),
        new("evaluation.sessions.none-planned", "No interview was planned.", "Aucun entretien n'a été prévu."),
        new("evaluation.outcomes.count", "Interviews that ended with something concrete: {count} of {held}.", "Entretiens conclus par du concret : {count} sur {held}."),
        new("evaluation.outcomes.missing", "The interview {session} on {on} ended with nothing concrete.", "L'entretien {session} du {on} s'est terminé sans rien de concret."),
        new("evaluation.outcomes.none-yet", "No interview has been held yet.", "Aucun entretien n'a encore eu lieu."),
        new("evaluation.outcomes.no-session", "No interview was held.", "Aucun entretien n'a eu lieu."),

        // Actions.
        new("evaluation.actions.count", "Actions done among those reviewed: {done} of {reviewed}.", "Actions réalisées parmi celles qui ont fait l'objet d'un point : {done} sur {reviewed}."),
        new("evaluation.actions.done", "Action {action} done by {owner, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}} (reviewed on {known}).", "Action {action} réalisée par {owner, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}} (point fait le {known})."),
        new("evaluation.actions.not-done", "Action {action} in {owner, select, Counsellor {the counsellor's} Client {the client's} Partner {a partner's} Relative {a relative's} other {the system's}} hands not done (reviewed on {known}).", "Action {action} confiée {owner, select, Counsellor {à la personne conseillère} Client {à la personne accompagnée} Partner {à une structure partenaire} Relative {à une personne de l'entourage} other {au système}} : non réalisée (point fait le {known})."),
        new("evaluation.actions.awaiting-review", "{count, plural, one {# agreed action is} other {# agreed actions are}} waiting to be reviewed, by {due}.", "{count, plural, one {Le point sur # action convenue est à faire} other {Le point sur # actions convenues est à faire}} d'ici le {due}."),
        new("evaluation.actions.awaiting-review-undated", "{count, plural, one {# agreed action is} other {# agreed actions are}} waiting to be reviewed.", "{count, plural, one {Le point sur # action convenue reste à faire} other {Le point sur # actions convenues reste à faire}}."),
        new("evaluation.actions.all-dropped", "{count, plural, one {The only action was} other {All # actions were}} dropped by agreement.", "{count, plural, one {L'action convenue a été abandonnée} other {Les # actions convenues ont été abandonnées}} d'un commun accord."),
        new("evaluation.actions.none", "No action was agreed.", "Aucune action n'a été convenue."),

        // Satisfaction, coming back, recommending.
        new("evaluation.satisfaction.met", "Satisfaction {score} on a scale from {minimum} to {maximum}, at or above {threshold} % (given on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Satisfaction de {score} sur une échelle de {minimum} à {maximum}, au moins {threshold} % (avis donné le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.satisfaction.below", "Satisfaction {score} on a scale from {minimum} to {maximum}, below {threshold} % (given on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Satisfaction de {score} sur une échelle de {minimum} à {maximum}, en dessous de {threshold} % (avis donné le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.satisfaction.awaited", "No satisfaction answer yet; expected by {due}.", "Pas encore d'avis de satisfaction ; prévu d'ici le {due}."),
        new("evaluation.satisfaction.awaited-undated", "No satisfaction answer yet; the intervention is still open.", "Pas encore d'avis de satisfaction ; l'accompagnement est toujours en cours."),
        new("evaluation.satisfaction.overdue", "No satisfaction answer was recorded by {due}.", "Aucun avis de satisfaction n'a été noté à la date prévue du {due}."),
        new("evaluation.come-back.yes", "Would come back if needed (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Reviendrait au besoin (réponse notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.come-back.no", "Would not come back (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Ne reviendrait pas (réponse notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.recommend.yes", "Would recommend the service (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Recommanderait le service (réponse notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.recommend.no", "Would not recommend the service (recorded on {known} by {source, select, Counsellor {the counsellor} Client {the client} Partner {a partner} Relative {a relative} other {the system}}).", "Ne recommanderait pas le service (réponse notée le {known} par {source, select, Counsellor {la personne conseillère} Client {la personne accompagnée} Partner {une structure partenaire} Relative {une personne de l'entourage} other {le système}})."),
        new("evaluation.come-back.awaited", "Not asked yet whether they would come back or recommend; expected by {due}.", "Pas encore demandé si la personne reviendrait ou recommanderait le service ; prévu d'ici le {due}."),
        new("evaluation.come-back.awaited-undated", "Not asked yet whether they would come back or recommend; the intervention is still open.", "Pas encore demandé si la personne reviendrait ou recommanderait le service ; l'accompagnement est toujours en cours."),
        new("evaluation.come-back.overdue", "Whether they would come back or recommend was not recorded by {due}.", "Le retour éventuel ou la recommandation n'ont pas été notés à la date prévue du {due}."),

        // Autonomy.
        new("evaluation.autonomy.increased", "Autonomy rose from {before} to {after} (scale up to {maximum}, assessed on {known}).", "L'autonomie est passée de {before} à {after} (échelle jusqu'à {maximum}, évaluation du {known})."),
        new("evaluation.autonomy.increased-little", "Autonomy rose only a little, from {before} to {after} (scale up to {maximum}, assessed on {known}).", "L'autonomie n'a que peu augmenté, de {before} à {after} (échelle jusqu'à {maximum}, évaluation du {known})."),
        new("evaluation.autonomy.not-increased", "Autonomy did not rise: {before} at intake, {after} at closure (scale up to {maximum}, assessed on {known}).", "L'autonomie n'a pas augmenté : {before} à l'accueil, {after} à la clôture (échelle jusqu'à {maximum}, évaluation du {known})."),
        new("evaluation.autonomy.stayed-top", "Autonomy stayed at the top of the scale: {before} then {after} (up to {maximum}, assessed on {known}).", "L'autonomie est restée au sommet de l'échelle : {before} puis {after} (jusqu'à {maximum}, évaluation du {known})."),
        new("evaluation.autonomy.no-intake", "Autonomy was not assessed at intake.", "L'autonomie n'a pas été évaluée à l'accueil."),
        new("evaluation.autonomy.no-closure-reading", "Autonomy was not assessed at closure.", "L'autonomie n'a pas été évaluée à la clôture."),
        new("evaluation.autonomy.awaiting-closure", "Autonomy is assessed again at closure, planned by {due}.", "L'autonomie sera réévaluée à la clôture, prévue d'ici le {due}."),
        new("evaluation.autonomy.awaiting-closure-undated", "Autonomy is assessed again at closure; the intervention is still open.", "L'autonomie sera réévaluée à la clôture ; l'accompagnement est toujours en cours."),

        // Rubric validation.
        new("evaluation.rubric.name-blank", "A rubric needs a name.", "Une grille doit avoir un nom."),
        new("evaluation.rubric.policy-unknown", "The verdict policy is unknown.", "La règle de décision est inconnue."),
        new("evaluation.rubric.empty", "A rubric needs at least one criterion.", "Une grille doit compter au moins un critère."),
        new("evaluation.rubric.too-many", "A rubric holds at most {maximum, plural, one {# criterion} other {# criteria}}.", "Une grille compte au plus {maximum, plural, one {# critère} other {# critères}}."),
        new("evaluation.rubric.criterion-missing", "Criterion number {index} is missing.", "Le critère numéro {index} est manquant."),
        new("evaluation.rubric.unknown-criterion", "No criterion is called \"{criterion}\".", "Aucun critère ne s'appelle « {criterion} »."),
        new("evaluation.rubric.duplicate-criterion", "The criterion \"{criterion}\" appears twice.", "Le critère « {criterion} » apparaît deux fois."),
        new("evaluation.rubric.weight-out-of-range", "The weight of \"{criterion}\" must be above 0 and at most 1.", "Le poids de « {criterion} » doit être supérieur à 0 et au plus 1."),
        new("evaluation.rubric.weights-sum", "The weights add up to {sum}, not 1.", "La somme des poids est {sum}, et non 1."),
        new("evaluation.rubric.axis-unknown", "The axis of \"{criterion}\" is unknown.", "L'axe de « {criterion} » est inconnu."),
        new("evaluation.rubric.threshold-not-read", "The criterion \"{criterion}\" reads no threshold.", "Le critère « {criterion} » n'utilise pas de seuil."),
        new("evaluation.rubric.threshold-out-of-range", "The threshold of \"{criterion}\" must lie between {minimum} and {maximum}.", "Le seuil de « {criterion} » doit être compris entre {minimum} et {maximum}."),
        new("evaluation.rubric.threshold-whole", "The threshold of \"{criterion}\" is a whole number of months.", "Le seuil de « {criterion} » est un nombre entier de mois."),
        new("evaluation.rubric.threshold-negative", "The threshold of \"{criterion}\" must not be negative.", "Le seuil de « {criterion} » ne doit pas être négatif."),
        new("evaluation.rubric.score-threshold-out-of-range", "The weighted-score policy needs a score threshold between 0 and 1.", "La règle du score pondéré demande un seuil de score entre 0 et 1."),
        new("evaluation.rubric.score-threshold-unused", "A score threshold is read only by the weighted-score policy.", "Un seuil de score ne sert qu'à la règle du score pondéré."),
        new("evaluation.rubric.follow-up-months-out-of-range", "The first follow-up comes between 1 and 60 months after closure.", "Le premier suivi a lieu entre 1 et 60 mois après la clôture."),
    ];
}
