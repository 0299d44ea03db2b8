using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Evaluation.PlanBStoryTests;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// « Oui, mon intervention a réussi »: the default policy reaches the counsellor's conclusion on the story's facts and on
/// each variant — the result may not be the one wished, but the process succeeded and the impact was positive.
/// </summary>
public sealed class ArticleConclusionTests
{
    private static readonly EvaluationEngine Default = new(BuiltInRubrics.Default);
    private static readonly Instant LaterOn = Instant.FromUtc(2017, 9, 10, 12, 0);

    private static void AssertSuccessBecauseProcessAndImpact(EvaluationReport report)
    {
        Assert.Equal(Verdict.Success, report.Verdict);
        var because = report.Reasons[0];
        Assert.Equal("evaluation.verdict.success", because.Code);
        Assert.Equal(VerdictPolicy.ProcessAndImpactMet, because["policy"]);
        Assert.Equal(CriterionStatus.Met, because["process"]);
        Assert.Equal(CriterionStatus.Met, because["impact"]);
    }

    [Fact]
    public void OnTheStorysFacts_TheDefaultPolicySaysSuccess_WithTheResultStillPendingAndReported()
    {
        var report = Default.Evaluate(AtTheFourthMeeting().Build(), FourthMeeting);

        AssertSuccessBecauseProcessAndImpact(report);
        Assert.Equal(CriterionStatus.Pending, report.Result.Status);
        Assert.Contains(report.Reasons, r => r.Code == "evaluation.verdict.result-not-required" && (CriterionStatus?)r["result"] == CriterionStatus.Pending);
        Assert.Equal(new LocalDate(2017, 8, 28), report.ReEvaluateAfter);
    }

    [Fact]
    public void WhenBothPlansFallThrough_ButHeKeepsAJobHeLikes_AndIsSatisfied_ItIsStillASuccess()
    {
        var record = AtTheFourthMeeting()
            .Add(new OptionFact("A", OptionStatus.Failed, Instant.FromUtc(2017, 8, 1, 15, 0), ActorKind.Client))
            .Add(new OptionFact("B", OptionStatus.Abandoned, Instant.FromUtc(2017, 8, 20, 15, 0), ActorKind.Client))
            .Add(new SituationFact(SituationKind.Employed, Instant.FromUtc(2017, 8, 20, 15, 0), ActorKind.Client, monthsAfterClosure: 3, job: new JobQuality(ContractKind.Permanent, 38, meetsExpectations: true)))
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), Instant.FromUtc(2017, 8, 20, 15, 0), ActorKind.Client, wouldComeBack: true, wouldRecommend: true))
            .Build();

        var report = Default.Evaluate(record, LaterOn);

        AssertSuccessBecauseProcessAndImpact(report);
        Assert.Equal(CriterionStatus.NotMet, report.Criterion(BuiltInCriteria.OptionsResolved).Status);
        Assert.Equal(CriterionStatus.Met, report.Criterion(BuiltInCriteria.DecentJob).Status);
        Assert.Equal(CriterionStatus.PartlyMet, report.Result.Status);
        Assert.Contains(report.Reasons, r => r.Code == "evaluation.verdict.result-not-required" && (CriterionStatus?)r["result"] == CriterionStatus.PartlyMet);
        Assert.Equal(Verdict.NotSuccessful, new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(record, LaterOn).Verdict);
    }

    [Fact]
    public void WhenTheSessionsWereHeldWithoutBeingPlannedAhead_TheProcessIsNotPenalised()
    {
        var builder = new CaseRecordBuilder(InterventionId.New(), ClientId.New(), CounsellorId.New(), "career-choice", Instant.FromUtc(2017, 4, 10, 14, 0), DateTimeZone.Utc);
        foreach (var record in AtTheFourthMeeting().Build().Sessions)
        {
            builder.Add(new SessionFact(record.Session, planned: false, record.Status, record.KnownAt, record.Source, outcomes: [.. record.Outcomes]));
        }

        var story = AtTheFourthMeeting().Build();
        foreach (var action in story.Actions)
        {
            builder.Add(action);
        }

        builder.Add(story.Satisfaction[0]).Add(story.Decisions[0]).Add(story.Autonomy[0]).Add(story.Autonomy[1]).Close(story.ClosedAt!.Value, ClosureReason.ClientAutonomous);

        var report = Default.Evaluate(builder.Build(), FourthMeeting);

        AssertSuccessBecauseProcessAndImpact(report);
        var sessions = report.Criterion(BuiltInCriteria.SessionsHeldAsPlanned);
        Assert.Equal(CriterionStatus.Met, sessions.Status);
        Assert.Equal(4, Assert.Single(sessions.Reasons, r => r.Code == "evaluation.sessions.held-unplanned")["count"]);
    }

    [Fact]
    public void WhenAutonomyStaysLow_ItIsNotAFailureByItself()
    {
        // Assessed again at the end: still 2 out of 5, as at intake.
        var record = AtTheFourthMeeting()
            .Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(2, 1, 5), Instant.FromUtc(2017, 5, 15, 16, 30), ActorKind.Counsellor));

        var report = Default.Evaluate(record.Build(), FourthMeeting);

        AssertSuccessBecauseProcessAndImpact(report);
        var autonomy = report.Criterion(BuiltInCriteria.AutonomyIncreased);
        Assert.Equal(CriterionStatus.NotMet, autonomy.Status);
        Assert.True(autonomy.SetAside);
        Assert.Contains(autonomy.Reasons, r => r.Code == "evaluation.criterion.counts-only-in-favour");
        Assert.Equal(CriterionStatus.Met, report.Impact.Status);
    }

    [Fact]
    public void WhenHeLeavesDissatisfied_ItIsNotASuccess_EvenWithTheProcessMet()
    {
        var record = AtTheFourthMeeting()
            .Add(new SatisfactionAnswer(new ScaleScore(1, 1, 5), FourthMeeting, ActorKind.Client, wouldComeBack: false, wouldRecommend: false))
            .Build();

        var report = Default.Evaluate(record, FourthMeeting);

        Assert.Equal(Verdict.NotSuccessful, report.Verdict);
        Assert.Equal(CriterionStatus.Met, report.Process.Status);
        Assert.Equal(CriterionStatus.PartlyMet, report.Impact.Status);
    }

    [Fact]
    public void TheDefaultRubric_HoldsTheDecentOutcome_AndAutonomyOnlyInFavour()
    {
        var rubric = BuiltInRubrics.Default;

        Assert.Equal(VerdictPolicy.ProcessAndImpactMet, rubric.Policy);
        Assert.Contains(rubric.Criteria, c => c.Criterion == BuiltInCriteria.DecentJob);
        Assert.True(rubric.Criteria.Single(c => c.Criterion == BuiltInCriteria.AutonomyIncreased).CountsOnlyInFavour);
        Assert.Equal(1.0, rubric.Criteria.Sum(c => c.Weight), 9);
    }
}
