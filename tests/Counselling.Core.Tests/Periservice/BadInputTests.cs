using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Periservice.PeriserviceExamples;

namespace Counselling.Core.Tests.Periservice;

/// <summary>Bad input gets a coded refusal with a message in French and English, and changes nothing.</summary>
public sealed class BadInputTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void Schedule_WhenZoneUnknown_IsRefused()
    {
        var refusal = Assert.Throws<ActionRefusedException>(() => Scheduler().Schedule(Anchors("Europe/Atlantis", closedAt: Instant.FromUtc(2026, 6, 1, 10, 0))));

        AssertCoded(refusal, "periservice.unknown-zone");
        Assert.Contains("Europe/Atlantis", refusal.Describe(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_WhenASessionsZoneIsUnknown_IsRefused()
    {
        var anchors = Anchors("Europe/Brussels", [new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Mars/Olympus")]);

        AssertCoded(Assert.Throws<ActionRefusedException>(() => Scheduler().Schedule(anchors)), "periservice.unknown-zone");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void BeforeOffset_ThatPutsTheTouchpointOnOrAfterItsAnchor_IsRefused(int amount)
        => AssertCoded(Assert.Throws<ActionRefusedException>(() => TouchpointOffset.Before(amount, OffsetUnit.Days)), "periservice.before-offset-not-before-anchor");

    [Fact]
    public void AfterOffset_ThatPutsTheTouchpointBeforeItsAnchor_IsRefused()
        => AssertCoded(Assert.Throws<ActionRefusedException>(() => TouchpointOffset.After(-1, OffsetUnit.Weeks)), "periservice.after-offset-before-anchor");

    [Fact]
    public void EmptyPolicy_IsRefused()
        => AssertCoded(Assert.Throws<ActionRefusedException>(() => new PeriservicePolicy([])), "periservice.policy-empty");

    [Fact]
    public void PolicyWithTwoRulesOfTheSameKey_IsRefused()
    {
        var rule = PeriservicePolicy.Default.Rules[0];

        AssertCoded(Assert.Throws<ActionRefusedException>(() => new PeriservicePolicy([rule, rule])), "periservice.policy-duplicate-rule");
    }

    [Fact]
    public void FollowUpAnswer_OnAnInterventionThatNeverClosed_IsRefused_AndNothingChanges()
    {
        // A host that anchored follow-ups on a closure the intervention never had.
        var intervention = _world.InPlanning();
        var scheduler = Scheduler();
        var anchors = new ServiceAnchors(intervention.Id, intervention.ZoneId, ContactPreferences.Digital, [], closedAt: _world.Clock.GetCurrentInstant());
        var outbox = new PeriserviceOutbox(scheduler);
        outbox.Update(intervention.Id, scheduler.Schedule(anchors));
        var followUp = outbox.ScheduleOf(intervention.Id).First(t => t.Kind == TouchpointKind.FollowUp);
        var version = intervention.Version;
        var entry = outbox.Find(followUp.Id);

        var refusal = Assert.Throws<ActionRefusedException>(() => PeriserviceResponses.RecordFollowUp(
            outbox, intervention, followUp.Id, SituationKind.Employed, null, _world.Clock.GetCurrentInstant(), _world.ClientActor));

        AssertCoded(refusal, "periservice.follow-up-before-closure");
        Assert.Equal(version, intervention.Version);
        Assert.Same(entry, outbox.Find(followUp.Id));
    }

    [Fact]
    public void Answer_ToATouchpointThatDoesNotExist_IsRefused_AndNothingChanges()
    {
        var (intervention, outbox) = new ResponsesTests().Closed();
        var version = intervention.Version;
        var missing = new TouchpointId(intervention.Id, Guid.NewGuid(), "closure.satisfaction");

        var refusal = Assert.Throws<ActionRefusedException>(() => PeriserviceResponses.RecordSatisfaction(
            outbox, intervention, missing, new ScaleScore(5, 1, 5), intervention.LastChangeAt, Actor.Client(intervention.ClientId)));

        AssertCoded(refusal, "periservice.touchpoint-unknown");
        Assert.Equal(version, intervention.Version);
        AssertCoded(Assert.Throws<ActionRefusedException>(() => outbox.MarkSent(missing, intervention.LastChangeAt)), "periservice.touchpoint-unknown");
    }

    [Fact]
    public void Answer_ToACancelledTouchpoint_IsRefused_AndNothingChanges()
    {
        var (intervention, outbox) = new ResponsesTests().Closed();
        var survey = outbox.ScheduleOf(intervention.Id).Single(t => t.Kind == TouchpointKind.Satisfaction);
        outbox.Update(intervention.Id, TouchpointSchedule.Empty); // the host withdrew every touchpoint
        var version = intervention.Version;
        var entry = outbox.Find(survey.Id);

        var refusal = Assert.Throws<ActionRefusedException>(() => PeriserviceResponses.RecordSatisfaction(
            outbox, intervention, survey.Id, new ScaleScore(5, 1, 5), intervention.LastChangeAt, Actor.Client(intervention.ClientId)));

        AssertCoded(refusal, "periservice.touchpoint-cancelled");
        Assert.Equal(version, intervention.Version);
        Assert.Same(entry, outbox.Find(survey.Id));
        AssertCoded(Assert.Throws<ActionRefusedException>(() => outbox.MarkAnswered(survey.Id, intervention.LastChangeAt)), "periservice.touchpoint-cancelled");
    }

    [Fact]
    public void Answer_ToATouchpointAlreadyAnswered_IsRefused()
    {
        var (intervention, outbox) = new ResponsesTests().Closed();
        var survey = outbox.ScheduleOf(intervention.Id).Single(t => t.Kind == TouchpointKind.Satisfaction);
        outbox.MarkAnswered(survey.Id, survey.Instant);

        AssertCoded(Assert.Throws<ActionRefusedException>(() => outbox.MarkAnswered(survey.Id, survey.Instant)), "periservice.touchpoint-already-answered");
        AssertCoded(Assert.Throws<ActionRefusedException>(() => outbox.MarkSent(survey.Id, survey.Instant)), "periservice.touchpoint-not-pending");
    }

    [Fact]
    public void Answer_ForAnotherIntervention_IsRefused()
    {
        var (intervention, outbox) = new ResponsesTests().Closed();
        var survey = outbox.ScheduleOf(intervention.Id).Single(t => t.Kind == TouchpointKind.Satisfaction);
        var other = _world.InPlanning();

        var refusal = Assert.Throws<ActionRefusedException>(() => PeriserviceResponses.RecordSatisfaction(
            outbox, other, survey.Id, new ScaleScore(5, 1, 5), other.LastChangeAt, _world.ClientActor));

        AssertCoded(refusal, "periservice.touchpoint-of-another-intervention");
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => Scheduler().Schedule(null!));
        Assert.Throws<ArgumentException>(() => new SendingWindow(new LocalTime(19, 0), new LocalTime(9, 0)));
        Assert.Throws<ArgumentException>(() => new SendingWindow(new LocalTime(9, 0), new LocalTime(19, 0), closedDays: Enum.GetValues<IsoDayOfWeek>().Skip(1)));
        Assert.Throws<ArgumentException>(() => Rule("a/b", TouchpointAnchor.Closure, TouchpointOffset.After(1, OffsetUnit.Days), new LocalTime(10, 0)));
        Assert.Throws<ArgumentException>(() => new ServiceAnchors(Intervention, "Europe/Paris", ContactPreferences.Digital, [default(SessionAnchor)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(0, Duration.FromHours(1)));
    }

    private static void AssertCoded(ActionRefusedException refusal, string code)
    {
        Assert.Equal([code], refusal.Codes);
        var english = refusal.Describe(CultureInfo.GetCultureInfo("en-CA"));
        var french = refusal.Describe(CultureInfo.GetCultureInfo("fr-FR"));
        Assert.NotEqual(code, english);
        Assert.NotEqual(code, french);
        Assert.NotEqual(english, french);
    }
}
