using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Evaluation.CaseRecordBuilderTests;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>What a host does without touching the library: its own criterion, its own report for a screen test, cohorts with missing keys.</summary>
public sealed class HostExtensionTests
{
    /// <summary>An agency's own criterion: at least two sessions were held by the as-of instant.</summary>
    private sealed class AtLeastTwoSessionsHeld() : CustomCriterion("agency:two-sessions", EvaluationAxis.Process)
    {
        public override CriterionEvaluation Evaluate(CaseRecord record, CriterionContext context)
        {
            var held = record.Sessions.Count(s => s.KnownAt <= context.AsOf && s.Status == SessionStatus.Held);
            var reason = new Reason("agency.two-sessions.count", new ReasonArgument("held", held));
            return held >= 2 ? CriterionEvaluation.Met(reason) : CriterionEvaluation.NotMet(reason);
        }
    }

    private static Rubric HostRubric() => Rubric.WithCustomCriteria(
        "agency",
        VerdictPolicy.ProcessAndImpactMet,
        [new(BuiltInCriteria.Satisfaction, 0.5), new("agency:two-sessions", 0.5)],
        [new AtLeastTwoSessionsHeld()]);

    [Fact]
    public void AHostsOwnCriterion_CountsInARubric_BesideTheBuiltInOnes()
    {
        var record = NewRecord()
            .Add(new SessionFact(SessionId.New(), true, SessionStatus.Held, Day(1), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Proposal]))
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), Day(2), ActorKind.Client))
            .Build();
        var engine = new EvaluationEngine(HostRubric());

        var once = engine.Evaluate(record, Day(3));
        var twice = engine.Evaluate(record.ToBuilder().Add(new SessionFact(SessionId.New(), true, SessionStatus.Held, Day(4), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Proposal])).Build(), Day(5));

        Assert.Equal((CriterionStatus.NotMet, Verdict.NotSuccessful), (once.Criterion("agency:two-sessions").Status, once.Verdict));
        Assert.Equal((CriterionStatus.Met, Verdict.Success), (twice.Criterion("agency:two-sessions").Status, twice.Verdict));
        Assert.Equal(2, twice.Criterion("agency:two-sessions").Reasons[0]["held"]);
        Assert.Equal(EvaluationAxis.Process, twice.Criterion("agency:two-sessions").Axis);
        var catalog = MessageCatalog.Default.WithTemplate("en", "agency.two-sessions.count", "{held} sessions held.");
        Assert.Contains("2 sessions held.", twice.Describe(CultureInfo.GetCultureInfo("en-CA"), catalog), StringComparison.Ordinal);
    }

    [Fact]
    public void ARubricNamingAnUnknownCriterion_IsStillRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rubric("agency", VerdictPolicy.AllAxesMet, [new("agency:two-sessions", 1)]));

        Assert.Equal("criteria[0].Criterion", error.ParamName);
    }

    [Fact]
    public void ACustomCriterion_CannotTakeABuiltInCode()
        => Assert.Throws<ArgumentException>(() => Rubric.WithCustomCriteria("x", VerdictPolicy.AllAxesMet, [new(BuiltInCriteria.Satisfaction, 1)], [new Impostor()]));

    [Fact]
    public void AUiTeam_CanBuildAReportForItsOwnScreenTests()
    {
        var rubric = new Rubric("screen", VerdictPolicy.ProcessAndImpactMet, [new(BuiltInCriteria.Satisfaction, 1)]);
        var because = new Reason("evaluation.satisfaction.met", new ReasonArgument("score", 5), new ReasonArgument("minimum", 1), new ReasonArgument("maximum", 5), new ReasonArgument("threshold", 75), new ReasonArgument("known", new LocalDate(2026, 5, 1)), new ReasonArgument("source", ActorKind.Client));
        var summary = new EvaluationSummary(InterventionId.New(), Verdict.Success, 1, CriterionStatus.NotApplicable, CriterionStatus.NotApplicable, CriterionStatus.Met, null, [CriterionStatus.Met]);
        var report = new EvaluationReport(
            rubric,
            Instant.FromUtc(2026, 5, 2, 12, 0),
            DateTimeZoneProviders.Tzdb["Europe/Brussels"],
            summary,
            [new CriterionResult(BuiltInCriteria.Satisfaction, EvaluationAxis.Impact, 1, CriterionStatus.Met, 1, null, [because])],
            [
                new AxisResult(EvaluationAxis.Result, CriterionStatus.NotApplicable, 0, null, [new Reason("evaluation.axis.not-applicable", new ReasonArgument("axis", EvaluationAxis.Result))]),
                new AxisResult(EvaluationAxis.Process, CriterionStatus.NotApplicable, 0, null, [new Reason("evaluation.axis.not-applicable", new ReasonArgument("axis", EvaluationAxis.Process))]),
                new AxisResult(EvaluationAxis.Impact, CriterionStatus.Met, 1, null, [new Reason("evaluation.axis.met", new ReasonArgument("axis", EvaluationAxis.Impact))]),
            ],
            [new Reason("evaluation.verdict.success", new ReasonArgument("policy", VerdictPolicy.ProcessAndImpactMet), new ReasonArgument("result", CriterionStatus.NotApplicable), new ReasonArgument("process", CriterionStatus.NotApplicable), new ReasonArgument("impact", CriterionStatus.Met))],
            [new PerspectiveResult(EvaluationPerspective.ClientJudgement, Verdict.Success, [new Reason("evaluation.perspective.judgement", new ReasonArgument("judge", JudgeKind.Client), new ReasonArgument("answer", JudgementAnswer.Succeeded), new ReasonArgument("known", new LocalDate(2026, 5, 1)), new ReasonArgument("source", ActorKind.Client))])],
            []);

        var text = report.Describe(CultureInfo.GetCultureInfo("fr-BE"));

        Assert.Equal(new LocalDate(2026, 5, 2), report.AsOfDate);
        Assert.Equal(Verdict.Success, report.From(EvaluationPerspective.ClientJudgement)!.Verdict);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CriterionResult(BuiltInCriteria.Satisfaction, EvaluationAxis.Impact, 1, CriterionStatus.Met, 1.5, null, [because]));
        Assert.Throws<ArgumentException>(() => new AxisResult(EvaluationAxis.Impact, CriterionStatus.Met, 1, null, []));
    }

    [Fact]
    public void AnEmptyCohort_InParallel_GivesEmptyCounts()
    {
        var engine = new EvaluationEngine(BuiltInRubrics.Default);

        var fromList = engine.EvaluateCohortInParallel(new List<CaseRecord>(), Day(10), r => r.Programme);
        var fromSequence = engine.EvaluateCohortInParallel(Enumerable.Empty<CaseRecord>().Where(_ => true), Day(10), r => r.Programme);

        Assert.Equal((0, 0), (fromList.Total.Count, fromList.Groups.Count));
        Assert.Equal((0, 0), (fromSequence.Total.Count, fromSequence.Groups.Count));
    }

    [Fact]
    public void RecordsWithoutAKey_AreGroupedApart_SequentialOrParallel()
    {
        var records = Enumerable.Range(0, 40).Select(i => (i % 3 == 0 ? NewRecord() : NewRecord().WithSite("site-" + (i % 2))).Build()).ToList();
        var engine = new EvaluationEngine(BuiltInRubrics.Default);

        var sequential = engine.EvaluateCohort(records, Day(10), r => r.Site);
        var parallel = engine.EvaluateCohortInParallel(records, Day(10), r => r.Site, 2);

        Assert.Equal(14, sequential.WithoutKey!.Count);
        Assert.Equal(14, parallel.WithoutKey!.Count);
        Assert.Equal(40, sequential.Total.Count);
    }

    [Fact]
    public void ParallelGroups_ComeBackInTheOrderTheirFirstRecordCame_EveryTime()
    {
        var records = Enumerable.Range(0, 5000).Select(i => RandomHistory.Create(i, i % 5).Build()).ToList();
        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        var expected = engine.EvaluateCohort(records, Day(400), r => r.Counsellor!.Value).Groups.Keys.ToList();

        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(expected, engine.EvaluateCohortInParallel(records, Day(400), r => r.Counsellor!.Value, 2).Groups.Keys);
            Assert.Equal(expected, engine.EvaluateCohortInParallel(records.Select(r => r), Day(400), r => r.Counsellor!.Value, 2).Groups.Keys);
        }
    }

    [Fact]
    public void ACohort_CountsReturns()
    {
        var first = NewRecord().Build();
        var back = NewRecord().FollowingOn(first.Intervention).Build();

        var counts = new EvaluationEngine(BuiltInRubrics.Default).EvaluateCohort([first, back], Day(10));

        Assert.Equal((2, 1), (counts.Count, counts.Returns));
        Assert.Equal(first.Intervention, back.PreviousIntervention);
        Assert.Equal(first.Intervention, new EvaluationEngine(BuiltInRubrics.Default).Evaluate(back, Day(10)).PreviousIntervention);
    }

    [Fact]
    public void ARecordWithoutAZone_CannotBeBuilt()
        => Assert.Throws<ArgumentNullException>(() => new CaseRecordBuilder(InterventionId.New(), ClientId.New(), CounsellorId.New(), "career-choice", Opened, null!));

    private sealed class Impostor() : CustomCriterion(BuiltInCriteria.Satisfaction, EvaluationAxis.Impact)
    {
        public override CriterionEvaluation Evaluate(CaseRecord record, CriterionContext context) => CriterionEvaluation.Met(new Reason("x"));
    }
}
