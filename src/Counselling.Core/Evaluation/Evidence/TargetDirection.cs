namespace Counselling.Core.Evaluation.Evidence;

/// <summary>Which way an objective's indicator must move to reach its target.</summary>
public enum TargetDirection
{
    /// <summary>Reached when a reading is at or above the target (applications sent, hours of training).</summary>
    AtLeast = 1,

    /// <summary>Reached when a reading is at or below the target (weeks without income, debts).</summary>
    AtMost = 2,
}
