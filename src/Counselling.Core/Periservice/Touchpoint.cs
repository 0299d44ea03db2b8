using System;
using System.Collections.Immutable;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// One touchpoint to send: when (on the client's clock and as an instant), by which channel, with which content key
/// and parameters, and around which anchor. The library computes it; the host resolves the identifiers into a
/// message and sends it. It holds identifiers only, never personal data.
/// </summary>
/// <remarks>Immutable; equal when every part is equal. Built by <see cref="PeriserviceScheduler"/>.</remarks>
public sealed class Touchpoint : IEquatable<Touchpoint>
{
    internal Touchpoint(
        TouchpointId id,
        PeriserviceRule rule,
        LocalDateTime anchorStart,
        string anchorZoneId,
        Instant anchorInstant,
        ZonedDateTime at,
        string zoneId,
        TouchpointChannel channel,
        Instant? dueBy,
        bool wasMoved)
    {
        Id = id;
        Rule = rule;
        AnchorStart = anchorStart;
        AnchorZoneId = anchorZoneId;
        AnchorInstant = anchorInstant;
        Local = at.LocalDateTime;
        Offset = at.Offset;
        Instant = at.ToInstant();
        ZoneId = zoneId;
        Channel = channel;
        DueBy = dueBy;
        WasMoved = wasMoved;
    }

    /// <summary>Gets the stable identifier.</summary>
    public TouchpointId Id { get; }

    /// <summary>Gets the intervention.</summary>
    public InterventionId Intervention => Id.Intervention;

    /// <summary>Gets the rule that placed it.</summary>
    public PeriserviceRule Rule { get; }

    /// <summary>Gets what it is for.</summary>
    public TouchpointKind Kind => Rule.Kind;

    /// <summary>Gets the key of its content in the host's templates and the message catalogue.</summary>
    public string ContentKey => Rule.ContentKey;

    /// <summary>Gets the values the host's template reads.</summary>
    public ImmutableSortedDictionary<string, string> Parameters => Rule.Parameters;

    /// <summary>Gets a value indicating whether it comes before its anchor.</summary>
    public bool IsBeforeAnchor => Rule.Offset.IsBefore;

    /// <summary>Gets the local date and time of the anchor on its own clock (a session's or group's appointment; the closure on the client's clock).</summary>
    public LocalDateTime AnchorStart { get; }

    /// <summary>Gets the time-zone identifier of <see cref="AnchorStart"/>.</summary>
    public string AnchorZoneId { get; }

    /// <summary>Gets the anchor as an instant.</summary>
    public Instant AnchorInstant { get; }

    /// <summary>Gets the local date and time it goes, on the client's clock.</summary>
    public LocalDateTime Local { get; }

    /// <summary>Gets the client's offset from UTC at that moment.</summary>
    public Offset Offset { get; }

    /// <summary>Gets the instant it goes.</summary>
    public Instant Instant { get; }

    /// <summary>Gets the client's time-zone identifier.</summary>
    public string ZoneId { get; }

    /// <summary>Gets the channel to use.</summary>
    public TouchpointChannel Channel { get; }

    /// <summary>Gets when what it asks for is due (an exercise: the next session's start), if anything.</summary>
    public Instant? DueBy { get; }

    /// <summary>Gets a value indicating whether it was moved out of quiet hours or a non-working day.</summary>
    public bool WasMoved { get; }

    /// <inheritdoc />
    public bool Equals(Touchpoint? other)
        => ReferenceEquals(this, other)
           || (other is not null && Id == other.Id && Instant == other.Instant && Local == other.Local && Offset == other.Offset
               && ZoneId == other.ZoneId && Channel == other.Channel && DueBy == other.DueBy && WasMoved == other.WasMoved
               && AnchorInstant == other.AnchorInstant && AnchorStart == other.AnchorStart && AnchorZoneId == other.AnchorZoneId
               && Rule.Equals(other.Rule));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Touchpoint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Instant, Channel);

    /// <summary>Returns the identifier, the instant and the channel: no personal data.</summary>
    /// <returns>The touchpoint as text.</returns>
    public override string ToString() => Id + " " + Instant + " " + Channel;
}
