namespace Counselling.Core.Evidence;

/// <summary>Where an action of the action plan stands.</summary>
/// <remarks>The default value (0) is not a status and is refused wherever one is expected.</remarks>
public enum PlanActionStatus
{
    /// <summary>Agreed at a session; not done or reviewed yet.</summary>
    Agreed = 1,

    /// <summary>Done.</summary>
    Done = 2,

    /// <summary>Not done by its due date or by the session that reviewed it.</summary>
    NotDone = 3,

    /// <summary>Dropped by agreement: no longer useful; counts neither for nor against.</summary>
    Dropped = 4,
}
