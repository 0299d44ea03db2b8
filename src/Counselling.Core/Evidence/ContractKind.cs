namespace Counselling.Core.Evidence;

/// <summary>The kind of work contract, for the "contract and stability" element of decent work.</summary>
public enum ContractKind
{
    /// <summary>A permanent (open-ended) contract: stable.</summary>
    Permanent = 1,

    /// <summary>A fixed-term contract of twelve months or more: stable.</summary>
    FixedTermLong = 2,

    /// <summary>A fixed-term contract under twelve months: not stable.</summary>
    FixedTermShort = 3,

    /// <summary>Temporary, seasonal, agency or on-call work: not stable.</summary>
    Temporary = 4,

    /// <summary>Self-employment with a steady activity: stable.</summary>
    SelfEmployed = 5,

    /// <summary>No written contract: not stable.</summary>
    Informal = 6,
}
