namespace Counselling.Core.Evidence;

/// <summary>Where a session stands.</summary>
public enum SessionStatus
{
    /// <summary>Planned for a local date and time in a zone; not held yet.</summary>
    Planned = 0,

    /// <summary>Held, with its concrete outcomes.</summary>
    Held = 1,

    /// <summary>The client did not come.</summary>
    Missed = 2,

    /// <summary>Cancelled before it was held.</summary>
    Cancelled = 3,
}
