using System;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Common;

namespace Counselling.Core.Json;

/// <summary>
/// A typed id as its GUID (<c>"3f2504e0-4f89-11d3-9a0c-0305e82c3301"</c>); reads also the prefixed form the id's
/// <c>ToString()</c> gives (<c>"client:3f25…"</c>) through the id's own <c>Parse</c>. The empty GUID is refused.
/// </summary>
internal sealed class IdentifierConverter<TId> : JsonConverter<TId>, IPlainTextReader<TId>
    where TId : struct, IIdentifier
{
    private readonly Func<string, TId> _parse = typeof(TId).GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])
        ?.CreateDelegate<Func<string, TId>>()
        ?? throw new NotSupportedException("The id type " + typeof(TId).Name + " has no Parse(string) method.");

    /// <summary>The id's constructor from its GUID, for the plain GUID form read without making a string (the common case).</summary>
    private readonly Func<Guid, TId>? _fromGuid = FromGuid();

    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A " + typeof(TId).Name + " is stored as a GUID string.");
        }

        // The plain GUID form is read in place, from its bytes when it is not escaped; the empty GUID and the prefixed form
        // go through the id's own Parse.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (TryReadPlain(reader.ValueSpan, out var plain))
            {
                return plain;
            }
        }
        else if (_fromGuid is not null && reader.TryGetGuid(out var guid) && guid != Guid.Empty)
        {
            return _fromGuid(guid);
        }

        return Parse(reader.GetString()!);
    }

    /// <summary>The id of a plain GUID string's bytes (not the empty GUID); the prefixed form is left to <c>Parse</c>.</summary>
    public bool TryReadPlain(ReadOnlySpan<byte> text, out TId value)
    {
        if (_fromGuid is not null && Utf8Guid.TryParse(text, out var guid) && guid != Guid.Empty)
        {
            value = _fromGuid(guid);
            return true;
        }

        value = default;
        return false;
    }

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private static Func<Guid, TId>? FromGuid()
    {
        if (typeof(TId).GetConstructor([typeof(Guid)]) is not { } constructor)
        {
            return null;
        }

        var value = Expression.Parameter(typeof(Guid), "value");
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(constructor, value), value).Compile();
    }

    private static string Format(TId value)
        => value.IsDefault
            ? throw new JsonException("A default (empty) " + typeof(TId).Name + " cannot be stored.")
            : value.Value.ToString("D", CultureInfo.InvariantCulture);

    private TId Parse(string text)
    {
        try
        {
            return _parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new JsonException("The stored " + typeof(TId).Name + " is not a valid, non-empty GUID.");
        }
    }
}
