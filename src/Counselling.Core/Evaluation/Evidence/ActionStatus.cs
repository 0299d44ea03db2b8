namespace Counselling.Core.Evaluation.Evidence;

/// <summary>Where a between-session action stands, as reviewed at a session.</summary>
public enum ActionStatus
{
    /// <summary>Agreed and not reviewed yet.</summary>
    Agreed = 1,

    /// <summary>Reviewed: done.</summary>
    Done = 2,

    /// <summary>Reviewed: not done.</summary>
    NotDone = 3,

    /// <summary>Dropped by agreement (no longer relevant); counts neither for nor against.</summary>
    Dropped = 4,
}
