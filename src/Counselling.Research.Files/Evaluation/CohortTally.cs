using System;
using System.Collections.Generic;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// What a run did with each record of a file: every record read is either evaluated (with a result, even when not yet
/// open or not due) or skipped with its problem; <see cref="Read"/> = <see cref="Evaluated"/> + <see cref="Skipped"/>.
/// </summary>
public sealed class CohortTally
{
    private readonly List<CohortProblem> _problems = [];

    /// <summary>Initializes a new tally.</summary>
    /// <param name="problemsKept">How many problems to keep for the report (the count goes on past it).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="problemsKept"/> is negative.</exception>
    public CohortTally(int problemsKept = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(problemsKept);
        ProblemsKept = problemsKept;
    }

    /// <summary>Gets how many problems are kept.</summary>
    public int ProblemsKept { get; }

    /// <summary>Gets how many records were read.</summary>
    public long Read => Evaluated + Skipped;

    /// <summary>Gets how many records got a result.</summary>
    public long Evaluated { get; private set; }

    /// <summary>Gets how many of the records evaluated were not yet open at their as-of date.</summary>
    public long NotYetOpened { get; private set; }

    /// <summary>Gets how many of the records evaluated were not due by the cut-off.</summary>
    public long NotDue { get; private set; }

    /// <summary>Gets how many records were skipped for a problem.</summary>
    public long Skipped { get; private set; }

    /// <summary>Gets the first problems, in the order of the file.</summary>
    public IReadOnlyList<CohortProblem> Problems => _problems;

    /// <summary>Counts a result.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Add(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Evaluated++;
        NotYetOpened += result.State == CaseState.NotYetOpened ? 1 : 0;
        NotDue += result.State == CaseState.NotDue ? 1 : 0;
    }

    /// <summary>Counts a skipped record.</summary>
    /// <param name="problem">Why it was skipped.</param>
    public void Skip(CohortProblem problem)
    {
        Skipped++;
        if (_problems.Count < ProblemsKept)
        {
            _problems.Add(problem);
        }
    }

    /// <summary>Describes the tally: <c>1000 records read, 990 evaluated, 10 skipped</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => FormattableString.Invariant($"{Read} records read, {Evaluated} evaluated ({NotYetOpened} not yet open, {NotDue} not due), {Skipped} skipped");
}
