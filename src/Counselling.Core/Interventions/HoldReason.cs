namespace Counselling.Core.Interventions;

/// <summary>Why an intervention is put on hold.</summary>
public enum HoldReason
{
    /// <summary>Waiting for an outside decision: an employer, a school, the army.</summary>
    AwaitingOutsideDecision = 1,

    /// <summary>Waiting for a service or course to start.</summary>
    AwaitingServiceStart = 2,

    /// <summary>The client is unavailable for a while (health, family, a temporary job).</summary>
    ClientUnavailable = 3,

    /// <summary>Another reason.</summary>
    Other = 4,
}
