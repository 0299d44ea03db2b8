namespace Counselling.Core.Resources;

/// <summary>
/// Messages of SMART objectives, desired benefits, barriers and the action plan. The SMART validator writes its
/// failures through <see cref="Common.MessageCatalog"/> like every other message, host translations included.
/// </summary>
internal static class ObjectivesMessages
{
    public static readonly MessageTemplate[] All =
    [
        // SMART validation, letter by letter.
        new("objective.s.what-missing", "Specific: say what the client will do.", "Spécifique : dites ce que la personne va faire."),
        new("objective.s.by-whom-missing", "Specific: say who will carry out the objective.", "Spécifique : dites qui va réaliser l'objectif."),
        new("objective.m.no-indicator", "Measurable: give an indicator (what is measured, its unit and its target).", "Mesurable : donnez un indicateur (ce qui est mesuré, son unité et sa cible)."),
        new("objective.m.no-measure", "Measurable: say what the indicator measures.", "Mesurable : dites ce que mesure l'indicateur."),
        new("objective.m.no-unit", "Measurable: give the indicator's unit.", "Mesurable : donnez l'unité de l'indicateur."),
        new("objective.m.no-target", "Measurable: give the indicator a target.", "Mesurable : donnez une cible à l'indicateur."),
        new("objective.m.negative-target", "Measurable: the target {target} must not be negative.", "Mesurable : la cible {target} ne doit pas être négative."),
        new("objective.m.negative-baseline", "Measurable: the baseline {baseline} must not be negative.", "Mesurable : le point de départ {baseline} ne doit pas être négatif."),
        new("objective.m.target-not-beyond-baseline", "Measurable: from a baseline of {baseline}, a target of {target} does not go the intended way ({direction}).", "Mesurable : avec un point de départ de {baseline}, une cible de {target} ne va pas dans le sens voulu ({direction})."),
        new("objective.a.no-steps", "Achievable: list at least one step towards the objective.", "Atteignable : indiquez au moins une étape vers l'objectif."),
        new("objective.a.blank-step", "Achievable: step {position} is empty.", "Atteignable : l'étape {position} est vide."),
        new("objective.r.no-realism", "Realistic: say why the objective fits the client's situation.", "Réaliste : dites en quoi l'objectif convient à la situation de la personne."),
        new("objective.r.beyond-programme-limit", "Realistic: the deadline {deadline} falls after the end of the programme on {end}.", "Réaliste : l'échéance du {deadline} tombe après la fin du programme, le {end}."),
        new("objective.t.no-deadline", "Time-bound: give a deadline.", "Temporellement défini : donnez une échéance."),
        new("objective.t.deadline-past", "Time-bound: the deadline {deadline} is already past (today is {today}).", "Temporellement défini : l'échéance du {deadline} est déjà passée (nous sommes le {today})."),
        new("objective.t.deadline-not-after-agreement", "Time-bound: the deadline {deadline} must come after the agreement on {agreed}.", "Temporellement défini : l'échéance du {deadline} doit suivre l'accord du {agreed}."),

        // Rules of the aggregate: objectives, the active phase, benefits, barriers, the action plan.
        new("objective.already-exists", "This objective is already in the intervention.", "Cet objectif figure déjà dans l'accompagnement."),
        new("objective.unknown", "This objective is not part of the intervention.", "Cet objectif ne fait pas partie de l'accompagnement."),
        new("objective.already-agreed", "The client has already agreed to this objective: it is no longer a proposal.", "La personne a déjà accepté cet objectif : ce n'est plus une proposition."),
        new("objective.unknown-barrier", "The objective names a barrier that was not identified in the intervention.", "L'objectif cite un frein qui n'a pas été repéré dans l'accompagnement."),
        new("objective.agreement-not-by-client", "Only the client can agree to an objective, not {kind, select, Counsellor {the counsellor} Partner {a partner} Relative {a relative} System {the system} other {someone else}}; the counsellor may record the client's agreement.", "Seule la personne accompagnée peut accepter un objectif, pas {kind, select, Counsellor {la personne conseillère} Partner {une structure partenaire} Relative {une personne de son entourage} System {le système} other {quelqu'un d'autre}} ; la personne conseillère peut en revanche enregistrer son accord."),
        new("plan.session-not-held", "This needs an interview of the intervention that was held; record the interview first.", "Il faut pour cela un entretien tenu dans le cadre de l'accompagnement ; enregistrez d'abord l'entretien."),
        new("activation.objective-fails-letter", "Objective {number}: {failure}", "Objectif {number} : {failure}"),
        new("activation.objective-without-benefit", "Objective {number} has no desired benefit: ask the client what matters to them.", "L'objectif {number} n'a pas de bénéfice attendu : demandez à la personne ce qui compte pour elle."),
        new("benefit.already-exists", "This desired benefit is already in the intervention.", "Ce bénéfice attendu figure déjà dans l'accompagnement."),
        new("benefit.unknown-objective", "The desired benefit is linked to an objective that is not part of the intervention.", "Le bénéfice attendu est lié à un objectif qui ne fait pas partie de l'accompagnement."),
        new("barrier.already-exists", "This barrier is already in the intervention.", "Ce frein figure déjà dans l'accompagnement."),
        new("barrier.unknown", "This barrier is not part of the intervention.", "Ce frein ne fait pas partie de l'accompagnement."),
        new("barrier.unknown-benefit", "The barrier is tied to a desired benefit that is not part of the intervention.", "Le frein est lié à un bénéfice attendu qui ne fait pas partie de l'accompagnement."),
        new("barrier.status-unchanged", "The barrier is already “{status}”.", "Le frein est déjà « {status} »."),
        new("action.already-exists", "This action is already in the action plan.", "Cette action figure déjà dans le plan d'action."),
        new("action.unknown", "This action is not part of the action plan.", "Cette action ne fait pas partie du plan d'action."),
        new("action.unknown-objective", "The action serves an objective that is not part of the intervention.", "L'action sert un objectif qui ne fait pas partie de l'accompagnement."),
        new("action.owner-other-client", "The action is owned by another client or by a relative of another client.", "L'action est confiée à une autre personne accompagnée ou à quelqu'un de son entourage."),
        new("action.already-reviewed", "This action was already reviewed; an action is reviewed once.", "Le point sur cette action a déjà été fait ; il ne se fait qu'une fois."),
        new("action.status-unchanged", "The action is already “{status}”.", "L'action est déjà « {status} »."),
        new("action.review-not-after-agreement", "An action is reviewed at an interview held after the one where it was agreed.", "Le point sur une action se fait lors d'un entretien tenu après celui où elle a été convenue."),

        // Enum names.
        new("enum.SmartLetter.Specific", "specific", "spécifique"),
        new("enum.SmartLetter.Measurable", "measurable", "mesurable"),
        new("enum.SmartLetter.Achievable", "achievable", "atteignable"),
        new("enum.SmartLetter.Realistic", "realistic", "réaliste"),
        new("enum.SmartLetter.TimeBound", "time-bound", "temporellement défini"),
        new("enum.IndicatorDirection.Increase", "upward", "à la hausse"),
        new("enum.IndicatorDirection.Decrease", "downward", "à la baisse"),
        new("enum.BarrierCategory.Mobility", "mobility", "mobilité"),
        new("enum.BarrierCategory.Housing", "housing", "logement"),
        new("enum.BarrierCategory.Health", "health", "santé"),
        new("enum.BarrierCategory.ChildcareAndFamily", "childcare and family", "garde d'enfants et famille"),
        new("enum.BarrierCategory.Finances", "finances", "finances"),
        new("enum.BarrierCategory.Language", "language", "langue"),
        new("enum.BarrierCategory.BasicSkills", "basic skills", "savoirs de base"),
        new("enum.BarrierCategory.Digital", "digital access and skills", "accès et compétences numériques"),
        new("enum.BarrierCategory.AdministrativeOrLegal", "administrative or legal", "administratif ou juridique"),
        new("enum.BarrierCategory.ConfidenceAndFears", "confidence and fears", "confiance et craintes"),
        new("enum.BarrierCategory.Discrimination", "discrimination", "discrimination"),
        new("enum.BarrierCategory.Other", "other", "autre"),
        new("enum.BarrierStatus.Identified", "identified", "repéré"),
        new("enum.BarrierStatus.BeingAddressed", "being addressed", "en cours de traitement"),
        new("enum.BarrierStatus.Lifted", "lifted", "levé"),
        new("enum.PlanActionStatus.Agreed", "agreed", "convenue"),
        new("enum.PlanActionStatus.Done", "done", "réalisée"),
        new("enum.PlanActionStatus.NotDone", "not done", "non réalisée"),
        new("enum.PlanActionStatus.Dropped", "dropped", "abandonnée"),
        new("enum.InterventionAction.ProposeObjective", "propose an objective", "proposer un objectif"),
        new("enum.InterventionAction.ReviseObjective", "revise an objective", "retravailler un objectif"),
        new("enum.InterventionAction.AgreeObjective", "record the client's agreement to an objective", "enregistrer l'accord de la personne sur un objectif"),
        new("enum.InterventionAction.AddDesiredBenefit", "add a desired benefit", "ajouter un bénéfice attendu"),
        new("enum.InterventionAction.IdentifyBarrier", "identify a barrier", "repérer un frein"),
        new("enum.InterventionAction.ChangeBarrierStatus", "update a barrier", "mettre à jour un frein"),
        new("enum.InterventionAction.AgreeAction", "agree an action", "convenir d'une action"),
        new("enum.InterventionAction.RecordActionStatus", "update an action", "mettre à jour une action"),
        new("enum.InterventionAction.ReviewAction", "review an action", "faire le point sur une action"),
    ];
}
