using System;
using System.Collections.Generic;
using Counselling.Core.Periservice;
using NodaTime;
using NodaTime.TimeZones;

namespace Counselling.Benchmarks.Periservice;

/// <summary>
/// The default policy's touchpoints computed by hand for the benchmark's cohort: the offsets and times written out,
/// the default window checked inline, sessions known to be in order and in the client's zone, no generic rule
/// dispatch. It builds the same touchpoint objects as the scheduler, so the two read as a ratio.
/// </summary>
public sealed class HandWrittenSchedule
{
    private static readonly LocalTime Opens = new(9, 0);
    private static readonly LocalTime Closes = new(19, 0);

    private readonly Dictionary<string, DateTimeZone> _zones = new(StringComparer.Ordinal);
    private readonly PeriserviceRule[] _rules = [.. PeriservicePolicy.Default.Rules];

    public HandWrittenSchedule()
    {
        foreach (var zone in PeriserviceCohort.Zones)
        {
            _zones[zone] = DateTimeZoneProviders.Tzdb[zone];
        }
    }

    public Touchpoint[] Schedule(ServiceAnchors anchors)
    {
        var zone = _zones[anchors.ZoneId];
        var result = new Touchpoint[PeriserviceCohort.TouchpointsEach];
        var n = 0;
        var group = anchors.Group!.Value;
        var groupAt = zone.ResolveLocal(group.Start, Resolvers.LenientResolver);
        var groupDate = groupAt.Date;
        result[n++] = Make(anchors, group.Group, _rules[0], groupDate.PlusDays(-14), group.Start, groupAt.ToInstant(), zone, null);
        result[n++] = Make(anchors, group.Group, _rules[1], groupDate.PlusDays(-7), group.Start, groupAt.ToInstant(), zone, null);
        result[n++] = Make(anchors, group.Group, _rules[2], groupDate.PlusDays(-1), group.Start, groupAt.ToInstant(), zone, null);
        result[n++] = Make(anchors, group.Group, _rules[3], groupDate.PlusDays(1), group.Start, groupAt.ToInstant(), zone, null);

        var sessions = anchors.Sessions;
        Instant next = default;
        for (var i = sessions.Length - 1; i >= 0; i--)
        {
            var session = sessions[i];
            var at = zone.ResolveLocal(session.Start, Resolvers.LenientResolver);
            result[n++] = Make(anchors, session.Session.Value, _rules[4], at.Date.PlusDays(-1), session.Start, at.ToInstant(), zone, null);
            if (i == 0)
            {
                result[n++] = Make(anchors, session.Session.Value, _rules[5], at.Date.PlusDays(1), session.Start, at.ToInstant(), zone, sessions.Length > 1 ? next : null);
            }

            next = at.ToInstant();
        }

        var closedAt = anchors.ClosedAt!.Value;
        var closed = closedAt.InZone(zone).LocalDateTime;
        var closedDate = closed.Date;
        var id = anchors.Intervention.Value;
        result[n++] = Make(anchors, id, _rules[6], closedDate.PlusDays(7), closed, closedAt, zone, null);
        result[n++] = Make(anchors, id, _rules[7], closedDate.PlusMonths(3), closed, closedAt, zone, null);
        result[n++] = Make(anchors, id, _rules[8], closedDate.PlusMonths(6), closed, closedAt, zone, null);
        result[n++] = Make(anchors, id, _rules[9], closedDate.PlusMonths(12), closed, closedAt, zone, null);

        Array.Sort(result, static (a, b) =>
        {
            var byInstant = a.Instant.CompareTo(b.Instant);
            return byInstant != 0 ? byInstant : a.Id.CompareTo(b.Id);
        });
        return result;
    }

    private static Touchpoint Make(ServiceAnchors anchors, Guid anchor, PeriserviceRule rule, LocalDate date, LocalDateTime anchorStart, Instant anchorInstant, DateTimeZone zone, Instant? dueBy)
    {
        var local = date + rule.TimeOfDay;
        if (local.TimeOfDay < Opens || local.TimeOfDay > Closes)
        {
            throw new InvalidOperationException("The default policy's times are all within the default window.");
        }

        var at = zone.ResolveLocal(local, Resolvers.LenientResolver);
        return new Touchpoint(
            new TouchpointId(anchors.Intervention, anchor, rule.Key, trusted: true), rule, anchorStart, anchors.ZoneId, anchorInstant, at, anchors.ZoneId,
            rule.Channel, dueBy, at.LocalDateTime != local);
    }
}
