using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;
using NodaTime.TimeZones;

namespace Counselling.Core.Periservice;

/// <summary>
/// Computes the touchpoints of interventions under a policy, within a sending window: a pure function of the anchors,
/// the policy, the window and the time-zone rules. It reads no clock and sends nothing (the host sends), keeps no
/// state but a cache of zones, and is safe to call from many threads at once.
/// </summary>
/// <remarks>
/// <para>Time rules. An anchor's appointment is a local date-time in its zone. A touchpoint's date is the anchor's
/// date on the client's clock moved by the rule's offset in calendar days, weeks or months, at the rule's local time
/// of day: 09:00 stays 09:00 across a change of the clocks. A local time that does not exist (the clocks spring
/// forward) is moved forward by the length of the gap (02:30 becomes 03:30); a local time that happens twice (the
/// clocks fall back) is the earlier of the two. The same rule converts the anchors themselves.</para>
/// <para>Then the <see cref="SendingWindow"/> moves a touchpoint out of quiet hours and non-working days: forward to
/// the next allowed time; for a touchpoint that must come before its anchor, backward to the previous allowed time if
/// moving forward would reach or pass the anchor.</para>
/// <para>Rules on the closure wait until the intervention is closed; rules on the group wait for a group; rules on
/// sessions use the sessions given (cancelled sessions are left out by the caller). An exercise due before the next
/// session carries that session's start as <see cref="Touchpoint.DueBy"/>.</para>
/// </remarks>
public sealed class PeriserviceScheduler
{
    private const int StackSessions = 32;

    private readonly IDateTimeZoneProvider _zones;
    private readonly ConcurrentDictionary<string, DateTimeZone?> _zoneCache = new(StringComparer.Ordinal);
    private readonly PeriserviceRule[] _groupRules;
    private readonly PeriserviceRule[] _eachSessionRules;
    private readonly PeriserviceRule[] _firstSessionRules;
    private readonly PeriserviceRule[] _closureRules;

    /// <summary>Initializes a new scheduler.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="window">When touchpoints may go.</param>
    /// <param name="zones">The time-zone rules (hosts pass <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PeriserviceScheduler(PeriservicePolicy policy, SendingWindow window, IDateTimeZoneProvider zones)
    {
        Policy = Guard.NotNull(policy);
        Window = Guard.NotNull(window);
        _zones = Guard.NotNull(zones);
        _groupRules = [.. policy.Rules.Where(r => r.Anchor == TouchpointAnchor.GroupStart)];
        _eachSessionRules = [.. policy.Rules.Where(r => r.Anchor == TouchpointAnchor.EachSession)];
        _firstSessionRules = [.. policy.Rules.Where(r => r.Anchor == TouchpointAnchor.FirstSession)];
        _closureRules = [.. policy.Rules.Where(r => r.Anchor == TouchpointAnchor.Closure)];
    }

    /// <summary>Gets the policy.</summary>
    public PeriservicePolicy Policy { get; }

    /// <summary>Gets when touchpoints may go.</summary>
    public SendingWindow Window { get; }

    /// <summary>Computes the touchpoints of one intervention.</summary>
    /// <param name="anchors">The intervention's anchors.</param>
    /// <returns>The schedule, in order; the same anchors always give an equal schedule with the same identifiers.</returns>
    /// <exception cref="ActionRefusedException">A time-zone identifier is unknown (<c>periservice.unknown-zone</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="anchors"/> is <see langword="null"/>.</exception>
    public TouchpointSchedule Schedule(ServiceAnchors anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var zone = Zone(anchors.ZoneId);
        var sessions = anchors.Sessions.AsSpan();
        var count = (anchors.Group is null ? 0 : _groupRules.Length)
                    + (sessions.Length * _eachSessionRules.Length)
                    + (sessions.IsEmpty ? 0 : _firstSessionRules.Length)
                    + (anchors.ClosedAt is null ? 0 : _closureRules.Length);
        if (count == 0)
        {
            return TouchpointSchedule.Empty;
        }

        var result = new Touchpoint[count];
        var n = 0;
        var intervention = anchors.Intervention;
        var contact = anchors.Contact;

        if (anchors.Group is { } group && _groupRules.Length > 0)
        {
            var anchorZone = ZoneOf(group.ZoneId, anchors.ZoneId, zone);
            var anchorAt = anchorZone.ResolveLocal(group.Start, Resolvers.LenientResolver);
            var local = ReferenceEquals(anchorZone, zone) ? anchorAt.LocalDateTime : anchorAt.ToInstant().InZone(zone).LocalDateTime;
            foreach (var rule in _groupRules)
            {
                result[n++] = Place(new TouchpointId(intervention, group.Group, rule.Key, trusted: true), rule, zone, anchors.ZoneId, contact,
                    group.Start, group.ZoneId, anchorAt.ToInstant(), local, null);
            }
        }

        if (!sessions.IsEmpty)
        {
            n = PlaceSessions(result, n, anchors, sessions, zone);
        }

        if (anchors.ClosedAt is { } closedAt && _closureRules.Length > 0)
        {
            var local = closedAt.InZone(zone).LocalDateTime;
            foreach (var rule in _closureRules)
            {
                result[n++] = Place(new TouchpointId(intervention, intervention.Value, rule.Key, trusted: true), rule, zone, anchors.ZoneId, contact,
                    local, anchors.ZoneId, closedAt, local, null);
            }
        }

        return TouchpointSchedule.FromUnsorted(result);
    }

    /// <summary>Computes the touchpoints of many interventions, one schedule each, lazily and in order.</summary>
    /// <param name="anchors">The interventions' anchors, read once.</param>
    /// <returns>A schedule per intervention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="anchors"/> is <see langword="null"/>.</exception>
    /// <exception cref="ActionRefusedException">A time-zone identifier is unknown (when enumerated).</exception>
    internal IEnumerable<TouchpointSchedule> ScheduleAll(IEnumerable<ServiceAnchors> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        return anchors.Select(Schedule);
    }

    /// <summary>Finds the next allowed instant at or after an instant for a touchpoint (a retry), or none if it would come too late.</summary>
    internal Instant? NextAllowed(Touchpoint touchpoint, Instant earliest)
    {
        var zone = Zone(touchpoint.ZoneId);
        var at = Forward(zone, earliest.InZone(zone).LocalDateTime).ToInstant();
        return touchpoint.IsBeforeAnchor && at >= touchpoint.AnchorInstant ? null : at;
    }

    internal DateTimeZone Zone(string zoneId)
    {
        var zone = _zoneCache.GetOrAdd(zoneId, static (id, zones) => zones.GetZoneOrNull(id), _zones);
        return zone ?? throw PeriserviceRefusal.Refuse("Schedule", PeriserviceRefusal.UnknownZone, new ReasonArgument("zone", zoneId));
    }

    private DateTimeZone ZoneOf(string zoneId, string clientZoneId, DateTimeZone clientZone)
        => string.Equals(zoneId, clientZoneId, StringComparison.Ordinal) ? clientZone : Zone(zoneId);

    private int PlaceSessions(Touchpoint[] result, int n, ServiceAnchors anchors, ReadOnlySpan<SessionAnchor> sessions, DateTimeZone zone)
    {
        var count = sessions.Length;
        Span<Instant> instants = count <= StackSessions ? stackalloc Instant[count] : new Instant[count];
        Span<LocalDateTime> locals = count <= StackSessions ? stackalloc LocalDateTime[count] : new LocalDateTime[count];
        Span<int> order = count <= StackSessions ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            var session = sessions[i];
            var sessionZone = ZoneOf(session.ZoneId, anchors.ZoneId, zone);
            var at = sessionZone.ResolveLocal(session.Start, Resolvers.LenientResolver);
            instants[i] = at.ToInstant();
            locals[i] = ReferenceEquals(sessionZone, zone) ? at.LocalDateTime : instants[i].InZone(zone).LocalDateTime;

            // Insertion sort by instant, then identifier: sessions are few.
            var j = i;
            while (j > 0 && Before(sessions, instants, i, order[j - 1]))
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = i;
        }

        for (var k = 0; k < count; k++)
        {
            var i = order[k];
            var session = sessions[i];
            Instant? next = k + 1 < count ? instants[order[k + 1]] : null;
            foreach (var rule in _eachSessionRules)
            {
                result[n++] = Place(new TouchpointId(anchors.Intervention, session.Session.Value, rule.Key, trusted: true), rule, zone, anchors.ZoneId,
                    anchors.Contact, session.Start, session.ZoneId, instants[i], locals[i], rule.DueBeforeNextSession ? next : null);
            }

            if (k == 0)
            {
                foreach (var rule in _firstSessionRules)
                {
                    result[n++] = Place(new TouchpointId(anchors.Intervention, session.Session.Value, rule.Key, trusted: true), rule, zone, anchors.ZoneId,
                        anchors.Contact, session.Start, session.ZoneId, instants[i], locals[i], rule.DueBeforeNextSession ? next : null);
                }
            }
        }

        return n;
    }

    private static bool Before(ReadOnlySpan<SessionAnchor> sessions, Span<Instant> instants, int a, int b)
    {
        var byInstant = instants[a].CompareTo(instants[b]);
        return byInstant < 0 || (byInstant == 0 && sessions[a].Session.CompareTo(sessions[b].Session) < 0);
    }

    private Touchpoint Place(
        TouchpointId id,
        PeriserviceRule rule,
        DateTimeZone zone,
        string zoneId,
        ContactPreferences contact,
        LocalDateTime anchorStart,
        string anchorZoneId,
        Instant anchorInstant,
        LocalDateTime anchorLocal,
        Instant? dueBy)
    {
        var target = rule.Offset.Apply(anchorLocal.Date) + rule.TimeOfDay;
        var at = Forward(zone, target);
        if (rule.Offset.IsBefore && at.ToInstant() >= anchorInstant)
        {
            at = Backward(zone, target, anchorInstant);
        }

        return new Touchpoint(id, rule, anchorStart, anchorZoneId, anchorInstant, at, zoneId, contact.ChannelFor(rule.Channel), dueBy, at.LocalDateTime != target);
    }

    private ZonedDateTime Forward(DateTimeZone zone, LocalDateTime local)
    {
        while (true)
        {
            var candidate = Window.NextAllowed(local);
            var at = zone.ResolveLocal(candidate, Resolvers.LenientResolver);
            if (at.LocalDateTime == candidate)
            {
                return at;
            }

            // The candidate fell in a gap: the clock read later; check the window again from there.
            local = at.LocalDateTime;
        }
    }

    private ZonedDateTime Backward(DateTimeZone zone, LocalDateTime local, Instant anchor)
    {
        while (true)
        {
            var candidate = Window.PreviousAllowed(local);
            var mapping = zone.MapLocal(candidate);
            if (mapping.Count == 0)
            {
                // A gap: go back to the last minute before the clocks sprang forward.
                local = mapping.LateInterval.Start.Minus(Duration.FromMinutes(1)).InZone(zone).LocalDateTime;
                continue;
            }

            var at = mapping.First();
            if (at.ToInstant() < anchor)
            {
                return at;
            }

            local = candidate.PlusMinutes(-1);
        }
    }
}
