using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Pseudonyms;
using NodaTime;
using Parquet;
using Xunit;

namespace Counselling.Research.Tests.Files;

public sealed class CohortFileTests
{
    private static readonly CohortRow[] Rows = [.. Enumerable.Range(1, 30).Select(RowCase.Build)];

    [Fact]
    public void Csv_WrittenThenRead_GivesTheSameCases()
    {
        var entries = CohortFiles.ReadCsv(CohortFiles.Csv(Rows));

        Assert.All(entries, e => Assert.True(e.IsValid, e.Problem?.ToString()));
        Assert.Equal(Rows, entries.Select(e => e.Row!));
    }

    [Fact]
    public void JsonLines_WrittenThenRead_GivesTheSameCases()
    {
        var entries = CohortFiles.ReadJsonLines(CohortFiles.JsonLines(Rows));

        Assert.Equal(Rows, entries.Select(e => e.Row!));
        Assert.Equal(Enumerable.Range(1, Rows.Length).Select(i => (long)i), entries.Select(e => e.Line));
    }

    [Fact]
    public void Csv_BadDate_IsReportedWithItsLineAndField()
    {
        var csv = "case_id,programme,opened_on\nA,job-search,2025-01-10\nB,job-search,2025-02-30\nC,job-search,2025-03-01\n";

        var entries = CohortFiles.ReadCsv(csv);

        Assert.Equal(3, entries.Count);
        Assert.Equal(new CohortProblem(3, CohortColumns.OpenedOn, CohortFileCodes.DateInvalid), entries[1].Problem);
        Assert.True(entries[0].IsValid && entries[2].IsValid);
        Assert.Equal("line 3, opened_on: not a date (yyyy-MM-dd)", entries[1].Problem!.Value.ToString());
        Assert.Equal("ligne 3, opened_on : ce n’est pas une date (aaaa-mm-jj)", entries[1].Problem!.Value.Describe(CultureInfo.GetCultureInfo("fr-CA")));
    }

    [Fact]
    public void Csv_ProgrammeOrSiteThatIsNotACode_IsReportedOnItsField_AndAZoneIdIsNotHeldToIt()
    {
        var csv = "case_id,programme,site,zone,opened_on\nA,career choice,,,2025-01-10\nB,job-search,site one,,2025-01-10\nC,job-search,north,Etc/GMT+5,2025-01-10\n";

        var entries = CohortFiles.ReadCsv(csv);

        Assert.Equal(new CohortProblem(2, CohortColumns.Programme, CohortFileCodes.CodeInvalid), entries[0].Problem);
        Assert.Equal(new CohortProblem(3, CohortColumns.Site, CohortFileCodes.CodeInvalid), entries[1].Problem);
        Assert.Equal("Etc/GMT+5", entries[2].Row!.Zone);
    }

    [Fact]
    public void Mapper_RowMadeByAScriptWithAProgrammeThatIsNotACode_IsReportedOnTheProgrammeField()
    {
        var mapper = new CohortRecordMapper(DateTimeZoneProviders.Tzdb);

        var mapped = mapper.TryMap(Rows[0] with { Programme = "career choice" }, 4, out var record, out var problem);

        Assert.False(mapped);
        Assert.Null(record);
        Assert.Equal(new CohortProblem(4, CohortColumns.Programme, CohortFileCodes.CodeInvalid), problem);
    }

    [Fact]
    public void Csv_LineWithTooFewCells_IsReported_AndTheNextLineIsRead()
    {
        var entries = CohortFiles.ReadCsv("case_id,programme,opened_on\nA,job-search\nB,job-search,2025-02-03\n");

        Assert.Equal(new CohortProblem(2, null, CohortFileCodes.CellCount), entries[0].Problem);
        Assert.Equal("B", entries[1].Row!.CaseId);
    }

    [Fact]
    public void Csv_WithoutARequiredColumn_IsRefusedAtTheHeader()
    {
        var refusal = Assert.Throws<CohortFileException>(() => CohortReader.Csv(new StringReader("case_id,opened_on\nA,2025-01-01\n")));

        Assert.Equal(new CohortProblem(1, CohortColumns.Programme, CohortFileCodes.ColumnMissing), refusal.Problem);
    }

    [Theory]
    [InlineData("sessions_planned,sessions_held\n2,3", CohortColumns.SessionsHeld, CohortFileCodes.Inconsistent)]
    [InlineData("closed_on,closure_reason\n2024-12-31,other", CohortColumns.ClosedOn, CohortFileCodes.Inconsistent)]
    [InlineData("closed_on,closure_reason\n2025-03-01,", CohortColumns.ClosureReason, CohortFileCodes.Inconsistent)]
    [InlineData("closed_on,closure_reason\n2025-03-01,finished", CohortColumns.ClosureReason, CohortFileCodes.ClosureReasonInvalid)]
    [InlineData("satisfaction,would_recommend\n6,yes", CohortColumns.Satisfaction, CohortFileCodes.ScoreInvalid)]
    [InlineData("satisfaction,would_recommend\n4,perhaps", CohortColumns.WouldRecommend, CohortFileCodes.YesNoInvalid)]
    [InlineData("actions_agreed,actions_done\n-1,0", CohortColumns.ActionsAgreed, CohortFileCodes.CountInvalid)]
    public void Csv_ValueOutOfItsRule_NamesTheField(string extra, string field, string code)
    {
        var parts = extra.Split('\n');
        var csv = "case_id,programme,opened_on," + parts[0] + "\nA,job-search,2025-01-01," + parts[1] + "\n";

        var entry = Assert.Single(CohortFiles.ReadCsv(csv));

        Assert.Equal(new CohortProblem(2, field, code), entry.Problem);
    }

    [Fact]
    public void JsonLines_BrokenLine_IsReported_BlankLinesCount_AndReadingGoesOn()
    {
        var text = "{\"case_id\":\"A\",\"programme\":\"p\",\"opened_on\":\"2025-01-01\"}\n\n{\"case_id\":\"B\",\n{\"case_id\":\"C\",\"programme\":\"p\",\"opened_on\":\"2025-01-01\",\"sessions_planned\":[1]}\n{\"case_id\":\"D\",\"programme\":\"p\",\"opened_on\":\"2025-01-01\",\"unknown\":{\"a\":1}}";

        var entries = CohortFiles.ReadJsonLines(text);

        Assert.Equal(4, entries.Count);
        Assert.Equal(new CohortProblem(3, null, CohortFileCodes.JsonInvalid), entries[1].Problem);
        Assert.Equal(new CohortProblem(4, CohortColumns.SessionsPlanned, CohortFileCodes.JsonInvalid), entries[2].Problem);
        Assert.Equal("D", entries[3].Row!.CaseId);
    }

    [Fact]
    public void Pseudonymize_ReplacesTheIds_AndDropsTheNote()
    {
        var pseudonymizer = new Pseudonymizer(new byte[32]);
        var row = Rows.First(r => r.ClientId is not null && r.Note is not null);

        var hidden = row.Pseudonymize(pseudonymizer);

        Assert.Equal(pseudonymizer.Pseudonymize(row.CaseId), hidden.CaseId);
        Assert.Equal(pseudonymizer.Pseudonymize(row.ClientId!), hidden.ClientId);
        Assert.Null(hidden.Note);
        Assert.DoesNotContain(row.CaseId, CohortFiles.Csv([hidden]), StringComparison.Ordinal);
    }

    [Fact]
    public void Mapper_UnknownZone_IsReportedOnTheZoneField()
    {
        var mapper = new CohortRecordMapper(DateTimeZoneProviders.Tzdb);

        var mapped = mapper.TryMap(Rows[0] with { Zone = "Mars/Olympus" }, 7, out var record, out var problem);

        Assert.False(mapped);
        Assert.Null(record);
        Assert.Equal(new CohortProblem(7, CohortColumns.Zone, CohortFileCodes.ZoneUnknown), problem);
    }

    [Fact]
    public void Evaluator_CaseOpenedAfterTheDate_IsNotYetOpened_HorizonPastTheCutOff_IsNotReached_AndNoClosure_IsNotClosed()
    {
        var row = Rows[0] with { OpenedOn = new LocalDate(2025, 6, 1), ClosedOn = new LocalDate(2025, 9, 1), ClosureReason = Core.Evidence.ClosureReason.Other, DecisionOn = null, EmploymentOrTrainingOn = null };
        var early = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(new LocalDate(2025, 1, 1)), DateTimeZoneProviders.Tzdb);
        var horizon = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.After(Period.FromMonths(6), AsOfAnchor.Closure, new LocalDate(2026, 1, 1)), DateTimeZoneProviders.Tzdb);
        var due = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.After(Period.FromMonths(6), AsOfAnchor.Closure, new LocalDate(2026, 6, 1)), DateTimeZoneProviders.Tzdb);

        Assert.True(early.TryEvaluate(row, 2, out var notOpen, out _));
        Assert.True(horizon.TryEvaluate(row, 2, out var notDue, out _));
        Assert.True(due.TryEvaluate(row, 2, out var evaluated, out _));
        Assert.True(due.TryEvaluate(row with { ClosedOn = null, ClosureReason = null }, 2, out var open, out _));

        Assert.Equal(CaseOutcomeStatus.NotYetOpened, notOpen!.Status);
        Assert.Equal(CaseOutcomeStatus.HorizonNotReached, notDue!.Status);
        Assert.Equal(CaseOutcomeStatus.NotClosed, open!.Status);
        Assert.Equal(CaseOutcomeStatus.Evaluated, evaluated!.Status);
        Assert.Equal([null, null, null], new[] { notOpen.Summary, notDue.Summary, open.Summary });
        Assert.Equal([new LocalDate(2025, 1, 1), null, null], new[] { notOpen.AsOf, notDue.AsOf, open.AsOf });
        Assert.Equal(new LocalDate(2026, 3, 1), evaluated.AsOf);
        Assert.Equal(BuiltInRubrics.Default.Criteria.Length, evaluated.Summary!.Value.CriterionCount);
        Assert.Equal(273, evaluated.Days);
        Assert.False(evaluated.EnteredEmploymentOrTraining);
    }

    [Theory]
    [InlineData("6m", 0, 6, 0)]
    [InlineData("12w", 0, 0, 84)]
    [InlineData("1y", 1, 0, 0)]
    [InlineData("P3M", 0, 3, 0)]
    public void Horizon_IsReadFromShortText(string text, int years, int months, int days)
    {
        Assert.True(CaseAsOf.TryParseHorizon(text, out var horizon));
        Assert.Equal(new PeriodBuilder { Years = years, Months = months, Days = days }.Build().Normalize(), horizon.Normalize());
    }

    [Theory]
    [InlineData("")]
    [InlineData("6x")]
    [InlineData("0m")]
    [InlineData("m")]
    public void Horizon_NotATime_IsRefused(string text) => Assert.False(CaseAsOf.TryParseHorizon(text, out _));

    [Fact]
    public async Task Results_AsCsv_AreTheSameBytesForTheSameInput()
    {
        Assert.Equal(await ResultCsv(), await ResultCsv());
    }

    [Fact]
    public async Task Results_AsParquet_ReadBackWithTheirIdsAndMetadata()
    {
        var results = Evaluate();
        using var stream = new MemoryStream();
        await using (var writer = CaseResultWriter.Parquet(stream, BuiltInRubrics.Default, new System.Collections.Generic.Dictionary<string, string> { ["counselling.disclosure"] = "rule" }))
        {
            foreach (var result in results)
            {
                await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("rule", reader.CustomMetadata["counselling.disclosure"]);
        Assert.Equal("process-and-impact", reader.CustomMetadata["counselling.rubric"]);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal("case_id", fields[0].Name);
        Assert.Contains(fields, f => f.Name == Counselling.Core.Evaluation.Criteria.BuiltInCriteria.SessionsHeldAsPlanned);
        using var group = reader.OpenRowGroupReader(0);
        var ids = new string?[results.Length];
        await group.ReadAsync(fields[0], ids.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(results.Select(r => r.CaseId), ids);
    }

    [Fact]
    public async Task Results_AsJsonLines_HaveEveryColumnOnEveryLine()
    {
        using var stream = new MemoryStream();
        await using (var writer = CaseResultWriter.JsonLines(stream, BuiltInRubrics.Default))
        {
            foreach (var result in Evaluate())
            {
                await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Rows.Length, lines.Length);
        Assert.All(lines, l => Assert.Equal(10 + BuiltInRubrics.Default.Criteria.Length + 2, System.Text.Json.JsonDocument.Parse(l).RootElement.EnumerateObject().Count()));
    }

    private static CaseResult[] Evaluate()
    {
        var evaluator = new CohortEvaluator(BuiltInRubrics.Default, CaseAsOf.Fixed(new LocalDate(2026, 1, 1)), DateTimeZoneProviders.Tzdb, r => r.Programme);
        return [.. Rows.Select((r, i) => evaluator.TryEvaluate(r, i + 2, out var result, out var problem) ? result! : throw new InvalidOperationException(problem.ToString()))];
    }

    private static async Task<string> ResultCsv()
    {
        using var text = new StringWriter();
        await using (var writer = CaseResultWriter.Csv(text, BuiltInRubrics.Default))
        {
            foreach (var result in Evaluate())
            {
                await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        return text.ToString();
    }
}
