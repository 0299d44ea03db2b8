namespace Counselling.Core.Situation;

/// <summary>When in the intervention an assessment (situation, autonomy) was made: at intake, along the way or at closure.</summary>
public enum AssessmentMoment
{
    /// <summary>At intake.</summary>
    Intake = 1,

    /// <summary>Along the way, between intake and closure.</summary>
    AlongTheWay = 2,

    /// <summary>At closure.</summary>
    Closure = 3,
}
