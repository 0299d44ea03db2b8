using Counselling.Core.Evidence;
using System;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

public sealed class InterventionBadInputTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void Open_WithDefaultIds_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Intervention.Open(new AgencyClock(_world.Clock, _world.Zones, "America/Toronto"), default, _world.Client, _world.CounsellorId, _world.Programme, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => Intervention.Open(new AgencyClock(_world.Clock, _world.Zones, "America/Toronto"), InterventionId.New(), default, _world.CounsellorId, _world.Programme, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => Intervention.Open(new AgencyClock(_world.Clock, _world.Zones, "America/Toronto"), InterventionId.New(), _world.Client, default, _world.Programme, _world.Counsellor));
    }

    [Fact]
    public void Open_WithoutAnActor_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => Intervention.Open(new AgencyClock(_world.Clock, _world.Zones, "America/Toronto"), InterventionId.New(), _world.Client, _world.CounsellorId, _world.Programme, default));

    [Fact]
    public void Open_WithAnUnknownZone_ThrowsArgumentException()
        => Assert.Throws<ArgumentException>(() => Intervention.Open(new AgencyClock(_world.Clock, _world.Zones, "Mars/Olympus_Mons"), InterventionId.New(), _world.Client, _world.CounsellorId, _world.Programme, _world.Counsellor));

    [Fact]
    public void AnAction_WithoutAnActor_ThrowsArgumentException_AndChangesNothing()
    {
        var intervention = _world.Open();

        Assert.Throws<ArgumentException>(() => intervention.StartIntake(default));

        Assert.Equal(1, intervention.Version);
        Assert.Equal(InterventionState.Requested, intervention.State);
    }

    [Fact]
    public void PlanSession_WithAnUnknownZone_ThrowsArgumentException_AndChangesNothing()
    {
        var intervention = _world.InDiagnosis();
        var version = intervention.Version;

        var error = Assert.Throws<ArgumentException>(() => intervention.PlanSession(SessionId.New(), new LocalDateTime(2026, 4, 1, 9, 0), "Europe/Atlantis", _world.Counsellor));

        Assert.Equal("zoneId", error.ParamName);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void RecordSession_HeldBeforeTheOpening_IsRefused_AndChangesNothing()
    {
        var intervention = _world.InDiagnosis();
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(
            () => intervention.RecordSession(SessionId.New(), TestWorld.Start - Duration.FromDays(1), TestWorld.Concrete(), SessionProgress.NotAssessed, _world.Counsellor));

        Assert.Equal(["session.held-before-opening"], refusal.Codes);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void RecordSession_HeldInTheFuture_IsRefused()
    {
        var intervention = _world.InDiagnosis();

        var refusal = Assert.Throws<ActionRefusedException>(
            () => intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant() + Duration.FromDays(1), TestWorld.Concrete(), SessionProgress.NotAssessed, _world.Counsellor));

        Assert.Equal(["session.held-in-future"], refusal.Codes);
    }

    [Fact]
    public void RecordSession_WithADefaultOutcome_ThrowsArgumentException()
    {
        var intervention = _world.InDiagnosis();

        Assert.Throws<ArgumentException>(() => intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), [default], SessionProgress.NotAssessed, _world.Counsellor));
        Assert.Throws<ArgumentNullException>(() => intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), null!, SessionProgress.NotAssessed, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.RecordSession(default, _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NotAssessed, _world.Counsellor));
    }

    [Fact]
    public void SessionOutcome_WithABlankSummary_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new SessionOutcome(SessionOutcomeKind.Proposal, "  "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionOutcome((SessionOutcomeKind)99, "x"));
    }

    [Fact]
    public void Close_WithAnUndefinedReason_ThrowsArgumentOutOfRange()
        => Assert.Throws<ArgumentOutOfRangeException>(() => _world.Open().Close((ClosureReason)42, _world.Counsellor));

    [Fact]
    public void AClockThatGoesBack_IsRefused_HistoryInstantsNeverGoBackwards()
    {
        var intervention = _world.Open();
        _world.Clock.Reset(TestWorld.Start - Duration.FromMinutes(5));

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.StartIntake(_world.Counsellor));

        Assert.Equal(["clock.before-last-change"], refusal.Codes);
        Assert.Equal(1, intervention.Version);
    }

    [Fact]
    public void ProgrammeRules_RefuseAnEmptyOrNegativeDuration()
    {
        Assert.Throws<ArgumentException>(() => new ProgrammeSettings("X", Period.Zero));
        Assert.Throws<ArgumentException>(() => new ProgrammeSettings("X", Period.FromMonths(-1)));
        Assert.Throws<ArgumentException>(() => new ProgrammeSettings("X", Period.FromHours(5)));
        Assert.Throws<ArgumentException>(() => new ProgrammeSettings(" ", Period.FromMonths(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeSettings("X", Period.FromMonths(1), sessionsWithoutProgressBeforeReferral: 0));
    }

    [Fact]
    public void FromHistory_RefusesHistoriesThatCannotBe()
    {
        var intervention = _world.InDiagnosis();
        Assert.Equal(["history.empty"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory([], _world.Agency)).Codes);
        Assert.Equal(["history.opening-missing"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(System.Linq.Enumerable.Select(System.Linq.Enumerable.Skip(intervention.History, 1), e => e with { Position = 0 }), _world.Agency)).Codes);
        Assert.Equal(["history.position-mismatch"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory([.. intervention.History, intervention.History[0]], _world.Agency)).Codes);
        Assert.Equal(["history.opened-twice"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory([.. intervention.History, intervention.History[0] with { Position = 0 }], _world.Agency)).Codes);
        Assert.Equal(["clock.before-last-change"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory([.. intervention.History, new Counselling.Core.Interventions.Events.IntakeStarted(TestWorld.Start - Duration.FromDays(1), _world.Counsellor)], _world.Agency)).Codes);
    }

    [Fact]
    public void Ids_RefuseTheEmptyGuid_AndRoundTripThroughText()
    {
        Assert.Throws<ArgumentException>(() => new ClientId(Guid.Empty));
        var id = ClientId.New();
        Assert.Equal(id, ClientId.Parse(id.ToString()));
        Assert.Equal(id, ClientId.Parse(id.Value.ToString()));
        Assert.Throws<FormatException>(() => ClientId.Parse(Guid.Empty.ToString()));
        Assert.True(default(ClientId).IsDefault);
    }

    [Fact]
    public void Actors_NameRolesNeverPeople()
    {
        var aunt = Actor.Relative(_world.Client, ThirdPartyRole.Aunt);
        Assert.Equal(ActorKind.Relative, aunt.Kind);
        Assert.StartsWith("relative(aunt):", aunt.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Actor.Relative(default, ThirdPartyRole.Aunt));
        Assert.Throws<ArgumentException>(() => Actor.System(""));
        Assert.True(default(Actor).IsDefault);
    }
}
