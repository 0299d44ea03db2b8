namespace Counselling.Research.Files;

/// <summary>One record read from a cohort file: the case, or what is wrong with the line.</summary>
/// <param name="Line">The line of the file, from 1.</param>
/// <param name="Row">The case, or <see langword="null"/> when the line is bad.</param>
/// <param name="Problem">What is wrong with the line, when <paramref name="Row"/> is <see langword="null"/>.</param>
public readonly record struct CohortEntry(long Line, CohortRow? Row, CohortProblem? Problem)
{
    /// <summary>Gets a value indicating whether the record was read whole.</summary>
    public bool IsValid => Row is not null;
}
