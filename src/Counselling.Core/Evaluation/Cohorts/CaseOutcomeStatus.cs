namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>Whether a case of a cohort was evaluated at its as-of instant, and if not, why not.</summary>
public enum CaseOutcomeStatus
{
    /// <summary>Evaluated: the verdict, the axes and the criteria are given.</summary>
    Evaluated = 1,

    /// <summary>Not evaluated: the case had not opened yet at the as-of instant.</summary>
    NotYetOpened = 2,

    /// <summary>Not evaluated: the as-of instant is counted from closure, and the case had not closed (by the cut-off, when one is set).</summary>
    NotClosed = 3,

    /// <summary>Not evaluated: the case's horizon (months after opening or closure) falls after the cut-off, when the data stops.</summary>
    HorizonNotReached = 4,
}
