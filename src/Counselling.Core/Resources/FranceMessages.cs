namespace Counselling.Core.Resources;

/// <summary>
/// French as counsellors in France write it (<c>fr-FR</c>), over the common French base: contracts by their usual
/// initials (<i>CDI</i>, <i>CDD</i>), temporary work as <i>intérim</i>, self-employment as <i>micro-entreprise</i>.
/// Only what differs is here.
/// </summary>
internal static class FranceMessages
{
    private const string Culture = "fr-FR";

    public static readonly RegionalTemplate[] All =
    [
        new(Culture, "enum.ContractKind.Permanent", "CDI"),
        new(Culture, "enum.ContractKind.FixedTermLong", "CDD d'un an ou plus"),
        new(Culture, "enum.ContractKind.FixedTermShort", "CDD de moins d'un an"),
        new(Culture, "enum.ContractKind.Temporary", "intérim ou missions ponctuelles"),
        new(Culture, "enum.ContractKind.SelfEmployed", "micro-entreprise ou activité indépendante"),
    ];
}
