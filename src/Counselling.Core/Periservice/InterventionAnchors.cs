using Counselling.Core.Evidence;
using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// Builds a scheduler's anchors from an <see cref="Intervention"/>: its sessions and its closure, with the group the
/// host knows of. The only place the periservice capability reads an intervention's state.
/// </summary>
public static class InterventionAnchors
{
    /// <summary>Reads the anchors of an intervention.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="contact">How the client can and wishes to be reached.</param>
    /// <param name="zones">The time-zone rules, to place a session recorded without an appointment on the client's clock.</param>
    /// <param name="group">The group the client joins, if any (the host knows it).</param>
    /// <returns>
    /// The anchors: the client's zone is the intervention's; a session counts unless cancelled, at its planned start
    /// (or, recorded without an appointment, when it was held); the closure counts once the intervention is closed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/>, <paramref name="contact"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the default value.</exception>
    public static ServiceAnchors From(Intervention intervention, ContactPreferences contact, IDateTimeZoneProvider zones, GroupAnchor? group = null)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(zones);
        var zoneId = intervention.ZoneId;
        var sessions = new List<SessionAnchor>(intervention.Sessions.Count);
        foreach (var session in intervention.Sessions)
        {
            if (session.Status == SessionStatus.Cancelled)
            {
                continue;
            }

            if (session.PlannedStart is { } start && session.ZoneId is { } sessionZone)
            {
                sessions.Add(new SessionAnchor(session.Id, start, sessionZone));
            }
            else if (session.HeldAt is { } heldAt && zones.GetZoneOrNull(zoneId) is { } zone)
            {
                sessions.Add(new SessionAnchor(session.Id, heldAt.InZone(zone).LocalDateTime, zoneId));
            }
        }

        return new ServiceAnchors(intervention.Id, zoneId, contact, sessions, group, intervention.ClosedAt);
    }
}
