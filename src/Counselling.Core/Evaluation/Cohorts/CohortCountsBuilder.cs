using System;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>
/// Counts cases one at a time into <see cref="CohortCounts"/>: for a host that evaluates a stream itself (a file read
/// row by row, the cases of one screen) and wants the same counts the engine's cohort methods give, or for a UI team
/// that builds counts for its own tests. <see cref="ToCounts"/> takes a read-only copy at any point; the builder goes on
/// counting.
/// </summary>
/// <example>
/// <code>
/// var counts = new CohortCountsBuilder(rubric.Criteria.Length);
/// foreach (var record in records) counts.Add(engine.Summarize(record, asOf));
/// CohortCounts total = counts.ToCounts();
/// </code>
/// </example>
public sealed class CohortCountsBuilder
{
    private readonly CohortCounts _counts;

    /// <summary>Initializes a builder with nothing counted.</summary>
    /// <param name="criterionCount">The number of criteria of the rubric, 0 to <see cref="Rubric.MaximumCriteria"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterionCount"/> is negative or above <see cref="Rubric.MaximumCriteria"/>.</exception>
    public CohortCountsBuilder(int criterionCount) => _counts = new CohortCounts(criterionCount);

    /// <summary>Gets the number of criteria of the rubric.</summary>
    public int CriterionCount => _counts.CriterionCount;

    /// <summary>Gets the number of cases evaluated so far (those counted by <see cref="Add(in EvaluationSummary)"/>).</summary>
    public int Count => _counts.Count;

    /// <summary>Counts an evaluated case: its verdict, axes, criteria, score, and whether it was a return.</summary>
    /// <param name="summary">The case's evaluation.</param>
    /// <exception cref="ArgumentException">The summary has another number of criteria than the builder, or is a default value.</exception>
    public void Add(in EvaluationSummary summary)
    {
        if (summary.Intervention == default)
        {
            throw new ArgumentException("Count the summary of an evaluation, not a default value.", nameof(summary));
        }

        if (summary.CriterionCount != CriterionCount)
        {
            throw new ArgumentException("Count evaluations of the builder's rubric: the number of criteria differs.", nameof(summary));
        }

        _counts.Add(summary);
    }

    /// <summary>Counts a case that was not evaluated, with the reason why.</summary>
    /// <param name="status">Why the case was not evaluated.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is <see cref="CaseOutcomeStatus.Evaluated"/> or undefined.</exception>
    public void AddNotEvaluated(CaseOutcomeStatus status)
    {
        if (status is not (CaseOutcomeStatus.NotYetOpened or CaseOutcomeStatus.NotClosed or CaseOutcomeStatus.HorizonNotReached))
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Give why the case was not evaluated.");
        }

        _counts.AddNotEvaluated(status);
    }

    /// <summary>Adds counts made elsewhere (another thread, file or machine) of the same rubric.</summary>
    /// <param name="counts">The counts to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are of a rubric with another number of criteria.</exception>
    public void Add(CohortCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.CriterionCount != CriterionCount)
        {
            throw new ArgumentException("Only counts of the same rubric merge.", nameof(counts));
        }

        _counts.Merge(counts);
    }

    /// <summary>Takes the counts so far, as read-only counts that later additions leave unchanged.</summary>
    /// <returns>A copy of the counts.</returns>
    public CohortCounts ToCounts()
    {
        var copy = new CohortCounts(CriterionCount);
        copy.Merge(_counts);
        return copy;
    }
}
