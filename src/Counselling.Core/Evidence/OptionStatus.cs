namespace Counselling.Core.Evidence;

/// <summary>Where an option (plan A, plan B) stands.</summary>
public enum OptionStatus
{
    /// <summary>Waiting for an answer or a start, usually with the date it is expected.</summary>
    Pending = 1,

    /// <summary>It worked out: admitted, hired, the course started.</summary>
    Succeeded = 2,

    /// <summary>It did not work out: refused, not admitted.</summary>
    Failed = 3,

    /// <summary>The client gave it up.</summary>
    Abandoned = 4,
}
