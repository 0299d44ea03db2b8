namespace Counselling.Core.Resources;

/// <summary>
/// French as Belgian counsellors write it (<c>fr-BE</c>), over the common French base: the self-employed work
/// <i>sous statut d'indépendant</i>, temporary work is <i>travail intérimaire</i>. Only what differs is here.
/// </summary>
internal static class BelgianMessages
{
    private const string Culture = "fr-BE";

    public static readonly RegionalTemplate[] All =
    [
        new(Culture, "enum.SituationKind.SelfEmployed", "sous statut d'indépendant"),
        new(Culture, "enum.ContractKind.SelfEmployed", "statut d'indépendant"),
        new(Culture, "enum.ContractKind.Temporary", "travail intérimaire ou occasionnel"),
        new(Culture, "enum.ContractKind.FixedTermShort", "contrat à durée déterminée de moins d'un an (ou contrat de remplacement)"),
        new(Culture, "enum.HoldReason.AwaitingServiceStart", "en attente du début d'une formation ou d'un service"),
    ];
}
