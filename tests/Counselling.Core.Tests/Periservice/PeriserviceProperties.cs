using System.Linq;
using Counselling.Core.Periservice;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Counselling.Core.Tests.Periservice;

public sealed class PeriserviceProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public Property Schedule_NeverPlacesATouchpointInQuietHoursOrOnANonWorkingDay(ScheduleCase c)
    {
        var schedule = c.Scheduler().Schedule(c.Anchors);
        return schedule.All(t => c.Window.IsAllowed(t.Local)).Label(string.Join("; ", schedule.Where(t => !c.Window.IsAllowed(t.Local)).Select(t => t.Local)));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public Property Schedule_PlacesEveryBeforeTouchpointBeforeItsAnchor(ScheduleCase c)
    {
        var schedule = c.Scheduler().Schedule(c.Anchors);
        return schedule.Where(t => t.IsBeforeAnchor).All(t => t.Instant < t.AnchorInstant)
            .And(schedule.Where(t => !t.IsBeforeAnchor).All(t => t.Local.Date >= t.AnchorInstant.InZone(NodaTime.DateTimeZoneProviders.Tzdb[t.ZoneId]).Date))
            .Label("before and after anchors");
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public bool Schedule_GivesTheSameIds_ForTheSameInputs(ScheduleCase c)
    {
        var first = c.Scheduler().Schedule(c.Anchors);
        var second = c.Scheduler().Schedule(c.Anchors);
        return first.Equals(second)
               && first.Select(t => t.Id).SequenceEqual(second.Select(t => t.Id))
               && first.Select(t => t.Id).Distinct().Count() == first.Count;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public bool Schedule_NeverUsesADigitalChannel_ForAClientWithoutDigitalAccess(ScheduleCase c)
    {
        var schedule = c.Scheduler().Schedule(c.Anchors);
        return c.Anchors.Contact.HasDigitalAccess || schedule.All(t => t.Channel is TouchpointChannel.Phone or TouchpointChannel.Letter);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public bool Diff_OfAScheduleWithItself_IsEmpty(ScheduleCase c)
    {
        var schedule = c.Scheduler().Schedule(c.Anchors);
        return ScheduleDiff.Between(schedule, schedule).IsEmpty
               && ScheduleDiff.Between(schedule, c.Scheduler().Schedule(c.Anchors)).IsEmpty;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public bool Diff_AppliedToTheOldSchedule_GivesTheNewOne(RescheduleCase c)
    {
        var scheduler = c.Earlier.Scheduler();
        var earlier = scheduler.Schedule(c.Earlier.Anchors);
        var later = scheduler.Schedule(c.Later);

        var diff = ScheduleDiff.Between(earlier, later);

        return diff.ApplyTo(earlier).Equals(later)
               && diff.Added.All(t => earlier.Find(t.Id) is null)
               && diff.Cancelled.All(t => later.Find(t.Id) is null);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(PeriserviceArbitraries) })]
    public bool Diff_LeavesDoneTouchpointsAsTheyWere(RescheduleCase c)
    {
        var scheduler = c.Earlier.Scheduler();
        var earlier = scheduler.Schedule(c.Earlier.Anchors);
        var later = scheduler.Schedule(c.Later);
        var done = earlier.Where((_, i) => i % 2 == 0).Select(t => t.Id).ToHashSet();

        var applied = ScheduleDiff.Between(earlier, later, done.Contains).ApplyTo(earlier);

        return earlier.Where(t => done.Contains(t.Id)).All(t => Equals(applied.Find(t.Id), t))
               && later.Where(t => !done.Contains(t.Id)).All(t => Equals(applied.Find(t.Id), t))
               && applied.All(t => done.Contains(t.Id) || later.Find(t.Id) is not null);
    }
}
