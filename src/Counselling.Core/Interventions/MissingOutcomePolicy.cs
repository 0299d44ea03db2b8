namespace Counselling.Core.Interventions;

/// <summary>
/// What to do with a session recorded without a concrete outcome. Every session aims to end with something concrete,
/// but "sometimes the young person is scattered": by default such a session is recorded and flagged, and repeated ones
/// lead to recommending a specialist. An agency may choose to refuse it instead.
/// </summary>
/// <remarks>The numbers are a storage contract. <see cref="ProgrammeSettings"/> defaults to <see cref="Flag"/>.</remarks>
public enum MissingOutcomePolicy
{
    /// <summary>Refuse to record the session until it has at least one concrete outcome (an agency's choice).</summary>
    Reject = 0,

    /// <summary>Record the session and flag it as lacking a concrete outcome (the default).</summary>
    Flag = 1,
}
