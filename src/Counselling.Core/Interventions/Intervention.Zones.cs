using NodaTime;
using NodaTime.TimeZones;

namespace Counselling.Core.Interventions;

/// <content>
/// Time zones by identifier, the agency's own answered without a look-up: every planned session names one. A session's
/// local start becomes an instant through the zone interval of the last one converted, when it lies well inside it.
/// </content>
public sealed partial class Intervention
{
    // Offsets differ by at most 36 hours from one zone interval to the next: two days inside an interval, a local time
    // maps to exactly one instant, the one read with the interval's offset.
    private static readonly Duration IntervalMargin = Duration.FromDays(2);

    // The zone interval of the last local time converted, with its zone, in one object (a reader on another thread sees
    // both or neither): sessions follow each other within months.
    private LastInterval? _lastInterval;

    internal Instant ToInstant(LocalDateTime start, string zoneId)
    {
        var zone = ZoneOrNull(zoneId) ?? _zones[zoneId];
        if (_lastInterval is { } last && ReferenceEquals(zone, last.Zone) && WellInside(start, last.Interval) is { } known)
        {
            return known;
        }

        // The interval the local time falls in when read as universal time is, away from its ends, the one it maps to:
        // found without the provider's mapping of a local time (an object per question).
        var guessed = zone.GetZoneInterval(start.InUtc().ToInstant());
        if (WellInside(start, guessed) is { } instant)
        {
            _lastInterval = new LastInterval(zone, guessed);
            return instant;
        }

        var mapped = zone.AtLeniently(start).ToInstant();
        _lastInterval = new LastInterval(zone, zone.GetZoneInterval(mapped));
        return mapped;
    }

    /// <summary>The instant of a local time read with an interval's offset, when it lies two days or more inside it: then it is the only one.</summary>
    private static Instant? WellInside(LocalDateTime start, ZoneInterval interval)
    {
        var candidate = start.WithOffset(interval.WallOffset).ToInstant();
        return (!interval.HasStart || candidate - interval.Start >= IntervalMargin) && (!interval.HasEnd || interval.End - candidate >= IntervalMargin)
            ? candidate
            : null;
    }

    /// <summary>The zone of an identifier: the agency's own without asking the provider (which locks), any other from the provider, or <see langword="null"/>.</summary>
    private DateTimeZone? ZoneOrNull(string zoneId)
        => string.Equals(zoneId, _opened.ZoneId, System.StringComparison.Ordinal) ? _zone : _zones.GetZoneOrNull(zoneId);

    private sealed record LastInterval(DateTimeZone Zone, ZoneInterval Interval);
}
