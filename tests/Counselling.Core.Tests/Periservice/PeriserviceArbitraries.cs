using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Periservice;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Counselling.Core.Tests.Periservice;

/// <summary>One generated case: a policy, a sending window and an intervention's anchors.</summary>
public sealed record ScheduleCase(PeriservicePolicy Policy, SendingWindow Window, ServiceAnchors Anchors)
{
    public PeriserviceScheduler Scheduler() => new(Policy, Window, DateTimeZoneProviders.Tzdb);

    public override string ToString()
        => $"{Anchors} zone={Anchors.ZoneId} window={Window.OpensAt}-{Window.ClosesAt} closedDays=[{string.Join(",", Window.ClosedDays)}] closedDates={Window.ClosedDates.Count} rules={Policy.Rules.Length}";
}

/// <summary>Two sets of anchors of the same intervention: as they were, and after a reschedule.</summary>
public sealed record RescheduleCase(ScheduleCase Earlier, ServiceAnchors Later)
{
    public override string ToString() => Earlier + " -> " + Later;
}

/// <summary>The generators of the periservice properties, kept together.</summary>
public static class PeriserviceArbitraries
{
    /// <summary>Zones with the transitions that matter: the EU's and Toronto's, a half-hour offset, a half-hour change of the clocks.</summary>
    public static readonly string[] Zones = ["Europe/Brussels", "Europe/Paris", "America/Toronto", "UTC", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kolkata"];

    private static readonly LocalDate Origin = new(2025, 12, 1);

    private static readonly Gen<LocalDateTime> LocalTimes =
        from day in Gen.Choose(0, 600)
        from minutes in Gen.Choose(0, (24 * 4) - 1)
        select Origin.PlusDays(day).At(LocalTime.Midnight.PlusMinutes(minutes * 15));

    private static readonly Gen<LocalDateTime> NearTransitions =
        from date in Gen.Elements(new LocalDate(2026, 3, 29), new LocalDate(2026, 10, 25), new LocalDate(2026, 3, 8), new LocalDate(2026, 11, 1), new LocalDate(2026, 4, 5), new LocalDate(2026, 10, 4))
        from shift in Gen.Choose(-2, 2)
        from minutes in Gen.Choose(0, (24 * 4) - 1)
        select date.PlusDays(shift).At(LocalTime.Midnight.PlusMinutes(minutes * 15));

    private static readonly Gen<LocalDateTime> Appointments = Gen.Frequency((2, LocalTimes), (1, NearTransitions));

    private static readonly Gen<SendingWindow> Windows = Gen.Frequency(
        (1, Gen.Constant(SendingWindow.Default)),
        (4,
            from opens in Gen.Choose(0, 40)
            from length in Gen.Choose(1, 47 - opens)
            from closedDays in Gen.SubListOf(new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Monday })
            from closedDates in Gen.ListOf(Gen.Choose(0, 600).Select(d => Origin.PlusDays(d))).Select(l => l.Take(40).ToArray())
            select new SendingWindow(
                LocalTime.Midnight.PlusMinutes(opens * 30),
                LocalTime.Midnight.PlusMinutes(Math.Min((opens + length) * 30, (24 * 60) - 1)),
                closedDates,
                closedDays)));

    private static readonly Gen<PeriserviceRule> Rules =
        from anchor in Gen.Elements(TouchpointAnchor.GroupStart, TouchpointAnchor.EachSession, TouchpointAnchor.FirstSession, TouchpointAnchor.Closure)
        from before in Gen.Elements(true, false)
        from unit in Gen.Elements(OffsetUnit.Days, OffsetUnit.Weeks, OffsetUnit.Months)
        from amount in Gen.Choose(1, 14)
        from minutes in Gen.Choose(0, (24 * 4) - 1)
        from channel in Gen.Elements(TouchpointChannel.Email, TouchpointChannel.Sms, TouchpointChannel.Phone, TouchpointChannel.Letter)
        select new PeriserviceRule(
            "rule",
            anchor,
            before ? TouchpointOffset.Before(amount, unit) : TouchpointOffset.After(amount - 1, unit),
            LocalTime.Midnight.PlusMinutes(minutes * 15),
            TouchpointKind.Other,
            "content.other",
            channel,
            dueBeforeNextSession: anchor is TouchpointAnchor.FirstSession or TouchpointAnchor.EachSession);

    private static readonly Gen<PeriservicePolicy> Policies = Gen.Frequency(
        (1, Gen.Constant(PeriservicePolicy.Default)),
        (2, Gen.NonEmptyListOf(Rules).Select(rules => new PeriservicePolicy(rules.Take(8).Select((r, i) => Renamed(r, "rule-" + i))))));

    private static readonly Gen<ContactPreferences> Contacts = Gen.Elements(
        ContactPreferences.Digital,
        ContactPreferences.Offline,
        new ContactPreferences(false),
        new ContactPreferences(false, TouchpointChannel.Letter),
        new ContactPreferences(true, TouchpointChannel.Sms, TouchpointChannel.Phone));

    private static readonly Gen<string> ZoneIds = Gen.Elements(Zones);

    private static readonly Gen<SessionAnchor> Sessions =
        from id in Gen.Choose(1, 1_000_000)
        from start in Appointments
        from zone in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, ZoneIds.Select(z => (string?)z)))
        select new SessionAnchor(new SessionId(GuidOf(id, 2)), start, zone ?? "client");

    public static Arbitrary<ScheduleCase> ScheduleCases() => Arb.From(Cases, Shrink);

    public static Arbitrary<RescheduleCase> RescheduleCases()
        => Arb.From(
            from earlier in Cases
            from later in Reschedule(earlier.Anchors)
            select new RescheduleCase(earlier, later));

    internal static Guid GuidOf(int value, short kind) => new(value, kind, 7, 1, 2, 3, 4, 5, 6, 7, 8);

    private static Gen<ScheduleCase> Cases =>
        from policy in Policies
        from window in Windows
        from anchors in Anchors(InterventionId.New())
        select new ScheduleCase(policy, window, anchors);

    private static Gen<ServiceAnchors> Anchors(InterventionId intervention) =>
        from zone in ZoneIds
        from contact in Contacts
        from sessions in Gen.ListOf(Sessions).Select(l => l.DistinctBy(s => s.Session).Take(6).ToArray())
        from hasGroup in Gen.Elements(true, false)
        from groupStart in Appointments
        from groupZone in Gen.Frequency((3, Gen.Constant(zone)), (1, ZoneIds))
        from closed in Gen.Frequency((1, Gen.Constant<LocalDateTime?>(null)), (2, Appointments.Select(a => (LocalDateTime?)a)))
        select Build(intervention, zone, contact, sessions, hasGroup ? new GroupAnchor(GuidOf(1, 3), groupStart, groupZone) : null, closed);

    private static Gen<ServiceAnchors> Reschedule(ServiceAnchors earlier) =>
        from keep in Gen.ArrayOf(Gen.Elements(0, 1, 2), earlier.Sessions.Length)
        from shifts in Gen.ArrayOf(Gen.Choose(-72, 72), earlier.Sessions.Length)
        from added in Gen.ListOf(Sessions).Select(l => l.Take(2).ToArray())
        from groupShift in Gen.Choose(-3, 3)
        from close in Gen.Elements(true, false)
        from closedAt in Appointments
        select Build(
            earlier.Intervention,
            earlier.ZoneId,
            earlier.Contact,
            earlier.Sessions.Select((s, i) => keep[i] == 0 ? (SessionAnchor?)null : keep[i] == 1 ? s : new SessionAnchor(s.Session, s.Start.PlusHours(shifts[i]), s.ZoneId))
                .Where(s => s is not null).Select(s => s!.Value)
                .Concat(added).DistinctBy(s => s.Session).ToArray(),
            earlier.Group is { } g ? new GroupAnchor(g.Group, g.Start.PlusDays(groupShift), g.ZoneId) : null,
            earlier.ClosedAt is null && close ? closedAt : null,
            earlier.ClosedAt);

    private static ServiceAnchors Build(InterventionId intervention, string zone, ContactPreferences contact, SessionAnchor[] sessions, GroupAnchor? group, LocalDateTime? closed, Instant? closedAt = null)
    {
        var tz = DateTimeZoneProviders.Tzdb[zone];
        return new ServiceAnchors(
            intervention,
            zone,
            contact,
            sessions.Select(s => s.ZoneId == "client" ? new SessionAnchor(s.Session, s.Start, zone) : s),
            group,
            closedAt ?? (closed is { } c ? tz.AtLeniently(c).ToInstant() : null));
    }

    private static PeriserviceRule Renamed(PeriserviceRule r, string key)
        => new(key, r.Anchor, r.Offset, r.TimeOfDay, r.Kind, r.ContentKey, r.Channel, r.Parameters, r.DueBeforeNextSession);

    private static IEnumerable<ScheduleCase> Shrink(ScheduleCase c)
    {
        var a = c.Anchors;
        if (c.Window != SendingWindow.Default)
        {
            yield return c with { Window = SendingWindow.Default };
        }

        if (a.ClosedAt is not null)
        {
            yield return c with { Anchors = new ServiceAnchors(a.Intervention, a.ZoneId, a.Contact, a.Sessions, a.Group) };
        }

        if (a.Group is not null)
        {
            yield return c with { Anchors = new ServiceAnchors(a.Intervention, a.ZoneId, a.Contact, a.Sessions, null, a.ClosedAt) };
        }

        for (var i = 0; i < a.Sessions.Length; i++)
        {
            yield return c with { Anchors = new ServiceAnchors(a.Intervention, a.ZoneId, a.Contact, a.Sessions.RemoveAt(i), a.Group, a.ClosedAt) };
        }

        if (c.Policy.Rules.Length > 1)
        {
            foreach (var rule in c.Policy.Rules)
            {
                yield return c with { Policy = new PeriservicePolicy([rule]) };
            }
        }
    }
}
