namespace Counselling.Core.Periservice;

/// <summary>What a touchpoint is for.</summary>
public enum TouchpointKind
{
    /// <summary>Before a group starts: the client is expected in it.</summary>
    GroupExpected = 1,

    /// <summary>Before a group starts: the day, hour and place it starts.</summary>
    GroupStartDetails = 2,

    /// <summary>The day before a group starts: it starts tomorrow, with directions.</summary>
    GroupStartsTomorrow = 3,

    /// <summary>A reminder before an individual session.</summary>
    SessionReminder = 4,

    /// <summary>An individualised exercise to do before the next session.</summary>
    Exercise = 5,

    /// <summary>An invitation to share a small surprise with a peer of the group, as mini-feedback.</summary>
    PeerSurprise = 6,

    /// <summary>A satisfaction survey after closure.</summary>
    Satisfaction = 7,

    /// <summary>A follow-up months after closure: employment or training, and whether it is a decent job.</summary>
    FollowUp = 8,

    /// <summary>Any other touchpoint an agency defines; its content key says what it is.</summary>
    Other = 9,
}
