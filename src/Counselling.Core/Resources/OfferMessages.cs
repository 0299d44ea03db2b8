namespace Counselling.Core.Resources;

/// <summary>
/// Why an action is not offered at all: there is nothing for it to act on yet (no session planned to cancel, no objective
/// waiting for the client's agreement…). A screen shows these beside a greyed-out action.
/// </summary>
internal static class OfferMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("session.none-planned", "No interview is planned.", "Aucun entretien n'est prévu."),
        new("session.none-due", "No planned interview has started yet.", "Aucun entretien prévu n'a encore commencé."),
        new("session.none-held", "No interview has been held yet; record one first.", "Aucun entretien n'a encore eu lieu ; enregistrez-en d'abord un."),
        new("objective.none", "No objective has been proposed yet.", "Aucun objectif n'a encore été proposé."),
        new("objective.none-proposed", "No objective is waiting for the client's agreement.", "Aucun objectif n'attend l'accord de la personne."),
        new("barrier.none", "No barrier has been identified yet.", "Aucun frein n'a encore été repéré."),
        new("plan.no-action", "The action plan has no action yet.", "Le plan d'action ne contient encore aucune action."),
        new("plan.no-open-action", "Every action of the plan has already been reviewed.", "Le point a déjà été fait sur toutes les actions du plan."),
    ];
}
