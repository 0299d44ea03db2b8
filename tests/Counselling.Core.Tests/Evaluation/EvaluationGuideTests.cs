using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>The examples of docs/evaluation.md, run.</summary>
public sealed class EvaluationGuideTests
{
    /// <summary>An agency's own criterion, as the guide shows it.</summary>
    // guide: custom-criterion
    public sealed class CvUpdated() : CustomCriterion("agency:cv-updated", EvaluationAxis.Process)
    {
        public override CriterionEvaluation Evaluate(CaseRecord record, CriterionContext context)
        {
            var done = record.Contributions.Any(c => c.KnownAt <= context.AsOf && c.Contribution == "cv-updated");
            var reason = new Reason(done ? "agency.cv-updated.yes" : "agency.cv-updated.no");
            return done ? CriterionEvaluation.Met(reason) : CriterionEvaluation.NotMet(reason);
        }
    }
    // end guide

    [Fact]
    public void TheDefaultVerdict_AndThePlansFallingThrough()
    {
        var record = PlanBStoryTests.AtTheFourthMeeting().Build();
        var fourthMeeting = PlanBStoryTests.FourthMeeting;
        var august20 = Instant.FromUtc(2017, 8, 20, 15, 0);

        // guide: default-verdict
        var engine = new EvaluationEngine(BuiltInRubrics.Default);   // process and impact met, whatever the result
        var report = engine.Evaluate(record, fourthMeeting);           // dates read in record.Zone
        // report.Verdict == Verdict.Success; report.Result.Status == CriterionStatus.Pending (plan B's answer)

        var plansFellThrough = record.ToBuilder()
            .Add(new OptionFact("A", OptionStatus.Failed, august20, ActorKind.Client))
            .Add(new OptionFact("B", OptionStatus.Abandoned, august20, ActorKind.Client))
            .Add(new SituationFact(SituationKind.Employed, august20, ActorKind.Client, monthsAfterClosure: 3,
                                   job: new JobQuality(ContractKind.Temporary, meetsExpectations: true)))
            .Build();
        var later = engine.Evaluate(plansFellThrough, august20);
        // later.Verdict == Verdict.Success: the result is partly met and reported, it does not decide
        // later.Criterion(BuiltInCriteria.DecentJob).Status == CriterionStatus.Met: a temporary job he likes
        // end guide

        Assert.Equal((Verdict.Success, CriterionStatus.Pending), (report.Verdict, report.Result.Status));
        Assert.Equal((Verdict.Success, CriterionStatus.PartlyMet), (later.Verdict, later.Result.Status));
        Assert.Equal(CriterionStatus.Met, later.Criterion(BuiltInCriteria.DecentJob).Status);
    }

    [Fact]
    public void ThePointsOfView()
    {
        var fourthMeeting = PlanBStoryTests.FourthMeeting;
        var april10 = Instant.FromUtc(2017, 4, 10, 15, 30);
        var may15 = Instant.FromUtc(2017, 5, 15, 15, 0);
        var meeting4 = new SessionId(new Guid("00000000-0000-0000-0000-0000000000a4"));

        // guide: points-of-view
        var record = PlanBStoryTests.AtTheFourthMeeting()
            .Add(new InitialQuestionFact("plan-b", april10, ActorKind.Counsellor))                 // the question he came with
            .Add(new CounsellorObjectiveFact(BuiltInCriteria.DecisionMade, april10, ActorKind.Counsellor))
            .Add(new CounsellorObjectiveFact(BuiltInCriteria.Satisfaction, april10, ActorKind.Counsellor))
            .Add(new ContributionFact(ThirdPartyRole.Aunt, "college-application", may15, ActorKind.Client))     // unplanned, hers
            .Add(new JudgementFact(JudgeKind.Client, JudgementAnswer.Succeeded, may15, ActorKind.Counsellor))
            .Add(new JudgementFact(JudgeKind.Joint, JudgementAnswer.NotYetKnown, may15, ActorKind.Counsellor, meeting4))
            .Build();
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(record, fourthMeeting);
        foreach (var view in report.Perspectives)
        {
            // CounsellorObjectives: Success, CounsellorJudgement: (not given), ClientJudgement: Success,
            // JointEvaluation: Pending, AllAxesMet: Pending — each with its reasons
            Console.WriteLine($"{view.Perspective}: {view.Verdict?.ToString() ?? "not given"} ({view.Reasons.Count} reasons)");
        }
        // end guide

        Assert.Equal(
            [Verdict.Success, null, Verdict.Success, Verdict.Pending, Verdict.Pending],
            report.Perspectives.Select(p => p.Verdict));
        Assert.Single(report.Contributions);
        Assert.Equal("plan-b", report.InitialQuestion!.Value.Question);
    }

    [Fact]
    public void AHostsOwnCriterion()
    {
        var record = CaseRecordBuilderTests.NewRecord()
            .Add(new ContributionFact(ThirdPartyRole.PartnerOrganisation, "cv-updated", CaseRecordBuilderTests.Day(3), ActorKind.Partner, planned: true))
            .Add(new SatisfactionAnswer(new ScaleScore(4, 1, 5), CaseRecordBuilderTests.Day(4), ActorKind.Client))
            .Build();
        var asOf = CaseRecordBuilderTests.Day(5);

        // guide: custom-rubric
        var rubric = Rubric.WithCustomCriteria("agency-default", VerdictPolicy.ProcessAndImpactMet,
            [new(BuiltInCriteria.Satisfaction, 0.5), new("agency:cv-updated", 0.5)],
            [new CvUpdated()]);
        var catalog = MessageCatalog.Default
            .WithTemplate("en", "evaluation.criterion.agency:cv-updated", "CV updated")
            .WithTemplate("fr", "evaluation.criterion.agency:cv-updated", "CV mis à jour")
            .WithTemplate("en", "agency.cv-updated.yes", "The CV was updated.")
            .WithTemplate("fr", "agency.cv-updated.yes", "Le CV a été mis à jour.");
        var report = new EvaluationEngine(rubric).Evaluate(record, asOf);
        Console.WriteLine(report.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-BE"), catalog));
        // end guide

        Assert.Equal((CriterionStatus.Met, Verdict.Success), (report.Criterion("agency:cv-updated").Status, report.Verdict));
        Assert.Contains("Le CV a été mis à jour.", report.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-BE"), catalog), StringComparison.Ordinal);
    }

    [Fact]
    public void Cohorts()
    {
        var records = Enumerable.Range(0, 50).Select(i => RandomHistory.Create(i, i % 5).Build()).ToList();
        var asOf = Instant.FromUtc(2026, 1, 1, 0, 0);

        // guide: cohorts
        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        var bySite = engine.EvaluateCohortInParallel(records, asOf, r => r.Site);   // groups in input order, every run
        CohortCounts? noSite = bySite.WithoutKey;                                  // records whose key was null
        int returns = bySite.Total.Returns;                                         // clients who came back
        var none = engine.EvaluateCohortInParallel(new List<CaseRecord>(), asOf, r => r.Site);   // empty, no throw
        // end guide

        Assert.Equal(50, noSite!.Count + noSite.NotYetOpened);
        Assert.Equal(0, returns);
        Assert.Equal(0, none.Total.Count);
    }

    [Fact]
    public void RecordsFromAnExport()
    {
        var opened = Instant.FromUtc(2019, 3, 4, 9, 0);
        var closed = opened + Duration.FromDays(120);
        var extracted = Instant.FromUtc(2025, 6, 30, 0, 0);

        // guide: export
        var builder = new CaseRecordBuilder("AG2-2019-00417", "career-choice", opened, DateTimeZone.Utc)
            .WithAgency("ag2").WithSite("north")
            .WithSessionCount(6)                                            // sessions exported as a number only
            .NotRecorded(EvidenceKinds.Actions | EvidenceKinds.Autonomy)    // columns the export lacks
            .AddSatisfaction(4, 1, 5, closed, ActorKind.Client, wouldComeBack: true, wouldRecommend: true)
            .Close(closed, ClosureReason.ObjectivesMet);
        CaseRecordValidation check = builder.Validate();                   // every problem, each with its field
        CaseRecord record = builder.Build();

        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        var sixMonths = AsOfPolicy.MonthsAfterOpening(6).NoLaterThan(extracted);
        foreach (CaseOutcome row in engine.EvaluateCases([record], sixMonths, CohortKeys.Agency))
        {
            // row.CaseId, row.GroupKey, row.AsOf, row.Status, row.Verdict, row.CriterionStatuses…
        }

        CohortCounts counts = engine.EvaluateCohortByKey([record], sixMonths, CohortKeys.Site).Total;
        CohortCounts both = counts + counts;                                // counts merge
        // end guide

        Assert.True(check.IsValid);
        Assert.NotEqual(Verdict.NotSuccessful, Assert.Single(engine.EvaluateCases([record], sixMonths)).Verdict);
        Assert.Equal((0, 1), (counts.NotSuccessful, counts.WithUnknown));
        Assert.Equal(2, both.Count);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("custom-criterion")]
    [InlineData("default-verdict")]
    [InlineData("points-of-view")]
    [InlineData("custom-rubric")]
    [InlineData("cohorts")]
    public void TheGuide_ShowsTheTestedExample(string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Evaluation/EvaluationGuideTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/evaluation.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }
}
