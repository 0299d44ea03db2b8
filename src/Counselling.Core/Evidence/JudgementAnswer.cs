namespace Counselling.Core.Evidence;

/// <summary>A judge's answer to "was the intervention a success?".</summary>
public enum JudgementAnswer
{
    /// <summary>Yes, it succeeded.</summary>
    Succeeded = 1,

    /// <summary>It cannot be told yet (an answer, a start or lasting satisfaction is awaited).</summary>
    NotYetKnown = 2,

    /// <summary>No, it did not succeed.</summary>
    NotSucceeded = 3,
}
