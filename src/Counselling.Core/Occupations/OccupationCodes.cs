namespace Counselling.Core.Occupations;

/// <summary>The stable codes of the reasons an occupation code is refused, for UIs that switch on them.</summary>
public static class OccupationCodes
{
    /// <summary>The text is not a valid occupation code (generic).</summary>
    public const string Invalid = "occupation.invalid";

    /// <summary>A ROME code is a letter and four digits, such as <c>H2903</c>.</summary>
    public const string RomeFormat = "occupation.rome.format";

    /// <summary>A ROME code starts with a domain letter from A to N (argument <c>letter</c>).</summary>
    public const string RomeDomainLetter = "occupation.rome.domain-letter";

    /// <summary>An ISCO-08 code is four digits, such as <c>7233</c>.</summary>
    public const string IscoFormat = "occupation.isco.format";

    /// <summary>An O*NET-SOC code is written <c>NN-NNNN.NN</c>, such as <c>49-9041.00</c>.</summary>
    public const string OnetFormat = "occupation.onet.format";

    /// <summary>A NOC 2021 code is five digits, such as <c>72400</c>.</summary>
    public const string NocFormat = "occupation.noc.format";

    /// <summary>The second digit of a NOC 2021 code is its TEER category, from 0 to 5 (argument <c>teer</c>).</summary>
    public const string NocTeer = "occupation.noc.teer";

    /// <summary>An ESCO occupation is a URI <c>http://data.europa.eu/esco/occupation/</c> followed by a UUID.</summary>
    public const string EscoFormat = "occupation.esco.format";

    /// <summary>A RIASEC code is one to three letters among R, I, A, S, E and C.</summary>
    public const string RiasecFormat = "occupation.riasec.format";

    /// <summary>A RIASEC code names each letter once (argument <c>letter</c>).</summary>
    public const string RiasecRepeatedLetter = "occupation.riasec.repeated-letter";

    /// <summary>An occupation is written <c>SCHEME:CODE</c>, such as <c>ROME:H2903</c>.</summary>
    public const string SchemeMissing = "occupation.scheme.missing";

    /// <summary>The scheme before the colon is not a known classification (argument <c>scheme</c>).</summary>
    public const string SchemeUnknown = "occupation.scheme.unknown";
}
