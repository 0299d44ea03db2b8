namespace Counselling.Core.Evidence;

/// <summary>Whether the client progressed at a session, as the counsellor judged it with the client.</summary>
public enum SessionProgress
{
    /// <summary>Not assessed at this session; it neither counts as progress nor breaks a run without progress.</summary>
    NotAssessed = 0,

    /// <summary>The client progressed.</summary>
    Progressed = 1,

    /// <summary>The client made no progress.</summary>
    NoProgress = 2,
}
