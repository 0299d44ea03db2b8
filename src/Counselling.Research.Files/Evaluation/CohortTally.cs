using System;
using System.Collections.Generic;
using Counselling.Core.Evaluation.Cohorts;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// What a run did with each record of a file: every record read is either evaluated, not evaluated (with the engine's
/// reason: not yet open, not closed, or a horizon past the cut-off) or skipped with its problem;
/// <see cref="Read"/> = <see cref="Evaluated"/> + <see cref="NotEvaluated"/> + <see cref="Skipped"/>.
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
    public long Read => Evaluated + NotEvaluated + Skipped;

    /// <summary>Gets how many records were evaluated as of their date.</summary>
    public long Evaluated { get; private set; }

    /// <summary>Gets how many records got a result without being evaluated: <see cref="NotYetOpened"/> + <see cref="NotClosed"/> + <see cref="HorizonNotReached"/>.</summary>
    public long NotEvaluated => NotYetOpened + NotClosed + HorizonNotReached;

    /// <summary>Gets how many records were not yet open at their as-of date.</summary>
    public long NotYetOpened { get; private set; }

    /// <summary>Gets how many records were not closed, their date counting from a closure.</summary>
    public long NotClosed { get; private set; }

    /// <summary>Gets how many records had their as-of date past the cut-off.</summary>
    public long HorizonNotReached { get; private set; }

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
        Add(result.Status);
    }

    /// <summary>Counts a record that got a result with this status.</summary>
    internal void Add(CaseOutcomeStatus status)
    {
        switch (status)
        {
            case CaseOutcomeStatus.Evaluated:
                Evaluated++;
                break;
            case CaseOutcomeStatus.NotYetOpened:
                NotYetOpened++;
                break;
            case CaseOutcomeStatus.NotClosed:
                NotClosed++;
                break;
            default:
                HorizonNotReached++;
                break;
        }
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

    /// <summary>
    /// Describes the tally: <c>1000 records read, 980 evaluated, 10 not evaluated (4 not yet open, 6 not closed, 0 past
    /// the cut-off), 10 skipped</c>; the part in brackets only when some were not evaluated.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => NotEvaluated == 0
            ? FormattableString.Invariant($"{Read} records read, {Evaluated} evaluated, {Skipped} skipped")
            : FormattableString.Invariant($"{Read} records read, {Evaluated} evaluated, {NotEvaluated} not evaluated ({NotYetOpened} not yet open, {NotClosed} not closed, {HorizonNotReached} past the cut-off), {Skipped} skipped");
}
