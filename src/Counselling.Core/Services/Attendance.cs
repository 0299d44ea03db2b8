namespace Counselling.Core.Services;

/// <summary>How a participant took part in a group programme.</summary>
public enum Attendance
{
    /// <summary>Took part to the end.</summary>
    Completed = 1,

    /// <summary>Started, then stopped coming.</summary>
    DroppedOut = 2,

    /// <summary>Never came.</summary>
    NeverCame = 3,
}
