using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Cli.Demo;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>Evidence recorded on the aggregate, and the aggregate projected into the case record the engine reads.</summary>
public sealed class InterventionEvidenceTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void PlanBStory_PlayedThroughTheAggregate_IsASuccessAtTheFourthMeeting_UnderTheDefaultPolicyOnly_ThenUnderStrictAfterTheFollowUp()
    {
        var demo = new PlanBDemo(TextWriter.Null, CultureInfo.GetCultureInfo("en"));

        var intervention = demo.Run();

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Equal(Verdict.Success, demo.AtMeeting4!.Verdict);
        Assert.Equal(CriterionStatus.Pending, demo.AtMeeting4.Result.Status);
        Assert.Equal(CriterionStatus.Met, demo.AtMeeting4.Process.Status);
        Assert.Equal(CriterionStatus.Met, demo.AtMeeting4.Impact.Status);
        Assert.Equal(Verdict.Pending, demo.AtMeeting4Strict!.Verdict);
        Assert.Equal(new LocalDate(2026, 7, 6), demo.AtMeeting4Strict.ReEvaluateAfter);
        Assert.Equal(Verdict.Success, demo.AfterFollowUp!.Verdict);
        Assert.Equal(CriterionStatus.Met, demo.AfterFollowUp.Result.Status);
        Assert.Contains(demo.AfterFollowUp.ChangesSince(demo.AtMeeting4Strict).Changes, c => c.Criterion == BuiltInCriteria.OptionsResolved);
    }

    [Fact]
    public void AClosedIntervention_AcceptsALateFollowUpAnswer_WithoutChangingItsStage()
    {
        var intervention = _world.InDiagnosis();
        intervention.Close(ClosureReason.DroppedOut, _world.Counsellor);
        _world.Advance(Duration.FromDays(90));

        intervention.RecordSituation(new SituationFact(SituationKind.Employed, _world.Clock.GetCurrentInstant(), ActorKind.Client, monthsAfterClosure: 3), _world.Counsellor);

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Single(intervention.ToCaseRecord().Situations);
    }

    [Fact]
    public void Evidence_KnownBeforeTheOpening_IsRefused_AndChangesNothing()
    {
        var intervention = _world.InDiagnosis();
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordDecision(
            new DecisionFact(DecisionKind.Occupation, TestWorld.Start - Duration.FromDays(3), ActorKind.Client), _world.Counsellor));

        Assert.Equal(["evidence.known-at-out-of-range"], refusal.Codes);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void Evidence_KnownInTheFuture_IsRefused()
    {
        var intervention = _world.InDiagnosis();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordSatisfaction(
            new SatisfactionAnswer(new ScaleScore(4, 1, 5), _world.Clock.GetCurrentInstant() + Duration.FromDays(1), ActorKind.Client), _world.Counsellor));

        Assert.Equal(["evidence.known-in-future"], refusal.Codes);
    }

    [Fact]
    public void Evidence_OfTheWrongKind_IsAClearError()
    {
        var intervention = _world.InDiagnosis();

        Assert.Throws<ArgumentException>(() => intervention.RecordDecision(default, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.AssessAutonomy(default, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.RecordDecision(new DecisionFact(DecisionKind.Job, _world.Clock.GetCurrentInstant(), ActorKind.Client), default));
        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordIndicator(
            new IndicatorReading(ObjectiveId.New(), 3, _world.Clock.GetCurrentInstant(), ActorKind.Client), _world.Counsellor));
        Assert.Equal(["evidence.unknown-objective"], refusal.Codes);
        var unknownSession = Assert.Throws<ActionRefusedException>(() => intervention.RecordDecision(
            new DecisionFact(DecisionKind.Job, _world.Clock.GetCurrentInstant(), ActorKind.Client, SessionId.New()), _world.Counsellor));
        Assert.Equal(["evidence.unknown-session"], unknownSession.Codes);
    }

    [Fact]
    public void TheProjection_CarriesSessionsAndClosure_EachWithTheInstantItBecameKnown()
    {
        var intervention = _world.InDiagnosis();
        var planned = SessionId.New();
        intervention.PlanSession(planned, new LocalDateTime(2026, 3, 20, 10, 0), "America/Toronto", _world.Counsellor);
        _world.Advance(Duration.FromDays(1));
        intervention.Close(ClosureReason.MovedAway, _world.Counsellor);

        var record = intervention.ToCaseRecord("site-7");

        Assert.Equal(intervention.Id, record.Intervention);
        Assert.Equal("site-7", record.Site);
        Assert.Equal(ClosureReason.MovedAway, record.ClosureReason);
        Assert.Equal(intervention.ClosedAt, record.ClosedAt);
        Assert.Equal(intervention.ProgrammeEndDate, record.PlannedEnd);
        Assert.Equal([SessionStatus.Held, SessionStatus.Planned, SessionStatus.Cancelled], record.Sessions.Select(s => s.Status));
        Assert.Equal(intervention.ClosedAt, record.Sessions[^1].KnownAt);
    }

    [Fact]
    public void EvaluatingTheProjection_BeforeTheOpening_IsAClearError()
    {
        var record = _world.InDiagnosis().ToCaseRecord();

        Assert.Throws<ArgumentException>(() => new EvaluationEngine(BuiltInRubrics.ProcessAndImpact).Evaluate(record, TestWorld.Start - Duration.FromDays(1)));
    }
}
