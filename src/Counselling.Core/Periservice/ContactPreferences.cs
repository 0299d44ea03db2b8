using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;

namespace Counselling.Core.Periservice;

/// <summary>
/// How a client can and wishes to be reached. The digital divide is real: a client without digital access gets a
/// phone call or a letter, never an SMS or an email.
/// </summary>
/// <remarks>
/// The channel of a touchpoint is chosen so: the rule's channel if the client accepts it (it is among the client's
/// preferred channels, or the client named none and it is within the client's access); otherwise the client's first
/// preferred channel; otherwise, for a client without digital access, a phone call. Immutable.
/// </remarks>
public sealed class ContactPreferences
{
    private readonly TouchpointChannel[] _resolved = new TouchpointChannel[5];

    /// <summary>Initializes new preferences.</summary>
    /// <param name="hasDigitalAccess">Whether the client is reached by SMS and email.</param>
    /// <param name="preferred">The channels the client prefers, best first; none when empty.</param>
    /// <exception cref="ArgumentException">A digital channel is preferred by a client without digital access, or a channel is named twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A channel is undefined.</exception>
    public ContactPreferences(bool hasDigitalAccess, params IEnumerable<TouchpointChannel> preferred)
    {
        ArgumentNullException.ThrowIfNull(preferred);
        HasDigitalAccess = hasDigitalAccess;
        var list = ImmutableArray.CreateBuilder<TouchpointChannel>();
        foreach (var channel in preferred)
        {
            Guard.Defined(channel, nameof(preferred));
            if (!hasDigitalAccess && IsDigital(channel))
            {
                throw new ArgumentException("A client without digital access is reached by phone or letter, never by SMS or email.", nameof(preferred));
            }

            if (list.Contains(channel))
            {
                throw new ArgumentException("A channel is named once.", nameof(preferred));
            }

            list.Add(channel);
        }

        Preferred = list.ToImmutable();
        for (var c = TouchpointChannel.Email; c <= TouchpointChannel.Letter; c++)
        {
            _resolved[(int)c] = Choose(c);
        }
    }

    /// <summary>Gets preferences for a client with digital access and no preference: the policy's channels as they are.</summary>
    public static ContactPreferences Digital { get; } = new(true);

    /// <summary>Gets preferences for a client without digital access: a phone call, else a letter.</summary>
    public static ContactPreferences Offline { get; } = new(false, TouchpointChannel.Phone, TouchpointChannel.Letter);

    /// <summary>Gets a value indicating whether the client is reached by SMS and email.</summary>
    public bool HasDigitalAccess { get; }

    /// <summary>Gets the channels the client prefers, best first.</summary>
    public ImmutableArray<TouchpointChannel> Preferred { get; }

    /// <summary>Gets a value indicating whether a channel is digital (SMS, email).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> for SMS and email.</returns>
    internal static bool IsDigital(TouchpointChannel channel) => channel is TouchpointChannel.Email or TouchpointChannel.Sms;

    /// <summary>Chooses the channel of a touchpoint whose rule prefers a channel.</summary>
    /// <param name="ruleChannel">The rule's channel.</param>
    /// <returns>The channel to use.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ruleChannel"/> is undefined.</exception>
    internal TouchpointChannel ChannelFor(TouchpointChannel ruleChannel)
        => ruleChannel is >= TouchpointChannel.Email and <= TouchpointChannel.Letter
            ? _resolved[(int)ruleChannel]
            : throw new ArgumentOutOfRangeException(nameof(ruleChannel), "TouchpointChannel has no such member.");

    /// <summary>Returns whether the client has digital access and the preferred channels: no personal data.</summary>
    /// <returns>The preferences as text.</returns>
    public override string ToString() => (HasDigitalAccess ? "digital" : "offline") + " [" + string.Join(", ", Preferred) + "]";

    private TouchpointChannel Choose(TouchpointChannel ruleChannel)
    {
        if (Preferred.Length > 0)
        {
            return Preferred.Contains(ruleChannel) ? ruleChannel : Preferred[0];
        }

        return HasDigitalAccess || !IsDigital(ruleChannel) ? ruleChannel : TouchpointChannel.Phone;
    }
}
