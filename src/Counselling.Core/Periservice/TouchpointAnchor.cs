namespace Counselling.Core.Periservice;

/// <summary>What a periservice rule places its touchpoint relative to.</summary>
public enum TouchpointAnchor
{
    /// <summary>The start of the group the client joins, given by the host as a local date-time and zone.</summary>
    GroupStart = 1,

    /// <summary>Each session of the intervention that is not cancelled.</summary>
    EachSession = 2,

    /// <summary>The first session of the intervention that is not cancelled.</summary>
    FirstSession = 3,

    /// <summary>The closure of the intervention; rules on it wait until the intervention is closed.</summary>
    Closure = 4,
}
