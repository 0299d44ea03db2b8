using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Core.Calendar;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Periservice;

/// <summary>The examples of docs/periservice.md, run.</summary>
public sealed class PeriserviceGuideTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void ComputeASchedule()
    {
        var intervention = _world.InPlanning();
        intervention.PlanSession(SessionId.New(), new LocalDateTime(2026, 3, 30, 9, 0), "America/Toronto", _world.Counsellor);
        var groupId = Guid.NewGuid();

        // guide: schedule
        // Once, at start-up: the policy, when touchpoints may go (with the agency's non-working dates), the zones.
        var window = new SendingWindow(new LocalTime(9, 0), new LocalTime(19, 0),
            closedDates: [new LocalDate(2026, 5, 18), new LocalDate(2026, 7, 1)], closedDays: [IsoDayOfWeek.Sunday]);
        var scheduler = new PeriserviceScheduler(PeriservicePolicy.Default, window, DateTimeZoneProviders.Tzdb);

        // Per intervention: its anchors (sessions, closure), with the group the host knows of and the client's access.
        var group = new GroupAnchor(groupId, new LocalDateTime(2026, 4, 13, 9, 30), "America/Toronto");
        var anchors = InterventionAnchors.From(intervention, new ContactPreferences(hasDigitalAccess: false), DateTimeZoneProviders.Tzdb, group);
        TouchpointSchedule schedule = scheduler.Schedule(anchors);

        foreach (var line in ScheduleText.Format(schedule, CultureInfo.GetCultureInfo("fr-CA")))
        {
            Console.WriteLine(line);
        }
        // end guide

        Assert.Equal(8, schedule.Count); // four around the group; three session reminders (two past) and the exercise
        Assert.All(schedule, t => Assert.Equal(TouchpointChannel.Phone, t.Channel));
        Assert.Contains(schedule, t => t.Kind == TouchpointKind.SessionReminder && t.Local == new LocalDateTime(2026, 3, 28, 19, 0)); // Sunday is closed
    }

    [Fact]
    public void RunTheOutboxLoop()
    {
        var intervention = _world.InPlanning();
        var scheduler = new PeriserviceScheduler(PeriservicePolicy.Default, SendingWindow.Default, DateTimeZoneProviders.Tzdb);
        intervention.PlanSession(SessionId.New(), new LocalDateTime(2026, 3, 10, 9, 0), "America/Toronto", _world.Counsellor);
        var lastRun = _world.Clock.GetCurrentInstant();
        _world.Advance(Duration.FromDays(10));
        IClock clock = _world.Clock;
        var sent = new List<TouchpointId>();
        bool Send(Touchpoint touchpoint)
        {
            sent.Add(touchpoint.Id);
            return true;
        }

        // guide: outbox
        var outbox = new PeriserviceOutbox(scheduler, new RetryPolicy(maxAttempts: 4, firstDelay: Duration.FromHours(1)));

        // Whenever an intervention changes (a session planned, moved or cancelled, the closure): recompute and update.
        ScheduleDiff diff = outbox.Update(intervention.Id,
            scheduler.Schedule(InterventionAnchors.From(intervention, ContactPreferences.Digital, DateTimeZoneProviders.Tzdb)));

        // Every few minutes: send what is due since the last run, in order; mark each one sent or failed.
        var now = clock.GetCurrentInstant();
        foreach (OutboxEntry entry in outbox.Due(lastRun, now))
        {
            if (Send(entry.Touchpoint))
            {
                outbox.MarkSent(entry.Id, now);
            }
            else
            {
                outbox.MarkFailed(entry.Id, now);   // due again after 1 h, 2 h, 4 h, then given up
            }
        }

        lastRun = now;
        // end guide

        Assert.Equal(4, diff.Added.Length); // a reminder for each of the three sessions, and the exercise
        Assert.NotEmpty(sent);
        Assert.All(sent, id => Assert.Equal(TouchpointStatus.Sent, outbox.Find(id)!.Status));
    }

    [Fact]
    public void RecordTheAnswers()
    {
        var (intervention, outbox) = new ResponsesTests().Closed();
        var survey = outbox.ScheduleOf(intervention.Id).Single(t => t.Kind == TouchpointKind.Satisfaction);
        var followUp = outbox.ScheduleOf(intervention.Id).Single(t => t.Id.RuleKey == "closure.follow-up-6m");
        var clock = new NodaTime.Testing.FakeClock(followUp.Instant + Duration.FromDays(40));
        var client = Actor.Client(intervention.ClientId);
        var reloaded = Intervention.FromHistory(intervention.History, new AgencyClock(clock, DateTimeZoneProviders.Tzdb, "UTC"));
        intervention = reloaded;

        // guide: answers
        // The client answered the survey (4 out of 5, would recommend) and, late, the 6-month follow-up.
        var now = clock.GetCurrentInstant();
        PeriserviceResponses.RecordSatisfaction(outbox, intervention, survey.Id, new ScaleScore(4, 1, 5), now, client, wouldRecommend: true);
        PeriserviceResponses.RecordFollowUp(outbox, intervention, followUp.Id, SituationKind.Employed,
            new JobQuality(ContractKind.Permanent, weeklyHours: 35, monthlyEarnings: 2100, socialProtection: true, meetsExpectations: true),
            now, client);
        // end guide

        Assert.Equal(TouchpointStatus.Answered, outbox.Find(followUp.Id)!.Status);
        Assert.Equal(6, intervention.History.OfType<Counselling.Core.Interventions.Events.SituationRecorded>().Single().Fact.MonthsAfterClosure);
    }

    [Fact]
    public void ExportToACalendar()
    {
        var schedule = new PeriserviceScheduler(PeriservicePolicy.Default, SendingWindow.Default, DateTimeZoneProviders.Tzdb)
            .Schedule(PeriserviceExamples.Anchors("Europe/Brussels", closedAt: Instant.FromUtc(2026, 6, 30, 15, 0)));
        var session = new SessionAnchor(SessionId.New(), new LocalDateTime(2026, 3, 30, 9, 0), "Europe/Brussels");
        IClock clock = _world.Clock;

        // guide: calendar
        var culture = CultureInfo.GetCultureInfo("fr-BE");
        string touchpoints = PeriserviceCalendar.Export(schedule, clock.GetCurrentInstant(), culture);
        string invitation = PeriserviceCalendar.ExportSession(session, Duration.FromMinutes(45), clock.GetCurrentInstant(), culture);
        // end guide

        Assert.Equal(4, Ical.Net.Calendar.Load(touchpoints)!.Events.Count);
        Assert.Single(Ical.Net.Calendar.Load(invitation)!.Events);
    }

    [Fact]
    public void DefineAPolicy()
    {
        // guide: policy
        var policy = new PeriservicePolicy(
        [
            .. PeriservicePolicy.Default.Rules.Where(r => r.Kind != TouchpointKind.PeerSurprise),
            new PeriserviceRule("closure.call-back", TouchpointAnchor.Closure, TouchpointOffset.After(2, OffsetUnit.Weeks), new LocalTime(14, 0),
                TouchpointKind.Other, "agency.call-back", TouchpointChannel.Phone, [new("minutes", "10")]),
        ]);
        // end guide

        Assert.Equal(PeriservicePolicy.Default.Rules.Length, policy.Rules.Length);
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("outbox")]
    [InlineData("answers")]
    [InlineData("calendar")]
    [InlineData("policy")]
    public void TheGuide_ShowsTheTestedExample(string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Periservice/PeriserviceGuideTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/periservice.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }
}
