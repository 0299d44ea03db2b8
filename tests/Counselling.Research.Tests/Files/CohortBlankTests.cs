using System;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using NodaTime;
using Xunit;

namespace Counselling.Research.Tests.Files;

/// <summary>A blank cell of an export is "not recorded" (unknown); an explicit 0 or <c>none</c> is "nothing happened".</summary>
public sealed class CohortBlankTests
{
    private const string Header = "case_id,programme,opened_on,closed_on,closure_reason,sessions_planned,sessions_held,sessions_with_outcome,actions_agreed,actions_done,decision_on,employment_or_training_on,satisfaction,would_recommend,autonomy_intake,autonomy_closure\n";
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    [Fact]
    public void OutcomeColumnsLeftBlank_GiveUnknownCriteria_AndNeverNotSuccessful()
    {
        var csv = Header + "blank,job-search,2024-01-10,2024-06-10,dropped-out,,,,,,,,,,,\n";

        var row = CohortFiles.ReadCsv(csv).Single().Row!;
        var result = Evaluate(row, BuiltInRubrics.Default);

        Assert.Equal(CohortBlanks.All, row.Blanks);
        Assert.Equal(CriterionStatus.NoEvidence, StatusOf(result, BuiltInCriteria.SessionsHeldAsPlanned));
        Assert.Equal(CriterionStatus.NoEvidence, StatusOf(result, BuiltInCriteria.ActionsDone));
        Assert.Equal(CriterionStatus.NoEvidence, StatusOf(result, BuiltInCriteria.DecisionMade));
        Assert.Equal(CriterionStatus.NoEvidence, StatusOf(result, BuiltInCriteria.EmploymentOrTrainingEntered));
        Assert.DoesNotContain(CriterionStatus.NotMet, Enumerable.Range(0, result.Summary!.Value.CriterionCount).Select(result.Summary.Value.StatusOf));
        Assert.True(result.Summary?.Verdict is Verdict.Undetermined or Verdict.Pending, $"verdict {result.Summary?.Verdict}");
    }

    [Fact]
    public void ExplicitZeroAndNone_MeanNothingHappened_AndAreNotMet()
    {
        var csv = Header + "none,job-search,2024-01-10,2024-06-10,dropped-out,4,0,0,3,0,none,none,1,no,3,2\n";

        var row = CohortFiles.ReadCsv(csv).Single().Row!;
        var result = Evaluate(row, BuiltInRubrics.Default);

        Assert.Equal(CohortBlanks.None, row.Blanks);
        Assert.Equal(CriterionStatus.NotMet, StatusOf(result, BuiltInCriteria.SessionsHeldAsPlanned));
        Assert.Equal(CriterionStatus.NotMet, StatusOf(result, BuiltInCriteria.ActionsDone));
        Assert.Equal(CriterionStatus.NotMet, StatusOf(result, BuiltInCriteria.DecisionMade));
        Assert.Equal(CriterionStatus.Overdue, StatusOf(result, BuiltInCriteria.EmploymentOrTrainingEntered)); // the follow-up that should have told has passed
        Assert.Equal(Verdict.NotSuccessful, result.Summary?.Verdict);
    }

    [Fact]
    public void SessionsHeldWithoutSessionsPlanned_IsACountOnly_AndLeavesTheSessionCriteriaUnknown()
    {
        var csv = Header + "count,job-search,2024-01-10,2024-06-10,objectives-met,,5,,2,2,2024-03-01,2024-05-01,5,yes,2,4\n";

        var row = CohortFiles.ReadCsv(csv).Single().Row!;
        var result = Evaluate(row, BuiltInRubrics.Default);

        Assert.Equal(CohortBlanks.SessionsPlanned | CohortBlanks.SessionsWithOutcome, row.Blanks);
        Assert.Equal(5, row.SessionsHeld);
        Assert.Equal(CriterionStatus.NoEvidence, StatusOf(result, BuiltInCriteria.SessionsHeldAsPlanned));
        Assert.Equal(CriterionStatus.NoEvidence, StatusOf(result, BuiltInCriteria.SessionsWithOutcome));
        Assert.Equal(CriterionStatus.Met, StatusOf(result, BuiltInCriteria.DecisionMade));
        Assert.Equal(CriterionStatus.Met, StatusOf(result, BuiltInCriteria.ActionsDone));
    }

    [Fact]
    public void BlankAndNone_AreWrittenBackAsTheyWereRead_InCsvAndJsonLines()
    {
        var csv = Header
            + "blank,job-search,2024-01-10,2024-06-10,dropped-out,,,,,,,,,,,\n"
            + "none,job-search,2024-01-10,2024-06-10,dropped-out,4,0,0,3,0,none,none,none,none,none,none\n";
        var rows = CohortFiles.ReadCsv(csv).Select(e => e.Row!).ToArray();

        var csvAgain = CohortFiles.ReadCsv(CohortFiles.Csv(rows)).Select(e => e.Row).ToArray();
        var jsonLines = CohortFiles.JsonLines(rows);
        var jsonAgain = CohortFiles.ReadJsonLines(jsonLines).Select(e => e.Row).ToArray();

        Assert.Equal(rows, csvAgain);
        Assert.Equal(rows, jsonAgain);
        Assert.Contains("\"decision_on\":\"none\"", System.Text.Encoding.UTF8.GetString(jsonLines), StringComparison.Ordinal);
        Assert.DoesNotContain("decision_on", System.Text.Encoding.UTF8.GetString(jsonLines).Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void HeldAboveABlankPlanned_IsNotInconsistent_ButAbovePlannedIs()
    {
        var csv = Header
            + "a,job-search,2024-01-10,,,,7,,,,,,,,,\n"
            + "b,job-search,2024-01-10,,,3,7,,,,,,,,,\n";

        var entries = CohortFiles.ReadCsv(csv);

        Assert.NotNull(entries[0].Row);
        Assert.Equal(CohortColumns.SessionsHeld, entries[1].Problem!.Value.Field);
    }

    private static CaseResult Evaluate(CohortRow row, Rubric rubric)
    {
        var evaluator = new CohortEvaluator(rubric, CaseAsOf.Fixed(AsOf), DateTimeZoneProviders.Tzdb);
        Assert.True(evaluator.TryEvaluate(row, 2, out var result, out _));
        return result!;
    }

    private static CriterionStatus StatusOf(CaseResult result, string criterion)
        => result.Summary!.Value.StatusOf(Array.FindIndex([.. BuiltInRubrics.Default.Criteria], c => c.Criterion == criterion));
}
