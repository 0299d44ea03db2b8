namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>What an <see cref="AsOfPolicy"/> counts each case's as-of instant from.</summary>
public enum AsOfAnchor
{
    /// <summary>One fixed instant for every case.</summary>
    Fixed = 1,

    /// <summary>A number of months after the case opened.</summary>
    Opening = 2,

    /// <summary>A number of months after the case closed; a case not closed is not evaluated.</summary>
    Closure = 3,
}
