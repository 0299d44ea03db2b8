using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evaluation.Cohorts;

/// <summary>
/// One row per input case of <see cref="EvaluationEngine.EvaluateCases"/>, to join back to the input: where it came
/// (row, case id, group keys), when it was evaluated, and what came out (verdict, each axis, each criterion). A plain,
/// flat shape of strings, enumerations, numbers, instants and dates, for CSV, JSON Lines or Parquet writers.
/// </summary>
/// <remarks>
/// Every input row gives one outcome, in input order, also a case not evaluated (not yet open, not closed, horizon
/// not reached): its <see cref="Status"/> says so and its evaluation fields are <see langword="null"/>. The same input
/// gives the same outcomes. Holds no personal data: the case id is the source's file number.
/// </remarks>
public sealed class CaseOutcome
{
    private static readonly CriterionStatus[] NoStatuses = [];

    /// <summary>
    /// Initializes an outcome: <see cref="EvaluationEngine.EvaluateCases"/> makes one per input case; a UI team's tests
    /// can make their own.
    /// </summary>
    /// <param name="row">The case's index in the input, from 0.</param>
    /// <param name="record">The case.</param>
    /// <param name="groupKey">The case's group, or <see langword="null"/>.</param>
    /// <param name="status">Whether the case was evaluated, and if not, why not.</param>
    /// <param name="asOf">The instant the case was evaluated as of, or <see langword="null"/> when it has none (not closed).</param>
    /// <param name="summary">The evaluation, given exactly when <paramref name="status"/> is <see cref="CaseOutcomeStatus.Evaluated"/>.</param>
    /// <param name="criterionCodes">The rubric's criterion codes, in its order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="criterionCodes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is negative, or <paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The summary is missing for an evaluated case, given for one not evaluated, or has another number of criteria than <paramref name="criterionCodes"/>.</exception>
    public CaseOutcome(long row, Evidence.CaseRecord record, string? groupKey, CaseOutcomeStatus status, Instant? asOf, EvaluationSummary? summary, IReadOnlyList<string> criterionCodes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(criterionCodes);
        if (status is < CaseOutcomeStatus.Evaluated or > CaseOutcomeStatus.HorizonNotReached)
        {
            throw new ArgumentOutOfRangeException(nameof(status));
        }

        if ((status == CaseOutcomeStatus.Evaluated) != summary.HasValue || (summary is { } given && given.CriterionCount != criterionCodes.Count))
        {
            throw new ArgumentException("Give the evaluation of an evaluated case, with one status per criterion, and none for a case not evaluated.", nameof(summary));
        }

        Row = row;
        CaseId = record.CaseId;
        Intervention = record.Intervention;
        Programme = record.Programme;
        Site = record.Site;
        Agency = record.Agency;
        GroupKey = groupKey;
        OpenedAt = record.OpenedAt;
        ClosedAt = record.ClosedAt;
        Status = status;
        AsOf = asOf;
        AsOfDate = asOf is { } at && at <= SupportedDates.MaximumInstant ? at.InZone(record.Zone).Date : null;
        CriterionCodes = criterionCodes;
        if (summary is not { } s)
        {
            CriterionStatuses = NoStatuses;
            return;
        }

        Verdict = s.Verdict;
        Score = s.Score;
        Result = s.Result;
        Process = s.Process;
        Impact = s.Impact;
        ReEvaluateAfter = s.ReEvaluateAfter;
        IsReturn = s.IsReturn;
        var statuses = new CriterionStatus[s.CriterionCount];
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] = s.StatusOf(i);
            UnknownCount += statuses[i] is CriterionStatus.NoEvidence or CriterionStatus.Overdue ? 1 : 0;
            OverdueCount += statuses[i] == CriterionStatus.Overdue ? 1 : 0;
        }

        CriterionStatuses = statuses;
    }

    /// <summary>Gets the position of the case in the input, from 0.</summary>
    public long Row { get; }

    /// <summary>Gets the case id (<see cref="Evidence.CaseRecord.CaseId"/>).</summary>
    public string CaseId { get; }

    /// <summary>Gets the intervention's identifier (derived from the case id for a record read from an export).</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the programme's code.</summary>
    public string Programme { get; }

    /// <summary>Gets the site's code, if any.</summary>
    public string? Site { get; }

    /// <summary>Gets the agency's code, if any.</summary>
    public string? Agency { get; }

    /// <summary>Gets the host's grouping key of the case, <see cref="CohortKeys.None"/> when its key was missing, <see langword="null"/> when no grouping was asked.</summary>
    public string? GroupKey { get; }

    /// <summary>Gets when the case opened.</summary>
    public Instant OpenedAt { get; }

    /// <summary>Gets when the case closed, if it did.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Gets whether the case was evaluated, and if not, why not.</summary>
    public CaseOutcomeStatus Status { get; }

    /// <summary>Gets the case's as-of instant under the policy; <see langword="null"/> when it has none (a horizon after closure for a case not closed).</summary>
    public Instant? AsOf { get; }

    /// <summary>Gets the date of <see cref="AsOf"/> in the case's zone, if any.</summary>
    public LocalDate? AsOfDate { get; }

    /// <summary>Gets the verdict, when evaluated.</summary>
    public Verdict? Verdict { get; }

    /// <summary>Gets the weighted score between 0 and 1, when evaluated.</summary>
    public double? Score { get; }

    /// <summary>Gets the status of the result axis, when evaluated.</summary>
    public CriterionStatus? Result { get; }

    /// <summary>Gets the status of the process axis, when evaluated.</summary>
    public CriterionStatus? Process { get; }

    /// <summary>Gets the status of the impact axis, when evaluated.</summary>
    public CriterionStatus? Impact { get; }

    /// <summary>Gets the earliest date a pending criterion is expected to resolve, if any.</summary>
    public LocalDate? ReEvaluateAfter { get; }

    /// <summary>Gets a value indicating whether the case follows an earlier intervention (the client came back).</summary>
    public bool IsReturn { get; }

    /// <summary>Gets the codes of the rubric's criteria, in order: the column names of <see cref="CriterionStatuses"/> (the same list for every row).</summary>
    public IReadOnlyList<string> CriterionCodes { get; }

    /// <summary>Gets each criterion's status, in the order of <see cref="CriterionCodes"/>; empty when the case was not evaluated.</summary>
    public IReadOnlyList<CriterionStatus> CriterionStatuses { get; }

    /// <summary>Gets how many criteria are unknown (<see cref="CriterionStatus.NoEvidence"/> or <see cref="CriterionStatus.Overdue"/>).</summary>
    public int UnknownCount { get; }

    /// <summary>Gets how many criteria are <see cref="CriterionStatus.Overdue"/>.</summary>
    public int OverdueCount { get; }

    /// <summary>Returns the row, the case's status and verdict: never personal data.</summary>
    /// <returns>The outcome as text.</returns>
    public override string ToString()
        => FormattableString.Invariant($"#{Row} {Status} {Verdict}");
}
