namespace Counselling.Core.Periservice;

/// <summary>Where a touchpoint stands in a host's outbox.</summary>
public enum TouchpointStatus
{
    /// <summary>Scheduled, not sent yet.</summary>
    Scheduled = 1,

    /// <summary>Sent by the host.</summary>
    Sent = 2,

    /// <summary>The last attempt failed; another is due at the entry's next attempt.</summary>
    RetryDue = 3,

    /// <summary>Every attempt allowed failed, or the next would come too late: the host gave up.</summary>
    GaveUp = 4,

    /// <summary>The client answered.</summary>
    Answered = 5,

    /// <summary>Cancelled because the schedule changed (a session cancelled, an anchor gone).</summary>
    Cancelled = 6,
}
