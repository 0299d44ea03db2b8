namespace Counselling.Core.Resources;

/// <summary>
/// Messages of SMART objectives, desired benefits, barriers and the action plan. The SMART validators read the same
/// table through their language manager, so FluentValidation and <see cref="Common.MessageCatalog"/> say the same thing.
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
        new("objective.r.beyond-programme-limit", "Realistic: the deadline {deadline} falls after the end of the programme on {end}.", "Réaliste : l'échéance du {deadline} tombe après la fin du programme le {end}."),
        new("objective.t.no-deadline", "Time-bound: give a deadline.", "Temporellement défini : donnez une échéance."),
        new("objective.t.deadline-past", "Time-bound: the deadline {deadline} is already past (today is {today}).", "Temporellement défini : l'échéance du {deadline} est déjà passée (nous sommes le {today})."),
        new("objective.t.deadline-not-after-agreement", "Time-bound: the deadline {deadline} must come after the agreement on {agreed}.", "Temporellement défini : l'échéance du {deadline} doit suivre l'accord du {agreed}."),

        // Enum names.
        new("enum.SmartLetter.Specific", "specific", "spécifique"),
        new("enum.SmartLetter.Measurable", "measurable", "mesurable"),
        new("enum.SmartLetter.Achievable", "achievable", "atteignable"),
        new("enum.SmartLetter.Realistic", "realistic", "réaliste"),
        new("enum.SmartLetter.TimeBound", "time-bound", "temporellement défini"),
        new("enum.IndicatorDirection.Increase", "increase", "augmenter"),
        new("enum.IndicatorDirection.Decrease", "decrease", "diminuer"),
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
        new("enum.BarrierStatus.Identified", "identified", "repérée"),
        new("enum.BarrierStatus.BeingAddressed", "being addressed", "en cours de traitement"),
        new("enum.BarrierStatus.Lifted", "lifted", "levée"),
        new("enum.PlanActionStatus.Agreed", "agreed", "convenue"),
        new("enum.PlanActionStatus.Done", "done", "réalisée"),
        new("enum.PlanActionStatus.NotDone", "not done", "non réalisée"),
        new("enum.PlanActionStatus.Dropped", "dropped", "abandonnée"),
    ];
}
