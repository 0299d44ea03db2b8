using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>Asking before acting: the agency's clock given once, the queries with arguments, and only doable actions offered.</summary>
public sealed class AskingTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void CanPutOnHold_WithADateAlreadyPast_IsRefusedWithItsReason_ThoughTheActionMayBeOffered()
    {
        var intervention = _world.Active();
        var yesterday = _world.Agency.GetCurrentDate().PlusDays(-1);

        Assert.True(intervention.Check(InterventionAction.PutOnHold).IsAllowed);
        var asked = intervention.CanPutOnHold(HoldReason.AwaitingOutsideDecision, yesterday);

        Assert.False(asked.IsAllowed);
        Assert.Equal(["hold.expected-date-past"], asked.Reasons.Select(r => r.Code));
        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, yesterday, _world.Counsellor));
        Assert.Equal(asked.Reasons.Select(r => r.Code), refusal.Codes);
        Assert.True(intervention.CanPutOnHold(HoldReason.AwaitingOutsideDecision, yesterday.PlusDays(8)).IsAllowed);
    }

    [Fact]
    public void AvailableActions_InANewRequest_DoNotOfferToCancelOrMissAnInterviewThatDoesNotExist()
    {
        var intervention = _world.Open();

        var options = intervention.AvailableActions().ToDictionary(o => o.Action, o => o.Permission);

        Assert.False(options[InterventionAction.CancelSession].IsAllowed);
        Assert.Equal("session.none-planned", options[InterventionAction.CancelSession].Reasons.Single().Code);
        Assert.False(options[InterventionAction.MarkSessionMissed].IsAllowed);
        Assert.True(options[InterventionAction.PlanSession].IsAllowed);
        Assert.Equal("Aucun entretien n'est prévu.", options[InterventionAction.CancelSession].Reasons.Single().Describe(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("Aucune rencontre n'est prévue.", options[InterventionAction.CancelSession].Reasons.Single().Describe(CultureInfo.GetCultureInfo("fr-CA")));
    }

    [Fact]
    public void AvailableActions_OfferToCancelOnceAnInterviewIsPlanned_AndToMarkItMissedOnlyOnceItsStartHasPassed()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);
        var session = SessionId.New();
        intervention.PlanSession(session, _world.Clock.GetCurrentInstant().InZone(_world.Agency.Zone).LocalDateTime.PlusDays(2), _world.ZoneId, _world.Counsellor);

        Assert.True(intervention.Check(InterventionAction.CancelSession).IsAllowed);
        Assert.Equal("session.none-due", intervention.Check(InterventionAction.MarkSessionMissed).Reasons.Single().Code);
        Assert.Equal("session.not-yet-due", intervention.CanMarkSessionMissed(session).Reasons.Single().Code);

        _world.Advance(Duration.FromDays(3));

        Assert.True(intervention.Check(InterventionAction.MarkSessionMissed).IsAllowed);
        Assert.True(intervention.CanMarkSessionMissed(session).IsAllowed);
    }

    [Fact]
    public void AvailableActions_OfferToAgreeOrReviseAnObjectiveOnlyWhileOneWaitsForTheClient()
    {
        var intervention = _world.InPlanning();

        Assert.Equal("objective.none", intervention.Check(InterventionAction.AgreeObjective).Reasons.Single().Code);
        Assert.True(intervention.Check(InterventionAction.ProposeObjective).IsAllowed);
        Assert.Equal("plan.no-action", intervention.Check(InterventionAction.ReviewAction).Reasons.Single().Code);
        Assert.Equal("barrier.none", intervention.Check(InterventionAction.ChangeBarrierStatus).Reasons.Single().Code);
    }

    [Fact]
    public void CanRecordSession_AndCanRecordEvidence_AnswerAsTheActionsDo()
    {
        var intervention = _world.InDiagnosis();
        var now = _world.Clock.GetCurrentInstant();

        Assert.True(intervention.CanRecordSession(SessionId.New(), now, TestWorld.Concrete(), SessionProgress.Progressed).IsAllowed);
        Assert.False(intervention.CanRecordSession(SessionId.New(), now + Duration.FromDays(1), TestWorld.Concrete(), SessionProgress.Progressed).IsAllowed);
        Assert.True(intervention.CanRecord(new SituationFact(SituationKind.Employed, now, ActorKind.Client)).IsAllowed);
        var tooLate = intervention.CanRecord(new SituationFact(SituationKind.Employed, now + Duration.FromDays(2), ActorKind.Client));
        Assert.False(tooLate.IsAllowed);
        Assert.Throws<ActionRefusedException>(() => intervention.RecordSituation(new SituationFact(SituationKind.Employed, now + Duration.FromDays(2), ActorKind.Client), _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.CanRecord(default(SituationFact)));
        Assert.Throws<ArgumentException>(() => intervention.CanCancelSession(default));
    }

    [Fact]
    public void AnAgencyClock_RefusesAnUnknownZoneOnce_WithACodeAScreenCanShow()
    {
        var refused = Assert.Throws<ArgumentException>(() => new AgencyClock(new FakeClock(TestWorld.Start), DateTimeZoneProviders.Tzdb, "Europe/Atlantis"));

        Assert.True(ArgumentReason.TryGet(refused, out var reason));
        Assert.Equal("argument.unknown-zone", reason.Code);
        Assert.Contains("Europe/Atlantis", reason.Describe(CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new AgencyClock(new FakeClock(TestWorld.Start), DateTimeZoneProviders.Tzdb, null!));
    }

    [Fact]
    public void AnAgencyClock_GivesTheDateInTheAgencyZone_AndTheInterventionReadsItsDatesThere()
    {
        // 2026-03-02T03:00Z is still 1 March in Toronto.
        var agency = new AgencyClock(new FakeClock(Instant.FromUtc(2026, 3, 2, 3, 0)), DateTimeZoneProviders.Tzdb, "America/Toronto");

        var intervention = Intervention.Open(agency, InterventionId.New(), _world.Client, _world.CounsellorId, _world.Programme, _world.Counsellor);

        Assert.Equal(new LocalDate(2026, 3, 1), agency.GetCurrentDate());
        Assert.Equal("America/Toronto", intervention.ZoneId);
        Assert.Equal(new LocalDate(2026, 9, 1), intervention.ProgrammeEndDate);
        Assert.Equal("Europe/Paris", agency.InZone("Europe/Paris").ZoneId);
        Assert.Equal("America/Toronto", agency.ToString());
    }

    [Fact]
    public void AReturn_UsesTheEarlierInterventionsClockAndZone()
    {
        var earlier = _world.Open();
        earlier.Close(ClosureReason.DroppedOut, _world.Counsellor);
        _world.Advance(Duration.FromDays(30));

        var back = Intervention.OpenReturn(earlier, InterventionId.New(), _world.CounsellorId, _world.Programme, _world.Counsellor);

        Assert.Equal(earlier.ZoneId, back.ZoneId);
        Assert.Equal(earlier.Id, back.PreviousInterventionId);
        Assert.Equal(_world.Clock.GetCurrentInstant(), back.OpenedAt);
    }
}
