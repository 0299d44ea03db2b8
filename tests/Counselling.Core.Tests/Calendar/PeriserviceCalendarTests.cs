using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Calendar;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Periservice.PeriserviceExamples;

namespace Counselling.Core.Tests.Calendar;

/// <summary>The iCalendar export, read back with Ical.Net as a calendar app would.</summary>
public sealed class PeriserviceCalendarTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2026, 3, 1, 8, 0);

    [Fact]
    public void Export_OfASchedule_ReadsBackWithEveryTouchpointAtItsInstant_AndTheZonesIncluded()
    {
        var group = new GroupAnchor(Group, new LocalDateTime(2026, 3, 30, 9, 0), "America/Toronto");
        var sessions = new[] { new SessionAnchor(First, new LocalDateTime(2026, 3, 30, 9, 0), "Europe/Brussels") };
        var schedule = Scheduler().Schedule(Anchors("Europe/Brussels", sessions, group, Instant.FromUtc(2026, 10, 20, 12, 0)));

        var text = PeriserviceCalendar.Export(schedule, Stamp, CultureInfo.GetCultureInfo("fr-FR"));
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal(schedule.Count, calendar.Events.Count);
        Assert.Equal(["Europe/Brussels"], calendar.TimeZones.Select(z => z.TzId));
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:DAYLIGHT", text, StringComparison.Ordinal);
        foreach (var touchpoint in schedule)
        {
            var evt = calendar.Events.Single(e => e.Uid == touchpoint.Id.ToString());
            Assert.Equal("Europe/Brussels", evt.DtStart!.TzId);
            Assert.Equal(touchpoint.Local.ToDateTimeUnspecified(), evt.DtStart.Value);
            Assert.Equal(touchpoint.Instant.ToDateTimeUtc(), evt.DtStart.AsUtc);
            Assert.Equal(ScheduleText.Describe(touchpoint, CultureInfo.GetCultureInfo("fr-FR")), evt.Summary);
        }
    }

    [Fact]
    public void Export_IsDeterministic()
    {
        var schedule = Scheduler().Schedule(Anchors("Europe/Paris", closedAt: Instant.FromUtc(2026, 6, 30, 15, 0)));

        Assert.Equal(
            PeriserviceCalendar.Export(schedule, Stamp, CultureInfo.GetCultureInfo("en")),
            PeriserviceCalendar.Export(schedule, Stamp, CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData("Europe/Brussels", 2026, 3, 30, "2026-03-30T07:00:00Z")]
    [InlineData("Europe/Paris", 2026, 10, 26, "2026-10-26T08:00:00Z")]
    [InlineData("America/Toronto", 2026, 3, 9, "2026-03-09T13:00:00Z")]
    [InlineData("America/Toronto", 2026, 11, 2, "2026-11-02T14:00:00Z")]
    public void ExportSession_IsAnInvitation_AtTheRightInstant_TheDayAfterAChangeOfTheClocks(string zone, int year, int month, int day, string utc)
    {
        var session = new SessionAnchor(First, new LocalDateTime(year, month, day, 9, 0), zone);

        var text = PeriserviceCalendar.ExportSession(session, Duration.FromMinutes(45), Stamp, CultureInfo.GetCultureInfo("en"));
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal("REQUEST", calendar.Method);
        var evt = Assert.Single(calendar.Events);
        Assert.Equal(First.ToString(), evt.Uid);
        Assert.Equal(zone, evt.DtStart!.TzId);
        Assert.Equal(DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), evt.DtStart.AsUtc);
        Assert.Equal(TimeSpan.FromMinutes(45), evt.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Equal([zone], calendar.TimeZones.Select(z => z.TzId));
        Assert.StartsWith("Session on ", evt.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportGroupStart_IsAnInvitation_InTheGroupsZone()
    {
        var group = new GroupAnchor(Group, new LocalDateTime(2026, 9, 14, 9, 0), "America/Toronto");

        var calendar = Ical.Net.Calendar.Load(PeriserviceCalendar.ExportGroupStart(group, Duration.FromHours(3), Stamp, CultureInfo.GetCultureInfo("fr-CA")))!;

        var evt = Assert.Single(calendar.Events);
        Assert.Equal("America/Toronto", evt.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 9, 14, 13, 0, 0, DateTimeKind.Utc), evt.DtStart.AsUtc);
        Assert.StartsWith("Démarrage du groupe le ", evt.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => PeriserviceCalendar.Export(null!, Stamp, CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentException>(() => PeriserviceCalendar.ExportSession(default, Duration.FromHours(1), Stamp, CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriserviceCalendar.ExportSession(new SessionAnchor(First, new LocalDateTime(2026, 9, 14, 9, 0), "Europe/Paris"), Duration.Zero, Stamp, CultureInfo.InvariantCulture));
    }
}
