namespace Counselling.Core.Situation;

/// <summary>How a life domain stands, from a resource the client can lean on to a blocking difficulty. Ordered by severity.</summary>
public enum LifeDomainStatus
{
    /// <summary>Not looked at yet.</summary>
    NotAssessed = 0,

    /// <summary>A strength the client can lean on.</summary>
    Resource = 1,

    /// <summary>No difficulty.</summary>
    Stable = 2,

    /// <summary>Holding, but fragile: worth watching.</summary>
    Fragile = 3,

    /// <summary>A difficulty to work on.</summary>
    Difficulty = 4,

    /// <summary>A difficulty that blocks the client's plans until it is dealt with.</summary>
    Blocking = 5,
}
