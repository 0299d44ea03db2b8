namespace Counselling.Research.Files.Evaluation;

/// <summary>Where a case of the file stands in a run.</summary>
public enum CaseState
{
    /// <summary>Evaluated as of its date.</summary>
    Evaluated = 0,

    /// <summary>Not open yet at its as-of date: nothing to evaluate.</summary>
    NotYetOpened = 1,

    /// <summary>Its horizon falls after the cut-off (or, counted from closure, it is still open): not due yet.</summary>
    NotDue = 2,
}
