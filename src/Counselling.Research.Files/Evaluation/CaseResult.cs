using System.Collections.Immutable;
using Counselling.Core.Evaluation;
using NodaTime;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// The result of one case of a cohort file: its identifiers (as the file gave them, or pseudonyms), its group, its as-of
/// date, where it stands, its verdict and statuses, and its time to employment or training. Immutable.
/// </summary>
public sealed record CaseResult
{
    /// <summary>Gets the case's identifier, joinable to the input.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the client's identifier, if the file had one.</summary>
    public string? ClientId { get; init; }

    /// <summary>Gets the case's group, or <see langword="null"/> when the run is not grouped or the case has no value.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the date the case was evaluated as of, or <see langword="null"/> when it is not due.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets where the case stands in the run.</summary>
    public CaseState State { get; init; }

    /// <summary>Gets the verdict, when evaluated.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>Gets the weighted score, 0 to 1, when evaluated.</summary>
    public double? Score { get; init; }

    /// <summary>Gets the statuses of the result, process and impact axes, in that order; empty unless evaluated.</summary>
    public ImmutableArray<CriterionStatus> Axes { get; init; } = [];

    /// <summary>Gets the status of each criterion of the rubric, in the rubric's order; empty unless evaluated.</summary>
    public ImmutableArray<CriterionStatus> Criteria { get; init; } = [];

    /// <summary>Gets the days from the opening to employment or training, or to the end of follow-up (the as-of date or the closure) when none was entered; <see langword="null"/> when not evaluated.</summary>
    public int? Days { get; init; }

    /// <summary>Gets a value indicating whether employment or training was entered by the as-of date (the event; otherwise <see cref="Days"/> is censored).</summary>
    public bool EnteredEmploymentOrTraining { get; init; }
}
