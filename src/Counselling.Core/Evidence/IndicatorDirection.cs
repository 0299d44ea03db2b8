namespace Counselling.Core.Evidence;

/// <summary>Which way an indicator must move from its baseline to reach its target.</summary>
/// <remarks>The default value (0) is not a direction and is refused wherever one is expected.</remarks>
public enum IndicatorDirection
{
    /// <summary>The measure must rise to the target or beyond (applications sent, hours of training).</summary>
    Increase = 1,

    /// <summary>The measure must fall to the target or below (debts, weeks without income).</summary>
    Decrease = 2,
}
