namespace Counselling.Core.Evidence;

/// <summary>Why an intervention was closed.</summary>
public enum ClosureReason
{
    /// <summary>The objectives agreed with the client were met.</summary>
    ObjectivesMet = 1,

    /// <summary>The client no longer needs help: autonomous.</summary>
    ClientAutonomous = 2,

    /// <summary>The client was referred to another service, which takes over.</summary>
    ReferredElsewhere = 3,

    /// <summary>The client stopped coming.</summary>
    DroppedOut = 4,

    /// <summary>The client moved away from the agency's area.</summary>
    MovedAway = 5,

    /// <summary>Another reason.</summary>
    Other = 6,

    /// <summary>
    /// The client's request was answered by one-off advice: a session held with a concrete outcome (a proposal, a
    /// referral, a decision…), without an action plan. A complete intervention, and a success of its own kind.
    /// </summary>
    OneOffAdvice = 7,
}
