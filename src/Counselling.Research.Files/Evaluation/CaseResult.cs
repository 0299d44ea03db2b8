using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using NodaTime;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// The result of one case of a cohort file: its identifiers (as the file gave them, or pseudonyms), its group, its as-of
/// date, whether it was evaluated (and if not, why not), its evaluation, and its time to employment or training. Immutable.
/// </summary>
/// <remarks>
/// It speaks the engine's words: <see cref="Status"/> is the <see cref="CaseOutcomeStatus"/> of the engine's own cohort
/// rows, and <see cref="Summary"/> the <see cref="EvaluationSummary"/> the engine gives for one case.
/// </remarks>
public sealed record CaseResult
{
    /// <summary>Gets the case's identifier, joinable to the input.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the client's identifier, if the file had one.</summary>
    public string? ClientId { get; init; }

    /// <summary>Gets the case's group, or <see langword="null"/> when the run is not grouped or the case has no value.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the date the case was evaluated as of, or <see langword="null"/> when that date is not reached (not closed, or a horizon past the cut-off).</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets whether the case was evaluated at its as-of date, and if not, why not.</summary>
    public required CaseOutcomeStatus Status { get; init; }

    /// <summary>Gets the evaluation (verdict, score, axes, each criterion's status), when <see cref="Status"/> is <see cref="CaseOutcomeStatus.Evaluated"/>.</summary>
    public EvaluationSummary? Summary { get; init; }

    /// <summary>Gets the days from the opening to employment or training, or to the end of follow-up (the as-of date or the closure) when none was entered; <see langword="null"/> when not evaluated.</summary>
    public int? Days { get; init; }

    /// <summary>Gets a value indicating whether employment or training was entered by the as-of date (the event; otherwise <see cref="Days"/> is censored).</summary>
    public bool EnteredEmploymentOrTraining { get; init; }
}
