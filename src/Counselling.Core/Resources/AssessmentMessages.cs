namespace Counselling.Core.Resources;

/// <summary>Messages of the global situation, autonomy and options as the intervention records them.</summary>
internal static class AssessmentMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("event.SituationAssessed", "Global situation assessed", "Situation globale évaluée"),
        new("event.OptionAdded", "Option added to the plan", "Option ajoutée au plan"),
        new("enum.InterventionAction.AssessSituation", "assess the global situation", "évaluer la situation globale"),
        new("enum.InterventionAction.AssessAutonomy", "assess autonomy", "évaluer l'autonomie"),
        new("enum.InterventionAction.AddOption", "add an option", "ajouter une option"),
        new("intake.autonomy-not-assessed", "The intake can be completed only once the client's autonomy has been assessed at intake.", "L'accueil ne peut être terminé qu'après l'évaluation de l'autonomie de la personne à l'accueil."),
        new("diagnosis.situation-not-assessed", "Before sharing the diagnosis, assess the client's global situation with them, life domain by life domain.", "Avant de partager le diagnostic, évaluez avec la personne sa situation globale, domaine de vie par domaine de vie."),
        new("diagnosis.situation-under-negotiation", "The client and the counsellor see {domain} differently: agree on it before sharing the diagnosis.", "La personne et la personne conseillère voient le domaine « {domain} » différemment : mettez-vous d'accord avant de partager le diagnostic."),
        new("assessment.at-out-of-range", "An assessment is dated between the opening of the file and now.", "Une évaluation se date entre l'ouverture du dossier et maintenant."),
        new("assessment.in-future", "An assessment cannot be dated in the future.", "Une évaluation ne peut pas être datée dans le futur."),
        new("situation.nothing-assessed", "The assessment records no view: note how the client or the counsellor sees at least one life domain.", "L'évaluation ne contient aucun regard : notez comment la personne ou la personne conseillère voit au moins un domaine de vie."),
        new("autonomy.other-scale", "Autonomy is assessed on the scale already used ({scale}), so its change can be read.", "L'autonomie s'évalue sur l'échelle déjà utilisée ({scale}), pour que son évolution reste lisible."),
        new("option.already-added", "The plan already has an option {label}.", "Le plan comporte déjà une option {label}."),
        new("option.unknown", "The plan has no option {label}: add it first.", "Le plan ne comporte aucune option {label} : ajoutez-la d'abord."),
        new("evaluation.options.open", "Option {label} is still open: {status} (noted on {known}).", "L'option {label} est toujours ouverte : {status} (notée le {known})."),
        new("enum.OptionStatus.Explored", "explored", "explorée"),
        new("enum.OptionStatus.Pursued", "pursued", "poursuivie"),
    ];
}
