using System;
using System.Text.Json;
using Counselling.Core.Common;

namespace Counselling.Core.Json;

/// <summary>
/// A person who acts, written <c>{"kind":"Counsellor","reference":"…"}</c>: a counsellor, a client or a partner, the
/// reference a GUID read as <see cref="ActorConverter"/> reads it (not the empty GUID). Any other actor, or any other
/// form, is left to the JSON reader.
/// </summary>
internal sealed class WrittenActor : WrittenValue<Actor>
{
    private const int GuidLength = 36;

    private readonly ActorConverter _actors;

    private WrittenActor(ActorConverter actors) => _actors = actors;

    public override int Depth => 1;

    /// <summary>
    /// The reader of actors under <paramref name="options"/>, or <see langword="null"/> when they do not read actors with
    /// this package's converter under camel-case names.
    /// </summary>
    public static WrittenActor? For(JsonSerializerOptions options)
        => options.GetConverter(typeof(Actor)) is ActorConverter actors
           && options.PropertyNamingPolicy?.ConvertName("Kind") == "kind" && options.PropertyNamingPolicy.ConvertName("Reference") == "reference"
            ? new WrittenActor(actors)
            : null;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out Actor value)
    {
        value = default;
        var rest = payload[offset..];
        if (!rest.StartsWith("{\"kind\":\""u8))
        {
            return false;
        }

        var at = 9;
        var kind = Kind(rest[at..], out var kindLength);
        at += kindLength;
        if (kind == ActorKind.None || !rest[at..].StartsWith(",\"reference\":\""u8))
        {
            return false;
        }

        at += 14;
        if (rest.Length < at + GuidLength + 2 || rest[at + GuidLength] != (byte)'"' || rest[at + GuidLength + 1] != (byte)'}'
            || _actors.ReferenceOf(rest.Slice(at, GuidLength)) is not { } reference || reference == Guid.Empty)
        {
            return false;
        }

        value = kind switch
        {
            ActorKind.Counsellor => Actor.Counsellor(new CounsellorId(reference)),
            ActorKind.Client => Actor.Client(new ClientId(reference)),
            _ => Actor.Partner(new PartnerId(reference)),
        };
        offset += at + GuidLength + 2;
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
}
