using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Situation;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>What a researcher evaluating a past export needs: missing is not failure, overdue is not pending, a row per case.</summary>
public sealed class ResearchExportTests
{
    private static readonly Instant Opened = Instant.FromUtc(2024, 1, 8, 9, 0);
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.Default);

    private static Instant Day(int days) => Opened + Duration.FromDays(days);

    private static CaseRecordBuilder Export(string caseId, Instant? opened = null)
        => new(caseId, "career-choice", opened ?? Opened, DateTimeZone.Utc);

    private static int IndexOf(string criterion) => BuiltInRubrics.Default.Criteria.Select((c, i) => (c, i)).First(p => p.c.Criterion == criterion).i;

    [Fact]
    public void SessionsExportedAsACount_LeaveTheSessionCriteriaUnknown_NotFailed()
    {
        var record = Export("AG1-0001").WithSessionCount(5).Close(Day(90), ClosureReason.ObjectivesMet).Build();

        var report = Engine.Evaluate(record, Day(400));

        var outcomes = report.Criteria.Single(c => c.Criterion == BuiltInCriteria.SessionsWithOutcome);
        Assert.Equal(CriterionStatus.NoEvidence, outcomes.Status);
        Assert.Contains(outcomes.Reasons, r => r.Code == "evaluation.criterion.sessions-count-only" && (int?)r["count"] == 5);
        Assert.Equal(CriterionStatus.NoEvidence, report.Criteria.Single(c => c.Criterion == BuiltInCriteria.SessionsHeldAsPlanned).Status);
        Assert.Equal(Verdict.Undetermined, report.Verdict);
    }

    [Fact]
    public void ACaseWithOnlyMissingAnswers_IsUndetermined_AndCountedApartFromTheFailures()
    {
        var records = Enumerable.Range(0, 1000)
            .Select(i => Export("AG2-" + i.ToString("D4", CultureInfo.InvariantCulture))
                .WithSessionCount(i % 7)
                .NotRecorded(EvidenceKinds.Satisfaction | EvidenceKinds.Autonomy | EvidenceKinds.Actions | EvidenceKinds.Objectives)
                .Close(Day(60 + (i % 30)), ClosureReason.ObjectivesMet)
                .Build())
            .ToList();

        var counts = Engine.EvaluateCohortByKey(records, AsOfPolicy.Fixed(Day(800)), CohortKeys.Agency).Total;

        Assert.Equal(0, counts.NotSuccessful);
        Assert.Equal(1000, counts.Undetermined);
        Assert.Equal(1000, counts.WithUnknown);
        Assert.Equal(1000, counts.CountOf(IndexOf(BuiltInCriteria.Satisfaction), CriterionStatus.NoEvidence) + counts.CountOf(IndexOf(BuiltInCriteria.Satisfaction), CriterionStatus.Overdue));
    }

    [Fact]
    public void AnAnswerFoundShortIsStillAFailure_WhateverIsMissingBesides()
    {
        var record = Export("AG1-0002")
            .AddSatisfaction(1, 1, 5, Day(80), ActorKind.Client, wouldComeBack: false, wouldRecommend: false)
            .NotRecorded(EvidenceKinds.Sessions | EvidenceKinds.Actions)
            .Close(Day(90), ClosureReason.ObjectivesMet)
            .Build();

        Assert.Equal(Verdict.NotSuccessful, Engine.Summarize(record, Day(100)).Verdict);
    }

    [Fact]
    public void AnOptionWhoseAnswerIsLate_IsOverdue_NotPending_AndTheReportSaysSo()
    {
        var record = Export("AG3-0417")
            .Add(new OptionFact("A", OptionStatus.Pending, Day(10), ActorKind.Client, expectedBy: new LocalDate(2024, 5, 1)))
            .Build();
        var asOf = Instant.FromUtc(2025, 6, 30, 12, 0);

        var report = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(record, asOf);

        var option = report.Criteria.Single(c => c.Criterion == BuiltInCriteria.OptionsResolved);
        Assert.Equal(CriterionStatus.Overdue, option.Status);
        Assert.Contains(option.Reasons, r => r.Code == "evaluation.criterion.overdue" && (LocalDate?)r["due"] == new LocalDate(2024, 5, 1));
        Assert.True(report.ReEvaluateAfter is null || report.ReEvaluateAfter >= new LocalDate(2025, 6, 30));
        Assert.DoesNotContain(report.Reasons, r => r.Code == "evaluation.verdict.re-evaluate-after" && (LocalDate?)r["date"] < new LocalDate(2025, 6, 30));
        var overdue = Assert.Single(report.Reasons, r => r.Code == "evaluation.verdict.overdue");
        Assert.Contains("overdue", MessageCatalog.Default.Format(overdue, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("en retard", MessageCatalog.Default.Format(overdue, CultureInfo.GetCultureInfo("fr")), StringComparison.Ordinal);
    }

    [Fact]
    public void ADecisionAwaitedByAPlannedEndThatHasPassed_IsOverdue()
    {
        var record = Export("AG3-0418").WithPlannedEnd(new LocalDate(2024, 5, 1)).Build();

        var report = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(record, Instant.FromUtc(2025, 6, 30, 12, 0));

        Assert.Equal(CriterionStatus.Overdue, report.Criteria.Single(c => c.Criterion == BuiltInCriteria.DecisionMade).Status);
        Assert.NotEqual(Verdict.Pending, report.Verdict);
    }

    [Fact]
    public void AsOfSixMonthsAfterOpening_EvaluatesEachCaseAtItsOwnHorizon()
    {
        var early = Export("A").Close(Day(30), ClosureReason.ObjectivesMet).Build();
        var late = Export("B", Day(100)).Build();
        var policy = AsOfPolicy.MonthsAfterOpening(6);

        var rows = Engine.EvaluateCases([early, late], policy).ToList();

        Assert.Equal(Opened.InUtc().LocalDateTime.PlusMonths(6).InUtc().ToInstant(), rows[0].AsOf);
        Assert.Equal(Day(100).InUtc().LocalDateTime.PlusMonths(6).InUtc().ToInstant(), rows[1].AsOf);
        Assert.All(rows, r => Assert.Equal(CaseOutcomeStatus.Evaluated, r.Status));
    }

    [Fact]
    public void AHorizonAfterTheCutoff_OrAfterAClosureThatDidNotHappen_IsSaidSo_NotEvaluated()
    {
        var open = Export("A").Build();
        var recent = Export("B", Day(300)).Close(Day(320), ClosureReason.ObjectivesMet).Build();
        var cutoff = Day(400);

        var afterClosure = Engine.EvaluateCases([open, recent], AsOfPolicy.MonthsAfterClosure(3).NoLaterThan(cutoff)).ToList();
        var afterOpening = Engine.EvaluateCohortByKey([open, recent], AsOfPolicy.MonthsAfterOpening(6).NoLaterThan(cutoff), CohortKeys.Programme).Total;

        Assert.Equal([CaseOutcomeStatus.NotClosed, CaseOutcomeStatus.HorizonNotReached], afterClosure.Select(r => r.Status));
        Assert.Null(afterClosure[0].AsOf);
        Assert.Null(afterClosure[1].Verdict);
        Assert.Equal((1, 1), (afterOpening.Count, afterOpening.HorizonNotReached));
    }

    [Fact]
    public void ACaseIdFromAnExport_NeedsNoClientNorCounsellor_AndGivesTheSameInterventionEachTime()
    {
        var first = Export(" AG4-2019-00417 ").Build();
        var again = Export("AG4-2019-00417").Build();

        Assert.Equal("AG4-2019-00417", first.CaseId);
        Assert.Equal(first.Intervention, again.Intervention);
        Assert.NotEqual(Export("AG4-2019-00418").Build().Intervention, first.Intervention);
        Assert.Null(first.Client);
        Assert.Null(first.Counsellor);
        Assert.Throws<ArgumentException>(() => Export(" "));
    }

    [Fact]
    public void Validate_ListsEveryProblem_WithItsField_AndTheScaleOfALevelOffItsScale()
    {
        var builder = Export("AG1-0003")
            .Add(new DecisionFact(DecisionKind.Plan, Opened - Duration.FromDays(2), ActorKind.Client))
            .Add(new DecisionFact(DecisionKind.Job, Opened - Duration.FromDays(1), ActorKind.Client))
            .AddSatisfaction(7, 1, 5, Day(20), ActorKind.Client)
            .AddAutonomy(AssessmentMoment.Intake, 0, 1, 10, Day(1), ActorKind.Counsellor);

        var problems = builder.Validate().Problems;

        Assert.Equal(["decisions[0].KnownAt", "decisions[1].KnownAt", "satisfaction(added 1).Score", "autonomy(added 1).Score"], problems.Select(p => p.Field));
        Assert.Equal(["satisfaction", "autonomy"], problems.Where(p => p.Scale is not null).Select(p => p.Scale!));
        Assert.Contains("satisfaction", MessageCatalog.Default.Format(problems[2].Reason, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("« satisfaction »", MessageCatalog.Default.Format(problems[2].Reason, CultureInfo.GetCultureInfo("fr")), StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.Equal("decisions[0].KnownAt", error.ParamName);
        Assert.Contains("3 more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFollowUpOnACaseStillOpen_SaysTheCaseIsStillOpen()
    {
        var builder = Export("AG1-0004").Add(new SituationFact(SituationKind.Employed, Day(200), ActorKind.Client, monthsAfterClosure: 3));

        var problem = Assert.Single(builder.Validate().Problems);

        Assert.Equal(("situations[0].MonthsAfterClosure", "case-record.follow-up-while-open"), (problem.Field, problem.Code));
        Assert.Contains("still open", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("after the intervention closed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryInputRow_GivesARow_InOrder_WithItsIdsAndKeys_EvenWhenNotYetOpen()
    {
        var records = new[]
        {
            Export("C-1").WithSite("north").WithAgency("ag1").Close(Day(30), ClosureReason.ObjectivesMet).Build(),
            Export("C-2", Day(500)).WithSite("south").Build(),
            Export("C-3").Build(),
        };

        var rows = Engine.EvaluateCases(records, AsOfPolicy.Fixed(Day(100)), CohortKeys.Agency).ToList();

        Assert.Equal(["C-1", "C-2", "C-3"], rows.Select(r => r.CaseId));
        Assert.Equal([0L, 1L, 2L], rows.Select(r => r.Row));
        Assert.Equal(["ag1", CohortKeys.None, CohortKeys.None], rows.Select(r => r.GroupKey));
        Assert.Equal(CaseOutcomeStatus.NotYetOpened, rows[1].Status);
        Assert.Empty(rows[1].CriterionStatuses);
        Assert.Equal(("north", "career-choice"), (rows[0].Site, rows[0].Programme));
        Assert.Equal(BuiltInRubrics.Default.Criteria.Select(c => c.Criterion), rows[0].CriterionCodes);
        Assert.Equal(rows[0].CriterionCodes.Count, rows[0].CriterionStatuses.Count);
        Assert.Equal(new LocalDate(2024, 4, 17), rows[0].AsOfDate);
    }

    [Fact]
    public void GroupingByAMissingKey_CountsTheCaseUnderNone_RatherThanThrowing()
    {
        var records = new[] { Export("A").WithSite("north").Build(), Export("B").Build() };

        var report = Engine.EvaluateCohortByKey(records, AsOfPolicy.Fixed(Day(10)), CohortKeys.Site);

        Assert.Equal(["north", CohortKeys.None], report.Groups.Keys);
        Assert.Null(report.WithoutKey);
    }

    [Fact]
    public void CohortCounts_Merge_AndSerializeWithTheirVerdictAndUnknownCounts()
    {
        var all = Enumerable.Range(0, 40).Select(i => RandomHistory.Create(i, i % 9).Build()).ToList();
        var asOf = AsOfPolicy.Fixed(Instant.FromUtc(2025, 6, 1, 0, 0));
        var whole = Engine.EvaluateCohortByKey(all, asOf, CohortKeys.Programme).Total;
        var first = Engine.EvaluateCohortByKey(all.Take(15), asOf, CohortKeys.Programme).Total;
        var second = Engine.EvaluateCohortByKey(all.Skip(15), asOf, CohortKeys.Programme).Total;

        Assert.Equal(whole, first + second);
        Assert.Equal(whole, CohortCounts.Merge(second, first));
        var json = JsonSerializer.Serialize(whole);
        foreach (var name in new[] { "Successes", "Pending", "NotSuccessful", "Undetermined", "WithUnknown", "WithOverdue", "NotYetOpened", "NotClosed", "HorizonNotReached" })
        {
            Assert.Contains("\"" + name + "\":", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnEmptyCohort_IsJustEmpty()
    {
        var report = Engine.EvaluateCohortByKey([], AsOfPolicy.MonthsAfterOpening(12), CohortKeys.Site, maxDegreeOfParallelism: 2);

        Assert.Equal(new CohortCounts(BuiltInRubrics.Default.Criteria.Length), report.Total);
        Assert.Empty(report.Groups);
        Assert.Empty(Engine.EvaluateCases([], AsOfPolicy.MonthsAfterOpening(3)));
    }
}
