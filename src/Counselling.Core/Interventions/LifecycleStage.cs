namespace Counselling.Core.Interventions;

/// <summary>
/// The states of the lifecycle's Stateless machine: every <see cref="InterventionState"/> with the same number, plus
/// superstates that group them so that an action allowed in many stages is configured, and drawn, once. An
/// intervention never rests in a superstate: the aggregate keeps an <see cref="InterventionState"/>.
/// </summary>
internal enum LifecycleStage
{
    /// <summary>See <see cref="InterventionState.Requested"/>.</summary>
    Requested = InterventionState.Requested,

    /// <summary>See <see cref="InterventionState.Intake"/>.</summary>
    Intake = InterventionState.Intake,

    /// <summary>See <see cref="InterventionState.SharedDiagnosis"/>.</summary>
    SharedDiagnosis = InterventionState.SharedDiagnosis,

    /// <summary>See <see cref="InterventionState.Planning"/>.</summary>
    Planning = InterventionState.Planning,

    /// <summary>See <see cref="InterventionState.Active"/>.</summary>
    Active = InterventionState.Active,

    /// <summary>See <see cref="InterventionState.OnHold"/>.</summary>
    OnHold = InterventionState.OnHold,

    /// <summary>See <see cref="InterventionState.FollowUp"/>.</summary>
    FollowUp = InterventionState.FollowUp,

    /// <summary>See <see cref="InterventionState.Closed"/>.</summary>
    Closed = InterventionState.Closed,

    /// <summary>Every stage before closure: sessions are planned, aspirations heard, and the intervention may close.</summary>
    Open = 100,

    /// <summary>The client has been met (intake onwards): sessions are held and recorded, a specialist may be called in.</summary>
    Accompaniment = 101,

    /// <summary>The action plan exists (planning onwards, hold and follow-up included): actions are agreed, updated and reviewed.</summary>
    ActionPlan = 102,
}
