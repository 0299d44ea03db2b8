namespace Counselling.Core.Periservice;

/// <summary>The unit of a touchpoint's offset from its anchor.</summary>
public enum OffsetUnit
{
    /// <summary>Calendar days: the same local time of day, whatever the clocks do.</summary>
    Days = 1,

    /// <summary>Weeks of seven calendar days.</summary>
    Weeks = 2,

    /// <summary>Calendar months: 31 January plus one month is 28 (or 29) February.</summary>
    Months = 3,
}
