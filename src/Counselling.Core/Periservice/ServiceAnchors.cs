using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// Everything the scheduler needs of one intervention, as plain data: its identifier, the client's zone and contact
/// preferences, its sessions, the group it joins (from the host) and its closure. Build it by hand or with
/// <see cref="InterventionAnchors.From"/>.
/// </summary>
/// <remarks>Immutable. Holds identifiers only: no name, address or phone number.</remarks>
public sealed class ServiceAnchors
{
    /// <summary>Initializes new anchors.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="zoneId">The client's time-zone identifier: touchpoints come out on the client's clock.</param>
    /// <param name="contact">How the client can and wishes to be reached.</param>
    /// <param name="sessions">The sessions that are not cancelled, in any order.</param>
    /// <param name="group">The group the client joins, if any.</param>
    /// <param name="closedAt">When the intervention closed, if it has.</param>
    /// <exception cref="ArgumentException"><paramref name="intervention"/> is the default identifier, <paramref name="zoneId"/> is blank,
    /// <paramref name="group"/> or a session is the default value, or a session is named twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/>, <paramref name="contact"/> or <paramref name="sessions"/> is <see langword="null"/>.</exception>
    public ServiceAnchors(
        InterventionId intervention,
        string zoneId,
        ContactPreferences contact,
        IEnumerable<SessionAnchor> sessions,
        GroupAnchor? group = null,
        Instant? closedAt = null)
    {
        Intervention = Guard.NotDefault(intervention);
        ZoneId = Guard.NotBlank(zoneId);
        Contact = Guard.NotNull(contact);
        ArgumentNullException.ThrowIfNull(sessions);
        var list = ImmutableArray.CreateBuilder<SessionAnchor>();
        var seen = new HashSet<SessionId>();
        foreach (var session in sessions)
        {
            if (session.IsDefault || !seen.Add(session.Session))
            {
                throw new ArgumentException("Each session is a real session, named once.", nameof(sessions));
            }

            list.Add(session);
        }

        if (group is { IsDefault: true })
        {
            throw new ArgumentException("The group must be built with its constructor.", nameof(group));
        }

        Sessions = list.ToImmutable();
        Group = group;
        ClosedAt = closedAt;
    }

    /// <summary>Gets the intervention.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the client's time-zone identifier.</summary>
    public string ZoneId { get; }

    /// <summary>Gets how the client can and wishes to be reached.</summary>
    public ContactPreferences Contact { get; }

    /// <summary>Gets the sessions that are not cancelled, in the order given.</summary>
    public ImmutableArray<SessionAnchor> Sessions { get; }

    /// <summary>Gets the group the client joins, if any.</summary>
    public GroupAnchor? Group { get; }

    /// <summary>Gets when the intervention closed, if it has.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Returns the intervention's identifier and the number of anchors: no personal data.</summary>
    /// <returns>The anchors as text.</returns>
    public override string ToString()
        => Intervention + " sessions=" + Sessions.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
           + (Group is null ? "" : " group") + (ClosedAt is null ? "" : " closed");
}
