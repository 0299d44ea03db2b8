namespace Counselling.Core.Evidence;

/// <summary>
/// Where an option (plan A, plan B) stands: open while explored, pursued or waiting for a decision; resolved once it
/// worked out, did not, or was given up (<see cref="OptionStatuses.IsResolved"/>). A resolved option never opens again.
/// </summary>
public enum OptionStatus
{
    /// <summary>Waiting for a decision (an answer, an admission, a start), usually with the date it is expected.</summary>
    Pending = 1,

    /// <summary>Achieved: admitted, hired, the course started.</summary>
    Succeeded = 2,

    /// <summary>It did not work out: refused, not admitted.</summary>
    Failed = 3,

    /// <summary>The client gave it up.</summary>
    Abandoned = 4,

    /// <summary>Being explored: the client and the counsellor look into it (an occupation discovered, a course found).</summary>
    Explored = 5,

    /// <summary>Being pursued: the client takes steps towards it (an application in preparation, an immersion booked).</summary>
    Pursued = 6,
}
