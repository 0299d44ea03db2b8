namespace Counselling.Core.Objectives;

/// <summary>Which way an indicator must move from its baseline to reach its target.</summary>
public enum IndicatorDirection
{
    /// <summary>The measure must rise to the target or beyond (applications sent, hours of training).</summary>
    Increase = 0,

    /// <summary>The measure must fall to the target or below (debts, days absent).</summary>
    Decrease = 1,
}
