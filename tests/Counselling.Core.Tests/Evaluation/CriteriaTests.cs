using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Evaluation.CaseRecordBuilderTests;

namespace Counselling.Core.Tests.Evaluation;

public sealed class CriteriaTests
{
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.DecentWork);

    private static CriterionResult Judge(CaseRecordBuilder builder, int asOfDay, string criterion, Rubric? rubric = null)
        => new EvaluationEngine(rubric ?? BuiltInRubrics.DecentWork).Evaluate(builder.Build(), Day(asOfDay)).Criterion(criterion);

    private static LocalDate Date(int days) => Day(days).InUtc().Date;

    private static Rubric With(string criterion, double? threshold)
        => new("one", VerdictPolicy.AllAxesMet, [new(criterion, 1, Threshold: threshold)]);

    [Fact]
    public void Evaluate_BeforeTheInterventionOpened_IsRefused()
    {
        var record = NewRecord().Build();

        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => Engine.Evaluate(record, Day(-1))).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => Engine.Summarize(record, Day(-1))).ParamName);
    }

    [Fact]
    public void AnObjective_IsPendingUntilItsDeadline_ThenNotMet()
    {
        var objective = ObjectiveId.New();
        var builder = NewRecord().Add(new ObjectiveFact(objective, Date(30), 0, 3, IndicatorDirection.Increase, Day(1), ActorKind.Counsellor))
            .Add(new IndicatorReading(objective, 2, Day(10), ActorKind.Client));

        var before = Judge(builder, 20, BuiltInCriteria.ObjectiveReached);
        var after = Judge(builder, 31, BuiltInCriteria.ObjectiveReached);

        Assert.Equal((CriterionStatus.Pending, Date(30)), (before.Status, before.ExpectedBy));
        Assert.Equal(CriterionStatus.NotMet, after.Status);
        Assert.Equal("evaluation.objective.missed", Assert.Single(after.Reasons).Code);
    }

    [Fact]
    public void AnObjectiveToReduce_IsReachedByAReadingAtOrBelowItsTarget()
    {
        var objective = ObjectiveId.New();
        var builder = NewRecord().Add(new ObjectiveFact(objective, Date(60), 10, 4, IndicatorDirection.Decrease, Day(1), ActorKind.Counsellor))
            .Add(new IndicatorReading(objective, 4, Day(10), ActorKind.Partner));

        var result = Judge(builder, 20, BuiltInCriteria.ObjectiveReached);

        Assert.Equal(CriterionStatus.Met, result.Status);
        Assert.Equal(ActorKind.Partner, result.Reasons[0]["source"]);
    }

    [Fact]
    public void OneObjectiveOfTwoReached_IsPartlyMet_UnlessTheThresholdAcceptsHalf()
    {
        var (reached, missed) = (ObjectiveId.New(), ObjectiveId.New());
        var builder = NewRecord()
            .Add(new ObjectiveFact(reached, Date(30), 0, 1, IndicatorDirection.Increase, Day(1), ActorKind.Counsellor))
            .Add(new ObjectiveFact(missed, Date(30), 0, 1, IndicatorDirection.Increase, Day(1), ActorKind.Counsellor))
            .Add(new IndicatorReading(reached, 1, Day(10), ActorKind.Client));

        Assert.Equal(CriterionStatus.PartlyMet, Judge(builder, 40, BuiltInCriteria.ObjectiveReached).Status);
        Assert.Equal(0.5, Judge(builder, 40, BuiltInCriteria.ObjectiveReached).Score);
        Assert.Equal(CriterionStatus.Met, Judge(builder, 40, BuiltInCriteria.ObjectiveReached, With(BuiltInCriteria.ObjectiveReached, 0.5)).Status);
    }

    [Fact]
    public void NoDecision_IsPendingWhileOpen_AndNotMetOnceClosed()
    {
        var builder = NewRecord().WithPlannedEnd(Date(90));

        Assert.Equal((CriterionStatus.Pending, Date(90)), (Judge(builder, 10, BuiltInCriteria.DecisionMade).Status, Judge(builder, 10, BuiltInCriteria.DecisionMade).ExpectedBy));
        Assert.Equal(CriterionStatus.NotMet, Judge(builder.Close(Day(60), ClosureReason.DroppedOut), 70, BuiltInCriteria.DecisionMade).Status);
    }

    [Fact]
    public void ASessionEndingWithADecision_CountsAsADecision()
    {
        var builder = NewRecord().Add(new SessionFact(SessionId.New(), true, SessionStatus.Held, Day(5), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Decision]));

        var result = Judge(builder, 6, BuiltInCriteria.DecisionMade);

        Assert.Equal(CriterionStatus.Met, result.Status);
        Assert.Equal("evaluation.decision.at-session", result.Reasons[0].Code);
    }

    [Fact]
    public void EveryOptionFailed_IsNotMet_AndNoOption_IsNotApplicable()
    {
        var failed = NewRecord()
            .Add(new OptionFact("A", OptionStatus.Failed, Day(5), ActorKind.Partner))
            .Add(new OptionFact("B", OptionStatus.Abandoned, Day(8), ActorKind.Client));

        Assert.Equal(CriterionStatus.NotMet, Judge(failed, 10, BuiltInCriteria.OptionsResolved).Status);
        Assert.Equal(CriterionStatus.NotApplicable, Judge(NewRecord(), 10, BuiltInCriteria.OptionsResolved).Status);
    }

    [Fact]
    public void EmploymentAwaited_IsPendingUntilTheFollowUpIsDue_ThenOverdue()
    {
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet);
        var due = Date(30).PlusMonths(3);

        var pending = Judge(builder, 40, BuiltInCriteria.EmploymentOrTrainingEntered);
        var overdue = Judge(builder, 200, BuiltInCriteria.EmploymentOrTrainingEntered);

        Assert.Equal((CriterionStatus.Pending, due), (pending.Status, pending.ExpectedBy));
        Assert.Equal(CriterionStatus.Overdue, overdue.Status);
        Assert.Equal(due, overdue.Reasons[0]["due"]);
    }

    [Fact]
    public void AFollowUpStillJobSeeking_IsNotMet()
    {
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.JobSeeking, Day(125), ActorKind.Client, monthsAfterClosure: 3));

        Assert.Equal(CriterionStatus.NotMet, Judge(builder, 130, BuiltInCriteria.EmploymentOrTrainingEntered).Status);
    }

    [Fact]
    public void ADecentJob_PassesEveryElement()
    {
        var job = new JobQuality(ContractKind.Permanent, 38, 2400, socialProtection: true, meetsExpectations: true);
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.Employed, Day(125), ActorKind.Client, 3, job));

        var result = Judge(builder, 130, BuiltInCriteria.DecentJob, With(BuiltInCriteria.DecentJob, 1800));

        Assert.Equal(CriterionStatus.Met, result.Status);
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.decent-job.earnings-ok");
    }

    [Fact]
    public void EarningsAreWrittenAsMoney_InTheRubricsCurrency_AndAsPlainNumbersWithoutOne()
    {
        var job = new JobQuality(ContractKind.Permanent, 38, 1450, socialProtection: true, meetsExpectations: true);
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.Employed, Day(125), ActorKind.Client, 3, job));
        var plain = With(BuiltInCriteria.DecentJob, 1800);

        var inEuros = Judge(builder, 130, BuiltInCriteria.DecentJob, plain.WithCurrency("EUR")).Reasons.Single(r => r.Code == "evaluation.decent-job.earnings-low");
        var withoutCurrency = Judge(builder, 130, BuiltInCriteria.DecentJob, plain).Reasons.Single(r => r.Code == "evaluation.decent-job.earnings-low");

        Assert.Equal(new Money(1450m, "EUR"), inEuros["earnings"]);
        Assert.Equal(new Money(1800m, "EUR"), inEuros["threshold"]);
        Assert.Contains("€", inEuros.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        Assert.Equal(1450d, withoutCurrency["earnings"]);
        Assert.Equal("EUR", plain.WithCurrency("EUR").Currency);
        Assert.Null(plain.Currency);
        Assert.Throws<ArgumentException>(() => plain.WithCurrency("euro"));
    }

    [Fact]
    public void ATemporaryJobThatMeetsTheirExpectations_IsMet_TheDecentWorkElementsOnlyInformIt()
    {
        var job = new JobQuality(ContractKind.Temporary, 50, 1200, socialProtection: false, meetsExpectations: true);
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.Employed, Day(125), ActorKind.Client, 3, job));

        var result = Judge(builder, 130, BuiltInCriteria.DecentJob, With(BuiltInCriteria.DecentJob, 1800));

        Assert.Equal((CriterionStatus.Met, 1.0), (result.Status, result.Score));
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.decent-outcome.elements-inform");
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.decent-job.contract-unstable");
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.decent-job.hours-excessive" && (double?)r["hours"] == 50);
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.decent-job.earnings-low");
    }

    [Fact]
    public void AStableWellPaidJobThatDoesNotMeetTheirExpectations_IsNotMet()
    {
        var job = new JobQuality(ContractKind.Permanent, 38, 3000, socialProtection: true, meetsExpectations: false);
        var builder = NewRecord().Add(new SituationFact(SituationKind.Employed, Day(20), ActorKind.Client, job: job));

        var result = Judge(builder, 30, BuiltInCriteria.DecentJob);

        Assert.Equal(CriterionStatus.NotMet, result.Status);
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.decent-job.expectations-unmet");
        Assert.DoesNotContain(result.Reasons, r => r.Code.StartsWith("evaluation.decent-job.earnings", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CourseStatus.Completed, null, CriterionStatus.Met, "evaluation.decent-outcome.course-completed")]
    [InlineData(CourseStatus.Started, true, CriterionStatus.Met, "evaluation.decent-outcome.course-expectations-met")]
    [InlineData(CourseStatus.Started, null, CriterionStatus.NoEvidence, "evaluation.decent-outcome.course-under-way")]
    [InlineData(CourseStatus.Abandoned, null, CriterionStatus.NotMet, "evaluation.decent-outcome.course-abandoned")]
    [InlineData(CourseStatus.Completed, false, CriterionStatus.NotMet, "evaluation.decent-outcome.course-expectations-unmet")]
    public void TheCoursesOutcome_IsReadAtTheFollowUp(CourseStatus status, bool? meetsExpectations, CriterionStatus expected, string reason)
    {
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.InTraining, Day(125), ActorKind.Client, 3))
            .Add(new CourseFact("industrial-mechanics", status, Day(125), ActorKind.Client, meetsExpectations));

        var result = Judge(builder, 130, BuiltInCriteria.DecentJob);

        Assert.Equal(expected, result.Status);
        Assert.Equal(reason, result.Reasons[^1].Code);
    }

    [Fact]
    public void InTrainingWithoutTheCoursesOutcome_HasNoEvidenceOfADecentOutcome()
    {
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.InTraining, Day(125), ActorKind.Client, 3));

        Assert.Equal(CriterionStatus.NoEvidence, Judge(builder, 130, BuiltInCriteria.DecentJob).Status);
    }

    [Fact]
    public void TheOutcome_MustStillHoldAtTheLaterFollowUp()
    {
        var builder = NewRecord().Close(Day(30), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.Employed, Day(20), ActorKind.Client))
            .Add(new SituationFact(SituationKind.JobSeeking, Day(215), ActorKind.Client, 6));

        Assert.Equal((CriterionStatus.Pending, Date(30).PlusMonths(6)), (Judge(builder, 100, BuiltInCriteria.OutcomeHeld).Status, Judge(builder, 100, BuiltInCriteria.OutcomeHeld).ExpectedBy));
        Assert.Equal(CriterionStatus.NotMet, Judge(builder, 220, BuiltInCriteria.OutcomeHeld).Status);
        Assert.Equal(CriterionStatus.NotApplicable, Judge(NewRecord(), 220, BuiltInCriteria.OutcomeHeld).Status);
    }

    [Fact]
    public void AMissedPlannedSession_MakesSessionsPartlyHeld()
    {
        var builder = NewRecord();
        foreach (var (status, day) in new[] { (SessionStatus.Held, 1), (SessionStatus.Missed, 8), (SessionStatus.Held, 15) })
        {
            var outcomes = status == SessionStatus.Held ? new[] { SessionOutcomeKind.Proposal } : [];
            builder.Add(new SessionFact(SessionId.New(), true, status, Day(day), ActorKind.Counsellor, outcomes: outcomes));
        }

        var result = Judge(builder, 20, BuiltInCriteria.SessionsHeldAsPlanned);

        Assert.Equal(CriterionStatus.PartlyMet, result.Status);
        Assert.Equal(2.0 / 3, result.Score, 9);
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.sessions.missed");
        Assert.Equal(CriterionStatus.Met, Judge(builder, 20, BuiltInCriteria.SessionsHeldAsPlanned, With(BuiltInCriteria.SessionsHeldAsPlanned, 0.6)).Status);
    }

    [Fact]
    public void ASessionWithoutAConcreteOutcome_IsNamed()
    {
        var bare = SessionId.New();
        var builder = NewRecord()
            .Add(new SessionFact(SessionId.New(), true, SessionStatus.Held, Day(1), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Referral]))
            .Add(new SessionFact(bare, false, SessionStatus.Held, Day(8), ActorKind.Counsellor));

        var result = Judge(builder, 10, BuiltInCriteria.SessionsWithOutcome);

        Assert.Equal(CriterionStatus.PartlyMet, result.Status);
        Assert.Contains(result.Reasons, r => r.Code == "evaluation.outcomes.missing" && (SessionId?)r["session"] == bare);
    }

    [Fact]
    public void AnUpcomingSession_KeepsTheProcessPending_UntilItsDate()
    {
        var builder = NewRecord().Add(new SessionFact(SessionId.New(), true, SessionStatus.Planned, Day(0), ActorKind.Counsellor, Date(7)));

        var result = Judge(builder, 1, BuiltInCriteria.SessionsHeldAsPlanned);

        Assert.Equal((CriterionStatus.Pending, Date(7)), (result.Status, result.ExpectedBy));
    }

    [Fact]
    public void ActionsAgreedButNotReviewed_ArePendingUntilTheNextSession()
    {
        var builder = NewRecord()
            .Add(new SessionFact(SessionId.New(), true, SessionStatus.Planned, Day(0), ActorKind.Counsellor, Date(14)))
            .Add(new ActionFact(PlanActionId.New(), ActorKind.Client, PlanActionStatus.Agreed, Day(1), ActorKind.Counsellor));

        var result = Judge(builder, 2, BuiltInCriteria.ActionsDone);

        Assert.Equal((CriterionStatus.Pending, Date(14)), (result.Status, result.ExpectedBy));
    }

    [Fact]
    public void ActionsAllDropped_DoNotApply_AndThreeOfFourDone_MeetTheDefaultThreshold()
    {
        var dropped = NewRecord().Add(new ActionFact(PlanActionId.New(), ActorKind.Client, PlanActionStatus.Dropped, Day(1), ActorKind.Counsellor));
        var mostly = NewRecord();
        foreach (var status in new[] { PlanActionStatus.Done, PlanActionStatus.Done, PlanActionStatus.Done, PlanActionStatus.NotDone })
        {
            mostly.Add(new ActionFact(PlanActionId.New(), ActorKind.Client, status, Day(3), ActorKind.Counsellor));
        }

        Assert.Equal(CriterionStatus.NotApplicable, Judge(dropped, 5, BuiltInCriteria.ActionsDone).Status);
        Assert.Equal((CriterionStatus.Met, 0.75), (Judge(mostly, 5, BuiltInCriteria.ActionsDone).Status, Judge(mostly, 5, BuiltInCriteria.ActionsDone).Score));
    }

    [Fact]
    public void TheLatestSatisfactionAnswer_Counts()
    {
        var builder = NewRecord()
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), Day(10), ActorKind.Client))
            .Add(new SatisfactionAnswer(new ScaleScore(3, 1, 5), Day(100), ActorKind.Client, wouldComeBack: false, wouldRecommend: true));

        Assert.Equal(CriterionStatus.Met, Judge(builder, 50, BuiltInCriteria.Satisfaction).Status);
        Assert.Equal((CriterionStatus.NotMet, 0.5), (Judge(builder, 110, BuiltInCriteria.Satisfaction).Status, Judge(builder, 110, BuiltInCriteria.Satisfaction).Score));
        Assert.Equal(CriterionStatus.PartlyMet, Judge(builder, 110, BuiltInCriteria.WouldComeBackOrRecommend).Status);
    }

    [Fact]
    public void AutonomyThatFell_IsNotMet_AndAClosureWithoutReading_HasNoEvidence()
    {
        var fell = NewRecord()
            .Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(3, 0, 4), Day(0), ActorKind.Counsellor))
            .Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(2, 0, 4), Day(60), ActorKind.Counsellor));
        var unread = NewRecord()
            .Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(3, 0, 4), Day(0), ActorKind.Counsellor))
            .Close(Day(60), ClosureReason.Other);

        Assert.Equal(CriterionStatus.NotMet, Judge(fell, 61, BuiltInCriteria.AutonomyIncreased).Status);
        Assert.Equal(CriterionStatus.NoEvidence, Judge(unread, 61, BuiltInCriteria.AutonomyIncreased).Status);
    }

    [Fact]
    public void ASmallAutonomyGain_IsPartlyMet_BelowTheRubricsMinimumIncrease()
    {
        var builder = NewRecord()
            .Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(1, 0, 10), Day(0), ActorKind.Counsellor))
            .Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(2, 0, 10), Day(60), ActorKind.Counsellor));

        var result = Judge(builder, 61, BuiltInCriteria.AutonomyIncreased, With(BuiltInCriteria.AutonomyIncreased, 0.2));

        Assert.Equal((CriterionStatus.PartlyMet, 0.5), (result.Status, Math.Round(result.Score, 9)));
    }

    [Fact]
    public void Deadlines_AreComparedInTheRecordsOwnZone()
    {
        var objective = ObjectiveId.New();
        var toronto = DateTimeZoneProviders.Tzdb["America/Toronto"];
        CaseRecord In(DateTimeZone zone) => NewRecord(zone: zone).Add(new ObjectiveFact(objective, new LocalDate(2025, 2, 28), 0, 1, IndicatorDirection.Increase, Day(1), ActorKind.Counsellor)).Build();
        var earlyMorningUtc = Instant.FromUtc(2025, 3, 1, 2, 0);
        var engine = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact);

        Assert.Equal(CriterionStatus.NotMet, engine.Evaluate(In(DateTimeZone.Utc), earlyMorningUtc).Criterion(BuiltInCriteria.ObjectiveReached).Status);
        var inToronto = engine.Evaluate(In(toronto), earlyMorningUtc);
        Assert.Equal(CriterionStatus.Pending, inToronto.Criterion(BuiltInCriteria.ObjectiveReached).Status);
        Assert.Equal((toronto, new LocalDate(2025, 2, 28)), (inToronto.Zone, inToronto.AsOfDate));
    }

    [Fact]
    public void TheWeightedPolicy_ComparesTheScoreWithItsThreshold()
    {
        var rubric = new Rubric("score", VerdictPolicy.WeightedScoreAtLeast, [new(BuiltInCriteria.DecisionMade, 0.5), new(BuiltInCriteria.OptionsResolved, 0.5)], scoreThreshold: 0.75);
        var engine = new EvaluationEngine(rubric);
        var record = NewRecord()
            .Add(new DecisionFact(DecisionKind.Plan, Day(1), ActorKind.Client))
            .Add(new OptionFact("A", OptionStatus.Pending, Day(1), ActorKind.Client))
            .Add(new OptionFact("A", OptionStatus.Failed, Day(20), ActorKind.Partner))
            .Build();

        var pending = engine.Evaluate(record, Day(10));
        var failed = engine.Evaluate(record, Day(30));

        Assert.Equal((Verdict.Pending, 0.5), (pending.Verdict, pending.Score));
        Assert.Equal(Verdict.NotSuccessful, failed.Verdict);
        Assert.Equal("evaluation.verdict.not-successful-score", failed.Reasons[0].Code);
    }

    [Fact]
    public void AnAxisWithSomeCriteriaMet_AndOthersWithoutEvidence_IsUnknown_NotPartlyMet_AndTheVerdictSaysWhy()
    {
        var record = NewRecord()
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), Day(5), ActorKind.Client, true, true))
            .Close(Day(10), ClosureReason.ClientAutonomous)
            .Build();

        var report = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(record, Day(11));

        Assert.Equal(CriterionStatus.NoEvidence, report.Impact.Status);
        Assert.Contains(report.Impact.Reasons, r => r.Code == "evaluation.axis.criterion" && (CriterionStatus?)r["status"] == CriterionStatus.NoEvidence);
        Assert.Equal(CriterionStatus.NoEvidence, report.Reasons[0]["impact"]);
    }

    [Fact]
    public void Comparing_ReportsOfDifferentInterventions_IsRefused()
    {
        var a = Engine.Evaluate(NewRecord().Build(), Day(1));
        var b = Engine.Evaluate(NewRecord().Build(), Day(1));

        Assert.Throws<ArgumentException>(() => a.ChangesSince(b));
    }

    [Fact]
    public void SummaryStatuses_FollowTheRubricsOrder()
    {
        var summary = Engine.Summarize(PlanBStoryTests.AtTheFourthMeeting().Build(), PlanBStoryTests.FourthMeeting);

        var options = BuiltInRubrics.DecentWork.Criteria.Select((c, i) => (c, i)).Single(p => p.c.Criterion == BuiltInCriteria.OptionsResolved).i;
        Assert.Equal(CriterionStatus.Pending, summary.StatusOf(options));
        Assert.Throws<ArgumentOutOfRangeException>(() => summary.StatusOf(12));
    }
}
