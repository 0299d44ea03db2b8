using System.Linq;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Periservice.PeriserviceExamples;

namespace Counselling.Core.Tests.Periservice;

public sealed class SchedulerTests
{
    [Fact]
    public void DefaultPolicy_PlacesTheCountdownTheSessionsAndTheFollowUps()
    {
        var group = new GroupAnchor(Group, new LocalDateTime(2026, 5, 18, 9, 30), "Europe/Brussels");
        var sessions = new[]
        {
            new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Europe/Brussels"),
            new SessionAnchor(Second, new LocalDateTime(2026, 6, 3, 14, 0), "Europe/Brussels"),
        };
        var closedAt = Instant.FromUtc(2026, 6, 30, 15, 0);

        var schedule = Scheduler().Schedule(Anchors("Europe/Brussels", sessions, group, closedAt));

        Assert.Equal(
            [
                "group.expected 2026-05-04T10:00:00", "group.start-details 2026-05-11T10:00:00", "group.starts-tomorrow 2026-05-17T10:00:00",
                "group.peer-surprise 2026-05-19T10:00:00", "session.reminder 2026-05-19T17:00:00", "first-session.exercise 2026-05-21T10:00:00",
                "session.reminder 2026-06-02T17:00:00", "closure.satisfaction 2026-07-07T10:00:00", "closure.follow-up-3m 2026-09-30T10:00:00",
                "closure.follow-up-6m 2026-12-30T10:00:00", "closure.follow-up-12m 2027-06-30T10:00:00",
            ],
            schedule.Select(t => t.Id.RuleKey + " " + t.Local.ToString("s", null)));
        var exercise = Only(schedule, "first-session.exercise");
        Assert.Equal(Instant.FromUtc(2026, 6, 3, 12, 0), exercise.DueBy);
        Assert.Equal(TouchpointKind.Exercise, exercise.Kind);
        Assert.All(schedule, t => Assert.Equal(Intervention, t.Intervention));
    }

    [Fact]
    public void Schedule_WithoutClosure_WaitsWithTheFollowUps_AndWithoutAGroup_HasNoCountdown()
    {
        var schedule = Scheduler().Schedule(Anchors("Europe/Paris", [new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Europe/Paris")]));

        Assert.Equal(["session.reminder", "first-session.exercise"], schedule.Select(t => t.Id.RuleKey));
        Assert.Null(Only(schedule, "first-session.exercise").DueBy);
    }

    [Theory]
    [InlineData("Europe/Brussels", 2026, 3, 29)]
    [InlineData("Europe/Paris", 2026, 3, 29)]
    [InlineData("Europe/Brussels", 2026, 10, 25)]
    [InlineData("Europe/Paris", 2026, 10, 25)]
    [InlineData("America/Toronto", 2026, 3, 8)]
    [InlineData("America/Toronto", 2026, 11, 1)]
    public void NineOClock_StaysNineOClock_AcrossAChangeOfTheClocks(string zone, int year, int month, int day)
    {
        var transition = new LocalDate(year, month, day);
        var policy = Policy(Rule("day-before", TouchpointAnchor.EachSession, TouchpointOffset.Before(1, OffsetUnit.Days), new LocalTime(9, 0)));
        var sessions = Enumerable.Range(-1, 3)
            .Select(d => new SessionAnchor(new Counselling.Core.Common.SessionId(PeriserviceArbitraries.GuidOf(100 + d, 2)), transition.PlusDays(d + 1).At(new LocalTime(9, 0)), zone))
            .ToArray();

        var schedule = Scheduler(policy: policy).Schedule(Anchors(zone, sessions));

        Assert.Equal(3, schedule.Count);
        Assert.All(schedule, t => Assert.Equal(new LocalTime(9, 0), t.Local.TimeOfDay));
        Assert.Equal([transition.PlusDays(-1), transition, transition.PlusDays(1)], schedule.Select(t => t.Local.Date));
        var offsets = schedule.Select(t => t.Offset).ToArray();
        Assert.NotEqual(offsets[0], offsets[2]);
        var gap = schedule[1].Instant - schedule[0].Instant;
        Assert.NotEqual(Duration.FromDays(1), gap);
    }

    [Theory]
    [InlineData("Europe/Brussels", "2026-03-29T02:30:00", "2026-03-29T03:30:00", "2026-03-29T01:30:00Z")]
    [InlineData("Europe/Paris", "2026-03-29T02:30:00", "2026-03-29T03:30:00", "2026-03-29T01:30:00Z")]
    [InlineData("America/Toronto", "2026-03-08T02:30:00", "2026-03-08T03:30:00", "2026-03-08T07:30:00Z")]
    public void ALocalTimeThatDoesNotExist_MovesForwardByTheGap(string zone, string wanted, string local, string instant)
    {
        var wantedAt = NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(wanted).Value;
        var policy = Policy(Rule("after", TouchpointAnchor.Closure, TouchpointOffset.After(1, OffsetUnit.Days), wantedAt.TimeOfDay));
        var closedAt = DateTimeZoneProviders.Tzdb[zone].AtStrictly(wantedAt.PlusDays(-1).Date.At(new LocalTime(12, 0))).ToInstant();

        var touchpoint = Scheduler(AllDay, policy).Schedule(Anchors(zone, closedAt: closedAt)).Single();

        Assert.Equal(local, touchpoint.Local.ToString("s", null));
        Assert.Equal(instant, touchpoint.Instant.ToString());
        Assert.True(touchpoint.WasMoved);
    }

    [Theory]
    [InlineData("Europe/Brussels", "2026-10-25T02:30:00", "2026-10-25T00:30:00Z", 2)]
    [InlineData("Europe/Paris", "2026-10-25T02:30:00", "2026-10-25T00:30:00Z", 2)]
    [InlineData("America/Toronto", "2026-11-01T01:30:00", "2026-11-01T05:30:00Z", -4)]
    public void ALocalTimeThatHappensTwice_IsTheEarlierOfTheTwo(string zone, string wanted, string instant, int offsetHours)
    {
        var wantedAt = NodaTime.Text.LocalDateTimePattern.ExtendedIso.Parse(wanted).Value;
        var policy = Policy(Rule("after", TouchpointAnchor.Closure, TouchpointOffset.After(1, OffsetUnit.Days), wantedAt.TimeOfDay));
        var closedAt = DateTimeZoneProviders.Tzdb[zone].AtStrictly(wantedAt.PlusDays(-1).Date.At(new LocalTime(12, 0))).ToInstant();

        var touchpoint = Scheduler(AllDay, policy).Schedule(Anchors(zone, closedAt: closedAt)).Single();

        Assert.Equal(wantedAt, touchpoint.Local);
        Assert.Equal(instant, touchpoint.Instant.ToString());
        Assert.Equal(Offset.FromHours(offsetHours), touchpoint.Offset);
        Assert.False(touchpoint.WasMoved);
    }

    [Fact]
    public void ATouchpointInQuietHours_MovesForwardToTheOpening()
    {
        var policy = Policy(Rule("late", TouchpointAnchor.Closure, TouchpointOffset.After(1, OffsetUnit.Days), new LocalTime(21, 0)));
        var closedAt = Instant.FromUtc(2026, 6, 1, 10, 0);

        var touchpoint = Scheduler(policy: policy).Schedule(Anchors("Europe/Brussels", closedAt: closedAt)).Single();

        Assert.Equal(new LocalDateTime(2026, 6, 3, 9, 0), touchpoint.Local);
        Assert.True(touchpoint.WasMoved);
    }

    [Fact]
    public void ABeforeTouchpoint_ThatWouldReachItsAnchorWhenMovedForward_MovesBackward()
    {
        // The group starts on Monday 4 May 2026 at 09:00; Sunday 3 May is not a working day: "starts tomorrow"
        // cannot go on Monday at 09:00 (the anchor itself), so it goes on Saturday at the window's closing time.
        var window = new SendingWindow(new LocalTime(9, 0), new LocalTime(19, 0), closedDays: [IsoDayOfWeek.Sunday]);
        var group = new GroupAnchor(Group, new LocalDateTime(2026, 5, 4, 9, 0), "Europe/Brussels");

        var schedule = Scheduler(window).Schedule(Anchors("Europe/Brussels", group: group));

        var tomorrow = Only(schedule, "group.starts-tomorrow");
        Assert.Equal(new LocalDateTime(2026, 5, 2, 19, 0), tomorrow.Local);
        Assert.True(tomorrow.Instant < tomorrow.AnchorInstant);
    }

    [Fact]
    public void ATouchpointOnANonWorkingDate_MovesToTheNextWorkingDay()
    {
        var window = SendingWindow.Default.WithClosedDates([new LocalDate(2026, 7, 21)]); // Belgian national day
        var closedAt = Instant.FromUtc(2026, 7, 14, 10, 0);

        var satisfaction = Only(Scheduler(window).Schedule(Anchors("Europe/Brussels", closedAt: closedAt)), "closure.satisfaction");

        Assert.Equal(new LocalDateTime(2026, 7, 22, 9, 0), satisfaction.Local);
    }

    [Fact]
    public void AnAppointmentInAnotherZone_IsPlacedOnTheClientsClock()
    {
        // The group meets in Toronto at 09:00 (13:00 UTC); the client lives in Brussels (15:00 there): the day before
        // is computed on the client's calendar, at 10:00 Brussels time.
        var group = new GroupAnchor(Group, new LocalDateTime(2026, 9, 14, 9, 0), "America/Toronto");

        var tomorrow = Only(Scheduler().Schedule(Anchors("Europe/Brussels", group: group)), "group.starts-tomorrow");

        Assert.Equal(new LocalDateTime(2026, 9, 13, 10, 0), tomorrow.Local);
        Assert.Equal("Europe/Brussels", tomorrow.ZoneId);
        Assert.Equal("America/Toronto", tomorrow.AnchorZoneId);
        Assert.Equal(new LocalDateTime(2026, 9, 14, 9, 0), tomorrow.AnchorStart);
    }

    [Fact]
    public void MonthsAfterClosure_FollowTheCalendar_TheLastDayOfAShortMonth()
    {
        var closedAt = DateTimeZoneProviders.Tzdb["Europe/Paris"].AtStrictly(new LocalDateTime(2026, 11, 30, 16, 0)).ToInstant();

        var schedule = Scheduler().Schedule(Anchors("Europe/Paris", closedAt: closedAt));

        Assert.Equal(new LocalDate(2027, 2, 28), Only(schedule, "closure.follow-up-3m").Local.Date);
        Assert.Equal(new LocalDate(2027, 5, 30), Only(schedule, "closure.follow-up-6m").Local.Date);
    }

    [Fact]
    public void AClientWithoutDigitalAccess_GetsAPhoneCallOrALetter_NeverAnSmsOrAnEmail()
    {
        var sessions = new[] { new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "America/Toronto") };
        var closedAt = Instant.FromUtc(2026, 6, 30, 15, 0);
        var group = new GroupAnchor(Group, new LocalDateTime(2026, 5, 18, 9, 30), "America/Toronto");

        var offline = Scheduler().Schedule(Anchors("America/Toronto", sessions, group, closedAt, new ContactPreferences(false)));
        var letters = Scheduler().Schedule(Anchors("America/Toronto", sessions, group, closedAt, new ContactPreferences(false, TouchpointChannel.Letter)));
        var digital = Scheduler().Schedule(Anchors("America/Toronto", sessions, group, closedAt));

        Assert.All(offline, t => Assert.Equal(TouchpointChannel.Phone, t.Channel));
        Assert.All(letters, t => Assert.Equal(TouchpointChannel.Letter, t.Channel));
        Assert.Equal(TouchpointChannel.Sms, Only(digital, "session.reminder").Channel);
        Assert.Equal(TouchpointChannel.Email, Only(digital, "closure.satisfaction").Channel);
        Assert.Equal(offline.Select(t => t.Id), digital.Select(t => t.Id));
    }

    [Fact]
    public void ContactPreferences_ThatNameADigitalChannelWithoutAccess_AreRefused()
        => Assert.Throws<System.ArgumentException>(() => new ContactPreferences(false, TouchpointChannel.Sms));

    [Fact]
    public void TouchpointIds_AreStable_AndReadBack()
    {
        var sessions = new[] { new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Europe/Brussels") };
        var reminder = Only(Scheduler().Schedule(Anchors("Europe/Brussels", sessions)), "session.reminder");

        Assert.Equal(new TouchpointId(Intervention, First.Value, "session.reminder"), reminder.Id);
        Assert.Equal(reminder.Id, TouchpointId.Parse(reminder.Id.ToString()));
        Assert.Throws<System.FormatException>(() => TouchpointId.Parse("touchpoint:nope"));
    }
}
