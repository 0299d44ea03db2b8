using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Periservice;

/// <summary>Answers to touchpoints become evidence on the intervention, through its own evidence methods.</summary>
public sealed class ResponsesTests
{
    private readonly TestWorld _world = new();
    private readonly PeriserviceScheduler _scheduler = PeriserviceExamples.Scheduler();

    [Fact]
    public void InterventionAnchors_ReadTheSessionsNotCancelled_AndTheClosure()
    {
        var intervention = _world.InPlanning();
        var planned = SessionId.New();
        var cancelled = SessionId.New();
        intervention.PlanSession(planned, new LocalDateTime(2026, 4, 1, 10, 0), "America/Toronto", _world.Counsellor);
        intervention.PlanSession(cancelled, new LocalDateTime(2026, 4, 8, 10, 0), "America/Toronto", _world.Counsellor);
        intervention.CancelSession(cancelled, _world.Counsellor);

        var anchors = InterventionAnchors.From(intervention, ContactPreferences.Digital, _world.Zones);

        Assert.Equal(intervention.Id, anchors.Intervention);
        Assert.Equal("America/Toronto", anchors.ZoneId);
        Assert.Null(anchors.ClosedAt);
        Assert.Equal(3, anchors.Sessions.Length); // the intake and diagnosis sessions, held without an appointment, and the planned one
        Assert.Contains(anchors.Sessions, s => s.Session == planned && s.Start == new LocalDateTime(2026, 4, 1, 10, 0));
        Assert.DoesNotContain(anchors.Sessions, s => s.Session == cancelled);
    }

    [Fact]
    public void SatisfactionAnswer_BecomesEvidence_AndTheTouchpointIsAnswered()
    {
        var (intervention, outbox) = Closed();
        var survey = outbox.ScheduleOf(intervention.Id).Single(t => t.Kind == TouchpointKind.Satisfaction);
        _world.Clock.Reset(survey.Instant + Duration.FromHours(3));
        var knownAt = _world.Clock.GetCurrentInstant();

        PeriserviceResponses.RecordSatisfaction(outbox, intervention, survey.Id, new ScaleScore(4, 1, 5), knownAt, _world.ClientActor, wouldRecommend: true);

        var recorded = Assert.IsType<SatisfactionRecorded>(intervention.History[^1]);
        Assert.Equal(4, recorded.Fact.Score.Value);
        Assert.Equal(knownAt, recorded.Fact.KnownAt);
        Assert.Equal(ActorKind.Client, recorded.Fact.Source);
        Assert.Equal(TouchpointStatus.Answered, outbox.Find(survey.Id)!.Status);
        Assert.Single(intervention.ToCaseRecord().Satisfaction);
    }

    [Fact]
    public void AFollowUpAnsweredLate_IsStillEvidence_DatedWhenItBecameKnown()
    {
        var (intervention, outbox) = Closed();
        var threeMonths = outbox.ScheduleOf(intervention.Id).Single(t => t.Id.RuleKey == "closure.follow-up-3m");
        _world.Clock.Reset(threeMonths.Instant + Duration.FromDays(75)); // answered after the 6-month follow-up was due
        var knownAt = _world.Clock.GetCurrentInstant();
        var job = new JobQuality(ContractKind.Permanent, 35, 2100, true, meetsExpectations: true);

        PeriserviceResponses.RecordFollowUp(outbox, intervention, threeMonths.Id, SituationKind.Employed, job, knownAt, _world.ClientActor);

        var recorded = Assert.IsType<SituationRecorded>(intervention.History[^1]);
        Assert.Equal(3, recorded.Fact.MonthsAfterClosure);
        Assert.Equal(knownAt, recorded.Fact.KnownAt);
        Assert.Equal(true, recorded.Fact.Job!.Value.MeetsExpectations);
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(intervention.ToCaseRecord(), knownAt);
        Assert.Contains(report.Criteria, c => c.Criterion == "employment-or-training-entered" && c.Status == CriterionStatus.Met);
    }

    [Fact]
    public void ExerciseDone_MarksThePlanActionDone()
    {
        var intervention = _world.InPlanning();
        var first = intervention.Sessions[^1].Id;
        var exerciseAction = new Counselling.Core.Objectives.PlanAction(Counselling.Core.Common.PlanActionId.New(), "list three trades to visit", _world.ClientActor, first);
        intervention.AgreeAction(exerciseAction, _world.Counsellor);
        var outbox = new PeriserviceOutbox(_scheduler);
        var schedule = _scheduler.Schedule(InterventionAnchors.From(intervention, ContactPreferences.Digital, _world.Zones));
        outbox.Update(intervention.Id, schedule);
        var exercise = schedule.Single(t => t.Kind == TouchpointKind.Exercise);

        PeriserviceResponses.RecordExerciseDone(outbox, intervention, exercise.Id, exerciseAction.Id, _world.Clock.GetCurrentInstant(), _world.ClientActor);

        Assert.Equal(Counselling.Core.Evidence.PlanActionStatus.Done, intervention.FindAction(exerciseAction.Id)!.Status);
        Assert.Equal(TouchpointStatus.Answered, outbox.Find(exercise.Id)!.Status);
    }

    [Fact]
    public void AnAnswerOfAnotherKind_IsRefused_AndNothingChanges()
    {
        var (intervention, outbox) = Closed();
        var followUp = outbox.ScheduleOf(intervention.Id).First(t => t.Kind == TouchpointKind.FollowUp);
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => PeriserviceResponses.RecordSatisfaction(
            outbox, intervention, followUp.Id, new ScaleScore(4, 1, 5), _world.Clock.GetCurrentInstant(), _world.ClientActor));

        Assert.Equal(["periservice.response-does-not-fit"], refusal.Codes);
        Assert.Contains("suivi", refusal.Describe(CultureInfo.GetCultureInfo("fr-BE")), System.StringComparison.Ordinal);
        Assert.Equal(version, intervention.Version);
        Assert.Equal(TouchpointStatus.Scheduled, outbox.Find(followUp.Id)!.Status);
    }

    internal (Intervention Intervention, PeriserviceOutbox Outbox) Closed()
    {
        var intervention = _world.InPlanning();
        var outbox = new PeriserviceOutbox(_scheduler);
        outbox.Update(intervention.Id, _scheduler.Schedule(InterventionAnchors.From(intervention, ContactPreferences.Digital, _world.Zones)));
        _world.Advance(Duration.FromDays(20));
        intervention.Close(ClosureReason.DroppedOut, _world.Counsellor);
        var diff = outbox.Update(intervention.Id, _scheduler.Schedule(InterventionAnchors.From(intervention, ContactPreferences.Digital, _world.Zones)));
        Assert.Equal(4, diff.Added.Length); // the survey and three follow-ups
        return (intervention, outbox);
    }
}
