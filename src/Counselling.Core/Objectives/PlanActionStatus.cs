namespace Counselling.Core.Objectives;

/// <summary>Where an action of the action plan stands.</summary>
public enum PlanActionStatus
{
    /// <summary>Agreed at a session; not done yet.</summary>
    Agreed = 0,

    /// <summary>Done.</summary>
    Done = 1,

    /// <summary>Not done by its due date or by the session that reviewed it.</summary>
    NotDone = 2,

    /// <summary>Dropped by agreement: no longer useful.</summary>
    Dropped = 3,
}
