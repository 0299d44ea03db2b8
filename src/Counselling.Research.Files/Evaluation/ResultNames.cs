using System;
using System.Globalization;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Research.Files.Reading;

namespace Counselling.Research.Files.Evaluation;

/// <summary>The words of the per-case outputs: states, verdicts and statuses in kebab case, scores with four decimals.</summary>
internal static class ResultNames
{
    /// <summary>The index of the <c>group</c> column.</summary>
    public const int GroupColumn = 2;

    public static readonly string[] Fixed = ["case_id", "client_id", "group", "as_of", "state", "verdict", "score", "result", "process", "impact"];

    public static readonly string[] Tail = ["days", "entered_employment_or_training"];

    private static readonly string[] States = ["", "evaluated", "not-yet-opened", "not-closed", "horizon-not-reached"];
    private static readonly string[] Verdicts = ["", "success", "pending", "not-successful", "undetermined"];
    private static readonly string[] Statuses = ["unknown", "not-applicable", "pending", "not-met", "partly-met", "met", "overdue"];

    public static string State(CaseOutcomeStatus status) => States[(int)status];

    public static string? Verdict(Verdict? verdict) => verdict is { } v ? Verdicts[(int)v] : null;

    public static string Status(CriterionStatus status) => Statuses[(int)status];

    public static string? Score(double? score) => score is { } s ? System.Math.Round(s, 4).ToString("0.####", CultureInfo.InvariantCulture) : null;

    public static string[] Columns(Rubric rubric)
    {
        var columns = new string[Fixed.Length + rubric.Criteria.Length + Tail.Length];
        Fixed.CopyTo(columns, 0);
        for (var i = 0; i < rubric.Criteria.Length; i++)
        {
            columns[Fixed.Length + i] = rubric.Criteria[i].Criterion;
        }

        Tail.CopyTo(columns, Fixed.Length + rubric.Criteria.Length);
        return columns;
    }

    /// <summary>Gets the text of every cell of a result, <see langword="null"/> for an empty cell, in the order of <see cref="Columns"/>.</summary>
    public static void Cells(CaseResult r, int criteria, string?[] into)
    {
        into[0] = r.CaseId;
        into[1] = r.ClientId;
        into[2] = r.Group;
        into[3] = r.AsOf is { } d ? IsoDates.Format(d) : null;
        into[4] = State(r.Status);
        Array.Fill(into, null, 5, 5 + criteria);
        if (r.Summary is { } s)
        {
            into[5] = Verdict(s.Verdict);
            into[6] = Score(s.Score);
            into[7] = Status(s.Result);
            into[8] = Status(s.Process);
            into[9] = Status(s.Impact);
            for (var c = 0; s.CriterionCount == criteria && c < criteria; c++)
            {
                into[Fixed.Length + c] = Status(s.StatusOf(c));
            }
        }

        into[Fixed.Length + criteria] = r.Days?.ToString(CultureInfo.InvariantCulture);
        into[Fixed.Length + criteria + 1] = r.Status == CaseOutcomeStatus.Evaluated ? (r.EnteredEmploymentOrTraining ? "true" : "false") : null;
    }
}
