using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The rebuild is as strict as the intent methods: each tampered history a host could hand back is refused with
/// <see cref="InvalidHistoryException"/>, naming the event's position and type with a coded reason.
/// </summary>
public sealed class HistoryValidationTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void FromHistory_WhenAClosedInterventionIsActivatedAfterwards_IsRefused()
    {
        var closed = _world.InDiagnosis();
        closed.Close(ClosureReason.ReferredElsewhere, _world.Counsellor);
        List<InterventionEvent> history = [.. closed.History, new InterventionActivated(_world.Clock.GetCurrentInstant(), _world.Counsellor) { Position = closed.Version + 1 }];

        var refusal = Refused(history);

        Assert.Equal(closed.Version + 1, refusal.Position);
        Assert.Equal(nameof(InterventionActivated), refusal.EventType);
        Assert.Equal(["lifecycle.not-allowed-in-state"], refusal.Codes);
    }

    [Fact]
    public void FromHistory_WhenAnEventIsRemovedFromTheMiddle_IsRefused()
    {
        var history = _world.InPlanning().History.ToList();
        history.RemoveAt(1);

        Assert.Equal(["history.position-mismatch"], Refused(history).Codes);
        Assert.Equal(["lifecycle.not-allowed-in-state"], Refused(Unpositioned(history)).Codes);
    }

    [Fact]
    public void FromHistory_WhenTheSameEventIsStoredTwice_IsRefused()
    {
        var history = _world.InPlanning().History.ToList();
        history.Insert(2, history[2]);

        Assert.Equal(4, Refused(history).Position);
        Assert.Equal(["session.not-recordable"], Refused(Unpositioned(history)).Codes);
    }

    [Fact]
    public void FromHistory_WhenIntakeCompletedIsRelabelledActivated_IsRefused()
    {
        var history = _world.InPlanning().History.ToList();
        var index = history.FindIndex(e => e is IntakeCompleted);
        history[index] = new InterventionActivated(history[index].At, history[index].By) { Position = history[index].Position };

        var refusal = Refused(history);

        Assert.Equal(index + 1, refusal.Position);
        Assert.Equal(nameof(InterventionActivated), refusal.EventType);
        Assert.Equal(["lifecycle.not-allowed-in-state"], refusal.Codes);
    }

    [Fact]
    public void FromHistory_WhenASessionIsHeldBeforeTheOpening_IsRefused()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);
        List<InterventionEvent> history =
        [
            .. intervention.History,
            new SessionRecorded(SessionId.New(), TestWorld.Start - Duration.FromDays(3), [.. TestWorld.Concrete()], SessionProgress.NotAssessed, TestWorld.Start, _world.Counsellor),
        ];

        Assert.Equal(["session.held-before-opening"], Refused(history).Codes);
    }

    [Fact]
    public void FromHistory_WhenAnAgreementIsRecordedForAnotherClient_IsRefused()
    {
        var active = _world.Active();
        var history = active.History.ToList();
        var index = history.FindIndex(e => e is ObjectiveAgreed);
        var agreed = (ObjectiveAgreed)history[index];
        var forged = new ObjectiveAgreement(agreed.At, agreed.Agreement.Session, Actor.Client(ClientId.New()), agreed.By);
        history[index] = agreed with { Agreement = forged };

        var refusal = Refused(history);

        Assert.Equal(index + 1, refusal.Position);
        Assert.Equal(["objective.agreement-not-by-client"], refusal.Codes);
    }

    [Fact]
    public void FromHistory_WhenTheReferralRecommendationIsDroppedOrForged_IsRefused()
    {
        var intervention = _world.InDiagnosis();
        for (var i = 0; i < _world.Programme.SessionsWithoutProgressBeforeReferral; i++)
        {
            _world.Advance(Duration.FromDays(1));
            intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NoProgress, _world.Counsellor);
        }

        var history = Unpositioned(intervention.History);
        Assert.IsType<SpecialistReferralRecommended>(history[^1]);

        Assert.Equal(["history.referral-missing"], Refused(history[..^1]).Codes);
        Assert.Equal(["history.referral-unexpected"], Refused([.. history[..^2], history[^1]]).Codes);
    }

    [Fact]
    public void FromHistory_WhenAnEventHasNoActorOrAnUnknownZone_IsRefused()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);
        var history = intervention.History.ToList();

        Assert.Equal(["history.actor-missing"], Refused([history[0], history[1] with { By = default }]).Codes);
        Assert.Equal(["history.unknown-zone"], Refused([((InterventionOpened)history[0]) with { ZoneId = "Mars/Olympus" }]).Codes);
        Assert.Equal(
            ["history.unknown-zone"],
            Refused([.. history, new SessionPlanned(SessionId.New(), new LocalDateTime(2026, 4, 1, 10, 0), "Mars/Olympus", TestWorld.Start, _world.Counsellor)]).Codes);
    }

    [Fact]
    public void InvalidHistory_SaysWhyInFrenchAndEnglish_WithoutStoredValues()
    {
        var history = _world.InPlanning().History.ToList();
        history.RemoveAt(1);

        var refusal = Refused(history);

        Assert.StartsWith("Cet événement a été enregistré en position 3 mais se trouve en position 2", refusal.Describe(CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        Assert.StartsWith("This event was stored at position 3 but stands at position 2", refusal.Describe(CultureInfo.GetCultureInfo("en-CA")), StringComparison.Ordinal);
        Assert.Equal("History refused at event 2 (SessionRecorded): history.position-mismatch(stored, expected)", refusal.Message);
    }

    [Fact]
    public void InvalidHistoryException_CopiesItsReasons()
    {
        var reasons = new List<Reason> { new("history.invalid") };
        var refusal = new InvalidHistoryException(1, "X", reasons);
        reasons.Add(new Reason("history.empty"));

        Assert.Single(refusal.Reasons);
    }

    private static List<InterventionEvent> Unpositioned(IEnumerable<InterventionEvent> history) => [.. history.Select(e => e with { Position = 0 })];

    private InvalidHistoryException Refused(IEnumerable<InterventionEvent> history)
        => Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(history, _world.Agency));
}
