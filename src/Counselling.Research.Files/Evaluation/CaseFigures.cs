using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using NodaTime;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// What a <see cref="CaseResult"/> holds besides the case's identifiers, as a value: what a run counts in its table
/// without making a result object for each case.
/// </summary>
/// <param name="Group">The case's group, or <see langword="null"/>.</param>
/// <param name="AsOf">The date the case was evaluated as of, when reached.</param>
/// <param name="Status">Whether the case was evaluated, and if not, why not.</param>
/// <param name="Summary">The evaluation, when <paramref name="Status"/> is <see cref="CaseOutcomeStatus.Evaluated"/> (a default value otherwise).</param>
/// <param name="Days">The days to employment or training or to the end of follow-up, when evaluated.</param>
/// <param name="Entered">Whether employment or training was entered by the as-of date.</param>
internal readonly record struct CaseFigures(string? Group, LocalDate? AsOf, CaseOutcomeStatus Status, EvaluationSummary Summary, int Days, bool Entered)
{
    /// <summary>Gets a value indicating whether the case was evaluated.</summary>
    public bool IsEvaluated => Status == CaseOutcomeStatus.Evaluated;

    /// <summary>The result of a case with these values and the case's identifiers.</summary>
    public CaseResult ToResult(string caseId, string? clientId)
        => IsEvaluated
            ? new CaseResult { CaseId = caseId, ClientId = clientId, Group = Group, AsOf = AsOf, Status = Status, Summary = Summary, Days = Days, EnteredEmploymentOrTraining = Entered }
            : new CaseResult { CaseId = caseId, ClientId = clientId, Group = Group, AsOf = AsOf, Status = Status };
}
