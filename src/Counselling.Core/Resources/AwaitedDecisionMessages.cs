namespace Counselling.Core.Resources;

/// <summary>
/// Messages of the decisions an option of the plan waits for (an admission answer, a recruitment office's answer), and of
/// who does what on the shared pathway (the client attends a service a partner organisation provides).
/// </summary>
internal static class AwaitedDecisionMessages
{
    public static readonly MessageTemplate[] All =
    [
        new("event.DecisionAwaited", "Decision awaited for an option", "Décision attendue pour une option"),
        new("event.AwaitedDecisionReceived", "Answer to an awaited decision", "Réponse à une décision attendue"),
        new("enum.InterventionAction.AwaitDecision", "note a decision an option waits for", "noter une décision qu'une option attend"),
        new("enum.InterventionAction.RecordDecisionOutcome", "record the answer to an awaited decision", "noter la réponse à une décision attendue"),
        new("option.resolved", "Option {label} is already settled ({status}): it waits for no decision any more.", "L'option {label} est déjà tranchée ({status}) : elle n'attend plus aucune décision."),
        new("option.decision-already-awaited", "Option {label} already waits for a decision of that name.", "L'option {label} attend déjà une décision portant ce nom."),
        new("option.decision-unknown", "Option {label} waits for no decision of that name: note it as awaited first.", "L'option {label} n'attend aucune décision portant ce nom : notez-la d'abord comme attendue."),
        new("option.none-open", "No option of the plan is still open: add one first.", "Aucune option du plan n'est encore ouverte : ajoutez-en une d'abord."),
        new("option.no-decision-awaited", "No open option of the plan waits for a decision.", "Aucune option ouverte du plan n'attend de décision."),
        new("option.decision-already-received", "The answer to this decision of option {label} is already recorded.", "La réponse à cette décision de l'option {label} est déjà notée."),

        // Who does what on the shared pathway: the client attends, a partner organisation provides.
        new("pathway.attends", "attends: {owner}", "participe : {owner}"),
        new("pathway.provided-by", "provided by {provider}", "assuré par {provider}"),
    ];

    public static readonly RegionalTemplate[] Regional =
    [
        // Québec services are "offerts" by community organisations.
        new("fr-CA", "pathway.provided-by", "offert par {provider}"),
    ];
}
