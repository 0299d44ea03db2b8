using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// One rule of a periservice policy: a touchpoint placed relative to an anchor by an offset, at a local time of day,
/// with its kind, the content key and parameters the host's templates read, and the channel the policy prefers.
/// </summary>
/// <remarks>
/// Immutable; equal when every part is equal. The <see cref="Key"/> is part of every touchpoint's identifier, so keep
/// it stable once touchpoints have been sent: renaming a rule cancels its touchpoints and adds new ones.
/// </remarks>
public sealed class PeriserviceRule : IEquatable<PeriserviceRule>
{
    /// <summary>Initializes a new rule.</summary>
    /// <param name="key">A stable key, unique within its policy, such as <c>group.expected</c>.</param>
    /// <param name="anchor">What the touchpoint is placed relative to.</param>
    /// <param name="offset">How far before or after the anchor.</param>
    /// <param name="timeOfDay">The local time of day in the client's zone, such as 10:00.</param>
    /// <param name="kind">What the touchpoint is for.</param>
    /// <param name="contentKey">The key of its content in the host's templates and the message catalogue.</param>
    /// <param name="channel">The channel the policy prefers; the client's preferences and access may change it.</param>
    /// <param name="parameters">Values the host's template reads (never personal data); none when <see langword="null"/>.</param>
    /// <param name="dueBeforeNextSession">Whether the touchpoint asks for something due before the next session (an exercise).</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="contentKey"/> is blank, <paramref name="key"/> holds a <c>/</c>, or a parameter name is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="contentKey"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enumeration value is undefined.</exception>
    public PeriserviceRule(
        string key,
        TouchpointAnchor anchor,
        TouchpointOffset offset,
        LocalTime timeOfDay,
        TouchpointKind kind,
        string contentKey,
        TouchpointChannel channel,
        IEnumerable<KeyValuePair<string, string>>? parameters = null,
        bool dueBeforeNextSession = false)
    {
        Key = Guard.NotBlank(key).Trim();
        if (Key.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A rule key holds no '/': it is part of touchpoint identifiers.", nameof(key));
        }

        Anchor = Guard.Defined(anchor);
        Offset = offset;
        TimeOfDay = timeOfDay;
        Kind = Guard.Defined(kind);
        ContentKey = Guard.NotBlank(contentKey).Trim();
        Channel = Guard.Defined(channel);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters ?? [])
        {
            builder[Guard.NotBlank(name, nameof(parameters))] = value ?? throw new ArgumentException("A parameter's value must not be null.", nameof(parameters));
        }

        Parameters = builder.ToImmutable();
        DueBeforeNextSession = dueBeforeNextSession;
    }

    /// <summary>Gets the stable key, unique within the policy.</summary>
    public string Key { get; }

    /// <summary>Gets what the touchpoint is placed relative to.</summary>
    public TouchpointAnchor Anchor { get; }

    /// <summary>Gets how far before or after the anchor.</summary>
    public TouchpointOffset Offset { get; }

    /// <summary>Gets the local time of day in the client's zone.</summary>
    public LocalTime TimeOfDay { get; }

    /// <summary>Gets what the touchpoint is for.</summary>
    public TouchpointKind Kind { get; }

    /// <summary>Gets the key of its content.</summary>
    public string ContentKey { get; }

    /// <summary>Gets the channel the policy prefers.</summary>
    public TouchpointChannel Channel { get; }

    /// <summary>Gets the values the host's template reads, sorted by name.</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; }

    /// <summary>Gets a value indicating whether the touchpoint asks for something due before the next session.</summary>
    public bool DueBeforeNextSession { get; }

    /// <inheritdoc />
    public bool Equals(PeriserviceRule? other)
        => ReferenceEquals(this, other)
           || (other is not null && Key == other.Key && Anchor == other.Anchor && Offset == other.Offset && TimeOfDay == other.TimeOfDay
               && Kind == other.Kind && ContentKey == other.ContentKey && Channel == other.Channel
               && DueBeforeNextSession == other.DueBeforeNextSession && Parameters.SequenceEqual(other.Parameters));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PeriserviceRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Anchor, Offset, TimeOfDay, Kind, ContentKey, Channel);

    /// <summary>Returns the key, anchor and offset, such as <c>group.expected GroupStart -14 Days 10:00</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString()
        => Key + " " + Anchor + " " + Offset + " " + TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
