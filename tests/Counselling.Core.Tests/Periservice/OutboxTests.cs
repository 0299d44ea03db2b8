using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Periservice;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Periservice.PeriserviceExamples;

namespace Counselling.Core.Tests.Periservice;

public sealed class OutboxTests
{
    private static readonly InterventionId Other = new(PeriserviceArbitraries.GuidOf(43, 1));

    private readonly PeriserviceScheduler _scheduler = Scheduler();

    [Fact]
    public void Due_ListsTheTouchpointsOfEveryIntervention_InOrder_WithinTheInterval()
    {
        var outbox = new PeriserviceOutbox(_scheduler);
        var a = _scheduler.Schedule(Anchors("Europe/Brussels", [new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Europe/Brussels")]));
        var b = _scheduler.Schedule(Anchors("America/Toronto", [new SessionAnchor(Second, new LocalDateTime(2026, 5, 20, 9, 0), "America/Toronto")], intervention: Other));
        outbox.Update(Intervention, a);
        outbox.Update(Other, b);

        var due = outbox.Due(Instant.FromUtc(2026, 5, 19, 0, 0), Instant.FromUtc(2026, 5, 22, 0, 0));

        Assert.Equal(4, due.Count);
        Assert.Equal(due.OrderBy(e => e.DueAt).ThenBy(e => e.Id).Select(e => e.Id), due.Select(e => e.Id));
        Assert.Equal([Intervention, Other], due.Select(e => e.Touchpoint.Intervention).Distinct().Order());
        Assert.Empty(outbox.Due(Instant.FromUtc(2026, 5, 19, 15, 0), Instant.FromUtc(2026, 5, 19, 15, 0)));
        var reminder = Only(a, "session.reminder");
        Assert.Single(outbox.Due(reminder.Instant, reminder.Instant + Duration.FromTicks(1)));
        Assert.DoesNotContain(outbox.Due(reminder.Instant - Duration.FromHours(1), reminder.Instant), e => e.Id == reminder.Id);
    }

    [Fact]
    public void MarkSent_TakesTheTouchpointOutOfWhatIsDue()
    {
        var (outbox, reminder) = OneReminder();

        var entry = outbox.MarkSent(reminder.Id, reminder.Instant);

        Assert.Equal(TouchpointStatus.Sent, entry.Status);
        Assert.Equal(1, entry.Attempts);
        Assert.DoesNotContain(outbox.Due(reminder.Instant, reminder.Instant + Duration.FromDays(3)), e => e.Id == reminder.Id);
        Assert.Equal(1, outbox.PendingCount); // the exercise after the session
    }

    [Fact]
    public void MarkFailed_RetriesAfterADoublingDelay_MovedIntoTheWindow_ThenGivesUp()
    {
        var outbox = new PeriserviceOutbox(_scheduler, new RetryPolicy(3, Duration.FromHours(1)));
        var closedAt = Instant.FromUtc(2026, 6, 1, 10, 0);
        var survey = Only(_scheduler.Schedule(Anchors("Europe/Brussels", closedAt: closedAt)), "closure.satisfaction");
        outbox.Update(Intervention, TouchpointSchedule.Of([survey]));

        var first = outbox.MarkFailed(survey.Id, survey.Instant);                        // 10:00 + 1 h
        Assert.Equal(TouchpointStatus.RetryDue, first.Status);
        Assert.Equal(survey.Instant + Duration.FromHours(1), first.DueAt);
        Assert.Equal([survey.Id], outbox.Due(first.DueAt, first.DueAt + Duration.FromMinutes(1)).Select(e => e.Id));

        var lateFailure = survey.Local.Date.At(new LocalTime(17, 30)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Brussels"]).ToInstant();
        var second = outbox.MarkFailed(survey.Id, lateFailure);                          // 17:30 + 2 h = 19:30: quiet, next morning 09:00
        Assert.Equal(survey.Local.Date.PlusDays(1).At(new LocalTime(9, 0)), second.DueAt.InZone(DateTimeZoneProviders.Tzdb["Europe/Brussels"]).LocalDateTime);

        var third = outbox.MarkFailed(survey.Id, second.DueAt);
        Assert.Equal(TouchpointStatus.GaveUp, third.Status);
        Assert.Equal(3, third.Attempts);
        Assert.Equal(0, outbox.PendingCount);
    }

    [Fact]
    public void MarkFailed_GivesUpABeforeTouchpoint_WhenTheRetryWouldReachItsAnchor()
    {
        var (outbox, reminder) = OneReminder(); // reminder at 17:00 the day before a 09:00 session
        var failedLate = reminder.AnchorInstant - Duration.FromMinutes(30);

        var entry = outbox.MarkFailed(reminder.Id, failedLate);

        Assert.Equal(TouchpointStatus.GaveUp, entry.Status);
    }

    [Fact]
    public void Update_AfterAReschedule_MovesWhatIsPending_AndKeepsWhatWasSent()
    {
        var outbox = new PeriserviceOutbox(_scheduler);
        var sessions = new[]
        {
            new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 14, 0), "Europe/Brussels"),
            new SessionAnchor(Second, new LocalDateTime(2026, 6, 3, 14, 0), "Europe/Brussels"),
        };
        var earlier = _scheduler.Schedule(Anchors("Europe/Brussels", sessions));
        outbox.Update(Intervention, earlier);
        var firstReminder = earlier.Single(t => t.Id.RuleKey == "session.reminder" && t.Id.Anchor == First.Value);
        outbox.MarkSent(firstReminder.Id, firstReminder.Instant);

        // Both sessions move a week later; a third is added.
        var moved = sessions.Select(s => new SessionAnchor(s.Session, s.Start.PlusWeeks(1), s.ZoneId))
            .Append(new SessionAnchor(Third, new LocalDateTime(2026, 6, 24, 14, 0), "Europe/Brussels")).ToArray();
        var diff = outbox.Update(Intervention, _scheduler.Schedule(Anchors("Europe/Brussels", moved)));

        Assert.Equal([Third.Value], diff.Added.Select(t => t.Id.Anchor));
        Assert.DoesNotContain(diff.Moved, m => m.Before.Id == firstReminder.Id);
        Assert.Contains(diff.Moved, m => m.After.Id.Anchor == Second.Value && m.After.Id.RuleKey == "session.reminder");
        Assert.Contains(diff.Moved, m => m.After.Id.RuleKey == "first-session.exercise");
        Assert.Empty(diff.Cancelled);
        Assert.Equal(firstReminder, outbox.ScheduleOf(Intervention).Find(firstReminder.Id));
        Assert.Equal(TouchpointStatus.Sent, outbox.Find(firstReminder.Id)!.Status);

        // The second session is cancelled: its reminder is cancelled, and the exercise is no longer due before it.
        var diff2 = outbox.Update(Intervention, _scheduler.Schedule(Anchors("Europe/Brussels", [moved[0], moved[2]])));
        var cancelled = Assert.Single(diff2.Cancelled);
        Assert.Equal(Second.Value, cancelled.Id.Anchor);
        Assert.Equal(TouchpointStatus.Cancelled, outbox.Find(cancelled.Id)!.Status);
        Assert.Contains(diff2.Moved, m => m.After.Id.RuleKey == "first-session.exercise" && m.After.DueBy == m.After.DueBy && m.Before.DueBy != m.After.DueBy);
    }

    [Fact]
    public void Update_WithTheSameSchedule_ChangesNothing()
    {
        var (outbox, reminder) = OneReminder();
        var before = outbox.Find(reminder.Id);

        var diff = outbox.Update(Intervention, outbox.ScheduleOf(Intervention));

        Assert.True(diff.IsEmpty);
        Assert.Same(before, outbox.Find(reminder.Id));
    }

    [Fact]
    public void Update_RefusesATouchpointOfAnotherIntervention()
    {
        var outbox = new PeriserviceOutbox(_scheduler);
        var schedule = _scheduler.Schedule(Anchors("Europe/Brussels", closedAt: Instant.FromUtc(2026, 6, 1, 10, 0)));

        Assert.Throws<System.ArgumentException>(() => outbox.Update(Other, schedule));
        Assert.Equal(0, outbox.Count);
    }

    [Fact]
    public void RetryPolicy_DoublesItsDelay()
    {
        Assert.Equal([Duration.FromHours(1), Duration.FromHours(2), Duration.FromHours(4)], new[] { 1, 2, 3 }.Select(RetryPolicy.Default.DelayAfter));
        Assert.Equal(4, RetryPolicy.Default.MaxAttempts);
    }

    private (PeriserviceOutbox Outbox, Touchpoint Reminder) OneReminder()
    {
        var outbox = new PeriserviceOutbox(_scheduler);
        var schedule = _scheduler.Schedule(Anchors("Europe/Brussels", [new SessionAnchor(First, new LocalDateTime(2026, 5, 20, 9, 0), "Europe/Brussels")]));
        outbox.Update(Intervention, schedule);
        return (outbox, Only(schedule, "session.reminder"));
    }
}
