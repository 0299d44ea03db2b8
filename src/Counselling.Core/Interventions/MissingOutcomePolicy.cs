namespace Counselling.Core.Interventions;

/// <summary>What to do with a session recorded without a concrete outcome.</summary>
public enum MissingOutcomePolicy
{
    /// <summary>Refuse to record the session until it has at least one concrete outcome (the default).</summary>
    Reject = 0,

    /// <summary>Record the session and flag it as lacking a concrete outcome.</summary>
    Flag = 1,
}
