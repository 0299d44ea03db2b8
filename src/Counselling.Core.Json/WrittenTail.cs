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
    private readonly byte[] _beforeKind;
    private readonly byte[] _beforeReference;
    private readonly byte[] _beforePosition;
    private readonly ActorConverter _actors;

    private WrittenTail(JsonSerializerOptions options, ActorConverter actors)
    {
        _actors = actors;
        _beforeAt = Utf8(",\"" + CanonicalEventReader.JsonName(nameof(InterventionEvent.At), options) + "\":\"");
        _beforeKind = Utf8("\",\"" + CanonicalEventReader.JsonName(nameof(InterventionEvent.By), options) + "\":{\"kind\":\"");
        _beforeReference = Utf8(",\"reference\":\"");
        _beforePosition = Utf8(",\"" + CanonicalEventReader.JsonName(nameof(InterventionEvent.Position), options) + "\":");
    }

    /// <summary>
    /// The tail reader for <paramref name="options"/>, or <see langword="null"/> when they do not read instants, actors and
    /// positions with this package's converters and the built-in one, or allow less than an actor's depth.
    /// </summary>
    public static WrittenTail? For(JsonSerializerOptions options)
        => options.GetConverter(typeof(Instant)) is InstantConverter && options.GetConverter(typeof(Actor)) is ActorConverter actors
           && options.GetConverter(typeof(int)).GetType().Assembly == typeof(JsonSerializer).Assembly
           && options.PropertyNamingPolicy?.ConvertName("Kind") == "kind" && options.PropertyNamingPolicy.ConvertName("Reference") == "reference"
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
        if (!rest[offset..].StartsWith(_beforeKind))
        {
            return false;
        }

        offset += _beforeKind.Length;
        var kind = Kind(rest[offset..], out var kindLength);
        offset += kindLength;
        if (kind == ActorKind.None || !rest[offset..].StartsWith(_beforeReference))
        {
            return false;
        }

        offset += _beforeReference.Length;
        const int GuidLength = 36;
        if (rest.Length < offset + GuidLength + 3 || rest[offset + GuidLength] != (byte)'"' || rest[offset + GuidLength + 1] != (byte)'}'
            || _actors.ReferenceOf(rest.Slice(offset, GuidLength)) is not { } reference || reference == Guid.Empty)
        {
            return false;
        }

        offset += GuidLength + 2;
        if (rest[offset] == (byte)',')
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
            return false;
        }

        closing = offset;
        by = kind switch
        {
            ActorKind.Counsellor => Actor.Counsellor(new CounsellorId(reference)),
            ActorKind.Client => Actor.Client(new ClientId(reference)),
            _ => Actor.Partner(new PartnerId(reference)),
        };
        return true;
    }

    /// <summary>A person's kind as written, with its closing quote: a counsellor, a client or a partner; else none.</summary>
    private static ActorKind Kind(ReadOnlySpan<byte> text, out int length)
    {
        length = text.StartsWith("Counsellor\""u8) ? 11 : text.StartsWith("Client\""u8) ? 7 : text.StartsWith("Partner\""u8) ? 8 : 0;
        return length switch
        {
            11 => ActorKind.Counsellor,
            7 => ActorKind.Client,
            8 => ActorKind.Partner,
            _ => ActorKind.None,
        };
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
