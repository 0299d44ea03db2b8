using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Common;

namespace Counselling.Core.Json;

/// <summary>
/// An <see cref="Actor"/> as <c>{"kind": "Relative", "reference": "guid", "role": "aunt"}</c>; <c>reference</c> is left out
/// for the system, <c>role</c> for everyone but relatives and the system. Read back through the actor's factories, so an
/// invalid actor is refused. The default actor ("nobody") is <c>{"kind": "None"}</c>.
/// </summary>
internal sealed class ActorConverter : JsonConverter<Actor>
{
    private const string Kind = "Kind";
    private const string Reference = "Reference";
    private const string Role = "Role";

    /// <summary>The references read lately: a history names the same few people again and again.</summary>
    private readonly RecentValues<Guid> _recent = new();

    public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An actor is stored as an object.");
        }

        ActorKind? kind = null;
        Guid? reference = null;
        string? role = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = NameIs(ref reader, "kind"u8) ? Field.Kind
                : NameIs(ref reader, "reference"u8) ? Field.Reference
                : NameIs(ref reader, "role"u8) ? Field.Role
                : Field.Other;
            reader.Read();
            switch (field)
            {
                case Field.Kind:
                    kind = reader.TokenType == JsonTokenType.String && KindNamed(ref reader) is { } k
                        ? k
                        : throw new JsonException("An actor's kind is one of the names of ActorKind.");
                    break;
                case Field.Reference:
                    reference = reader.TokenType == JsonTokenType.Null ? null
                        : reader.TokenType == JsonTokenType.String && ReadGuid(ref reader) is { } g ? g
                        : throw new JsonException("An actor's reference is a GUID string.");
                    break;
                case Field.Role:
                    role = reader.TokenType == JsonTokenType.Null ? null
                        : reader.TokenType == JsonTokenType.String ? reader.GetString()
                        : throw new JsonException("An actor's role is a string.");
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        try
        {
            return kind switch
            {
                null => throw new JsonException("An actor needs its kind."),
                ActorKind.None => default,
                ActorKind.Counsellor => Actor.Counsellor(new CounsellorId(Required(reference))),
                ActorKind.Client => Actor.Client(new ClientId(Required(reference))),
                ActorKind.Partner => Actor.Partner(new PartnerId(Required(reference))),
                ActorKind.Relative => Actor.Relative(
                    new ClientId(Required(reference)),
                    ThirdPartyRoleCodes.TryParse(role, out var thirdParty) ? thirdParty : throw new JsonException("A third party's role is one of the codes of ThirdPartyRoleCodes.")),
                ActorKind.System => Actor.System(role!),
                _ => throw new JsonException("An actor's kind is one of the names of ActorKind."),
            };
        }
        catch (ArgumentException e)
        {
            throw JsonErrors.Refused("actor (" + kind + ")", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        writer.WriteString(Name(Kind, options), value.Kind.ToString());
        if (value.Kind is not ActorKind.None and not ActorKind.System)
        {
            writer.WriteString(Name(Reference, options), value.Reference);
        }

        if (value.Role is not null)
        {
            writer.WriteString(Name(Role, options), value.Role);
        }

        writer.WriteEndObject();
    }

    /// <summary>The GUID of the string at the reader (one read lately found by its bytes), or <see langword="null"/> when it is none.</summary>
    private Guid? ReadGuid(ref Utf8JsonReader reader)
        => !reader.ValueIsEscaped && !reader.HasValueSequence ? ReferenceOf(reader.ValueSpan)
            : reader.TryGetGuid(out var guid) ? guid
            : null;

    /// <summary>
    /// The GUID of a plain string's bytes (one read lately found by its bytes), or <see langword="null"/> when it is none,
    /// as the reference of an actor is read.
    /// </summary>
    internal Guid? ReferenceOf(ReadOnlySpan<byte> utf8)
    {
        if (_recent.TryFind(utf8, out var recent))
        {
            return recent;
        }

        if (!Utf8Guid.TryParse(utf8, out var guid))
        {
            return null;
        }

        _recent.Keep(utf8, guid);
        return guid;
    }

    /// <summary>Whether the property name or string at the reader is <paramref name="lowerCase"/>, ignoring case, read without making a string.</summary>
    private static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> lowerCase)
        => reader.ValueIsEscaped || reader.HasValueSequence
            ? string.Equals(reader.GetString(), Encoding.UTF8.GetString(lowerCase), StringComparison.OrdinalIgnoreCase)
            : reader.ValueSpan.SequenceEqual(lowerCase) || Ascii.EqualsIgnoreCase(reader.ValueSpan, lowerCase);

    /// <summary>The kind the string at the reader names exactly (ignoring case), or <see langword="null"/>: no number, no list of flags.</summary>
    private static ActorKind? KindNamed(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            // As written (the common case): the exact bytes of a name; no two names differ only by case.
            for (var kind = ActorKind.None; kind <= ActorKind.System; kind++)
            {
                if (reader.ValueSpan.SequenceEqual(KindNames[(int)kind]))
                {
                    return kind;
                }
            }
        }

        for (var kind = ActorKind.None; kind <= ActorKind.System; kind++)
        {
            if (NameIs(ref reader, KindNames[(int)kind]))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The names of <see cref="ActorKind"/> in UTF-8, by value.</summary>
    private static readonly byte[][] KindNames = [.. Enum.GetNames<ActorKind>().Select(Encoding.UTF8.GetBytes)];

    private enum Field
    {
        Other,
        Kind,
        Reference,
        Role,
    }

    private static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    private static Guid Required(Guid? reference) => reference ?? throw new JsonException("This actor needs its reference.");
}
