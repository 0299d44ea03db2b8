using System;
using NodaTime;

namespace Counselling.Core.Common;

/// <summary>
/// An agency's sense of time, given once: the clock that dates every change, the time-zone provider that reads the zones
/// of sessions and histories, and the agency's own time zone, in which its dates are read. In the style of NodaTime's
/// <see cref="ZonedClock"/>: build it when the host starts (one per agency) and hand it to every entry point.
/// </summary>
/// <example>
/// <code>
/// var agency = new AgencyClock(SystemClock.Instance, DateTimeZoneProviders.Tzdb, "Europe/Paris");
/// var intervention = Intervention.Open(agency, InterventionId.New(), client, counsellor, programme, by);
/// </code>
/// </example>
public sealed class AgencyClock
{
    /// <summary>Initializes the agency's clock.</summary>
    /// <param name="clock">The clock that dates every change (NodaTime's <c>SystemClock.Instance</c> in a host, a fake clock in tests).</param>
    /// <param name="zones">The time-zone provider, such as NodaTime's <c>DateTimeZoneProviders.Tzdb</c>.</param>
    /// <param name="zoneId">The agency's time-zone identifier, such as <c>Europe/Paris</c> or <c>America/Toronto</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is unknown to <paramref name="zones"/> (<c>argument.unknown-zone</c>).</exception>
    public AgencyClock(IClock clock, IDateTimeZoneProvider zones, string zoneId)
    {
        Clock = Guard.NotNull(clock);
        Zones = Guard.NotNull(zones);
        Zone = Guard.Zone(zones, zoneId);
    }

    /// <summary>Gets the clock that dates every change.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the time-zone provider.</summary>
    public IDateTimeZoneProvider Zones { get; }

    /// <summary>Gets the agency's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the agency's time-zone identifier.</summary>
    public string ZoneId => Zone.Id;

    /// <summary>Gets the current instant.</summary>
    /// <returns>The clock's current instant.</returns>
    public Instant GetCurrentInstant() => Clock.GetCurrentInstant();

    /// <summary>Gets today's date in the agency's zone.</summary>
    /// <returns>The date.</returns>
    public LocalDate GetCurrentDate() => Clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>Gets the same clock and zone provider for another agency zone (an agency with offices in two zones).</summary>
    /// <param name="zoneId">The other zone's identifier.</param>
    /// <returns>A new agency clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="zoneId"/> is unknown (<c>argument.unknown-zone</c>).</exception>
    public AgencyClock InZone(string zoneId) => new(Clock, Zones, zoneId);

    /// <summary>Returns the zone's identifier: the only thing an agency clock shows.</summary>
    /// <returns>The zone identifier.</returns>
    public override string ToString() => ZoneId;
}
