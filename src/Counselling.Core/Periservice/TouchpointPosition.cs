namespace Counselling.Core.Periservice;

/// <summary>Whether a touchpoint comes before or after its anchor.</summary>
public enum TouchpointPosition
{
    /// <summary>Before the anchor (a countdown, a reminder): it must still fall before the anchor once moved out of quiet hours.</summary>
    Before = 1,

    /// <summary>On the anchor's day or after it (an exercise, a survey, a follow-up).</summary>
    After = 2,
}
