namespace Counselling.Core.Occupations;

/// <summary>The classifications an <see cref="Occupation"/> can be coded in, each with its own value type.</summary>
public enum OccupationClassification
{
    /// <summary>No classification: the default value, refused by every public entry point.</summary>
    None = 0,

    /// <summary>France Travail's ROME (Répertoire opérationnel des métiers et des emplois): <see cref="RomeCode"/>, scheme <c>ROME</c>.</summary>
    Rome = 1,

    /// <summary>The ILO's International Standard Classification of Occupations, 2008: <see cref="IscoCode"/>, scheme <c>ISCO-08</c>.</summary>
    Isco08 = 2,

    /// <summary>The United States' O*NET-SOC taxonomy: <see cref="OnetSocCode"/>, scheme <c>O*NET-SOC</c>.</summary>
    OnetSoc = 3,

    /// <summary>Canada's National Occupational Classification 2021 (CNP in French): <see cref="NocCode"/>, scheme <c>NOC-2021</c>.</summary>
    Noc2021 = 4,

    /// <summary>The European Skills, Competences, Qualifications and Occupations classification: <see cref="EscoOccupationUri"/>, scheme <c>ESCO</c>.</summary>
    Esco = 5,

    /// <summary>Holland's interest codes (RIASEC), which guidance tools attach to occupations: <see cref="RiasecCode"/>, scheme <c>RIASEC</c>.</summary>
    Riasec = 6,
}
