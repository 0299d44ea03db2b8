namespace Counselling.Research.Files.Evaluation;

/// <summary>What a horizon counts from.</summary>
public enum AsOfAnchor
{
    /// <summary>One date for every case.</summary>
    Fixed = 0,

    /// <summary>The case's opening.</summary>
    Opening = 1,

    /// <summary>The case's closure: a case still open is not due yet.</summary>
    Closure = 2,
}
