using System;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Core.Json;

/// <summary>
/// The end every event stored in the written form shares, read from the payload's bytes without the JSON reader:
/// <c>,"at":"2026-01-14T16:00:00Z","by":{"kind":"Counsellor","reference":"…"},"position":4}</c> and nothing after, the
/// author a counsellor, a client or a partner. Every byte is checked: text holds only the characters its value is
/// written with (so it is plain JSON text, with nothing escaped), the instant and the reference are read by the same
/// parsers the converters use, the position is a JSON integer the JSON reader reads as the same <see cref="int"/>. Anything
/// else (another author, white space, another order, a longer number) gives <see langword="false"/>, and the JSON reader
/// reads the end as before.
/// </summary>
internal sealed class WrittenTail
{
    private const int LongestPositionDigits = 9;

    private readonly byte[] _beforeAt;
    private readonly byte[] _beforeBy;
    private readonly byte[] _beforePosition;
    private readonly WrittenActor _actors;

    private WrittenTail(JsonSerializerOptions options, WrittenActor actors)
    {
        _actors = actors;
        _beforeAt = Utf8(",\"" + CanonicalEventReader.JsonName(nameof(InterventionEvent.At), options) + "\":\"");
        _beforeBy = Utf8("\",\"" + CanonicalEventReader.JsonName(nameof(InterventionEvent.By), options) + "\":");
        _beforePosition = Utf8(",\"" + CanonicalEventReader.JsonName(nameof(InterventionEvent.Position), options) + "\":");
    }

    /// <summary>
    /// The tail reader for <paramref name="options"/>, or <see langword="null"/> when they do not read instants, actors and
    /// positions with this package's converters and the built-in one, or allow less than an actor's depth.
    /// </summary>
    public static WrittenTail? For(JsonSerializerOptions options)
        => options.GetConverter(typeof(Instant)) is InstantConverter && WrittenActor.For(options) is { } actors
           && options.GetConverter(typeof(int)).GetType().Assembly == typeof(JsonSerializer).Assembly
           && options.MaxDepth is 0 or >= 2
            ? new WrittenTail(options, actors)
            : null;

    /// <summary>
    /// Reads the tail from <paramref name="rest"/>, the payload after the event's last leading field; on success,
    /// <paramref name="closing"/> is the offset of the event's closing brace, the payload's last byte.
    /// </summary>
    public bool TryRead(ReadOnlySpan<byte> rest, out Instant at, out Actor by, out int position, out int closing)
    {
        at = default;
        by = default;
        position = 0;
        closing = 0;
        if (!rest.StartsWith(_beforeAt))
        {
            return false;
        }

        var offset = _beforeAt.Length;
        var end = rest[offset..].IndexOf((byte)'"');
        if (end < 0 || !InstantConverter.TryParse(rest.Slice(offset, end), out at))
        {
            return false;
        }

        offset += end;
        if (!rest[offset..].StartsWith(_beforeBy))
        {
            return false;
        }

        offset += _beforeBy.Length;
        if (!_actors.TryRead(rest, ref offset, out by))
        {
            return false;
        }

        if ((uint)offset < (uint)rest.Length && rest[offset] == (byte)',')
        {
            if (!rest[offset..].StartsWith(_beforePosition))
            {
                return false;
            }

            offset += _beforePosition.Length;
            var digits = 0;
            while (offset + digits < rest.Length && rest[offset + digits] is >= (byte)'0' and <= (byte)'9')
            {
                position = (position * 10) + (rest[offset + digits] - '0');
                digits++;
                if (digits > LongestPositionDigits)
                {
                    return false;
                }
            }

            // A JSON integer: digits, none leading with a zero unless it is the only one.
            if (digits == 0 || (digits > 1 && rest[offset] == (byte)'0'))
            {
                return false;
            }

            offset += digits;
        }

        if (offset != rest.Length - 1 || rest[offset] != (byte)'}')
        {
            by = default;
            return false;
        }

        closing = offset;
        return true;
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
