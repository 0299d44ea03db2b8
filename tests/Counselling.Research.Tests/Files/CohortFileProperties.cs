using System;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Research.Tests.Files;

public sealed class CohortFileProperties
{
    private static readonly Rubric[] Rubrics = [BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.Strict, BuiltInRubrics.DecentWork];

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Csv_AnyValidCase_ReadsBackEqual(RowCase c)
        => CohortFiles.ReadCsv(CohortFiles.Csv([c.Row])) is [{ Row: { } row }] && row == c.Row;

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool JsonLines_AnyValidCase_ReadsBackEqual(RowCase c)
        => CohortFiles.ReadJsonLines(CohortFiles.JsonLines([c.Row])) is [{ Row: { } row }] && row == c.Row;

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool EveryEvidenceColumnBlank_IsNeverJudgedNotSuccessful_UnderAnyRubricOrDate(RowCase c)
    {
        var row = CohortFiles.ReadCsv(CohortFiles.Csv([RowCase.Blank(c.Row, CohortBlanks.All)])).Single().Row!;
        var random = new Random(c.Draw);
        var asOf = row.OpenedOn.PlusDays(random.Next(-30, 1500));
        foreach (var rubric in Rubrics)
        {
            var evaluator = new CohortEvaluator(rubric, CaseAsOf.Fixed(asOf), DateTimeZoneProviders.Tzdb);
            if (!evaluator.TryEvaluate(row, 2, out var result, out _) || result!.Summary?.Verdict == Verdict.NotSuccessful
                || (result.Summary is { } summary && Enumerable.Range(0, summary.CriterionCount).Any(i => summary.StatusOf(i) == CriterionStatus.NotMet)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Run_SkippedPlusEvaluated_IsRead_AndEachBadLineIsReportedOnce(BatchCase batch)
    {
        const CohortBlanks sessionCounts = CohortBlanks.SessionsPlanned | CohortBlanks.SessionsHeld;
        var random = new Random(batch.Draw);
        var rows = Enumerable.Range(0, batch.Size).Select(i => RowCase.Build(batch.Draw ^ i)).Select(r => random.Next(4) switch
        {
            0 => r with { SessionsHeld = r.SessionsPlanned + 1, Blanks = r.Blanks & ~sessionCounts },
            1 => r with { Zone = "Nowhere/Else" },
            _ => r,
        }).ToArray();
        var spoiled = rows.Count(r => (r.SessionsHeld > r.SessionsPlanned && (r.Blanks & sessionCounts) == 0) || r.Zone == "Nowhere/Else");
        var evaluator = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(new LocalDate(2024, 1, 1)), DateTimeZoneProviders.Tzdb);
        var tally = new CohortTally(problemsKept: 1000);
        using var reader = CohortReader.Csv(new System.IO.StringReader(CohortFiles.Csv(rows)));
        while (reader.TryRead(out var entry))
        {
            var problem = entry.Problem ?? default;
            if (entry.Row is { } row && evaluator.TryEvaluate(row, entry.Line, out var result, out problem))
            {
                tally.Add(result!);
            }
            else
            {
                tally.Skip(problem);
            }
        }

        return tally.Read == reader.RecordsRead && tally.Read == rows.Length && tally.Skipped == spoiled
            && tally.Skipped + tally.Evaluated + tally.NotEvaluated == tally.Read && tally.Problems.Select(p => p.Line).Distinct().Count() == spoiled;
    }
}
