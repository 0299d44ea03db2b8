namespace Counselling.Core.Services;

/// <summary>What can be done to a group programme; each action is allowed or refused with its reasons.</summary>
public enum GroupProgrammeAction
{
    /// <summary>Opens enrolment.</summary>
    OpenEnrolment = 1,

    /// <summary>Enrols a participant.</summary>
    Enrol = 2,

    /// <summary>Withdraws a participant before the start.</summary>
    Withdraw = 3,

    /// <summary>Confirms the group once the minimum number of participants is enrolled.</summary>
    Confirm = 4,

    /// <summary>Starts the group.</summary>
    Start = 5,

    /// <summary>Ends the group.</summary>
    Complete = 6,

    /// <summary>Calls the group off.</summary>
    Cancel = 7,

    /// <summary>Records how a participant took part.</summary>
    RecordAttendance = 8,
}
