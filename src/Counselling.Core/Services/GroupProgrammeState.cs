namespace Counselling.Core.Services;

/// <summary>Where a group programme (a workshop, a guidance group) stands.</summary>
public enum GroupProgrammeState
{
    /// <summary>Planned: date, place and capacity set; not yet open to enrolment.</summary>
    Planned = 1,

    /// <summary>Open to enrolment; the minimum number of participants is not confirmed yet.</summary>
    Enrolling = 2,

    /// <summary>Confirmed once the minimum number of participants was reached; enrolment stays open until it starts.</summary>
    Confirmed = 3,

    /// <summary>Under way.</summary>
    Running = 4,

    /// <summary>Over.</summary>
    Completed = 5,

    /// <summary>Called off before it started.</summary>
    Cancelled = 6,
}
