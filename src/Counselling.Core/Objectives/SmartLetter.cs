namespace Counselling.Core.Objectives;

/// <summary>The five letters of a SMART objective, in the order they are read.</summary>
public enum SmartLetter
{
    /// <summary>Specific: what is to be done, and by whom.</summary>
    Specific = 0,

    /// <summary>Measurable: an indicator with a unit, a baseline and a target.</summary>
    Measurable = 1,

    /// <summary>Achievable: the steps, the resources and the barriers to get past.</summary>
    Achievable = 2,

    /// <summary>Realistic: it fits the client's situation and the programme's time limit.</summary>
    Realistic = 3,

    /// <summary>Time-bound: a deadline after the agreement and not in the past.</summary>
    TimeBound = 4,
}
