using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Counselling.Core.Json;

/// <summary>
/// A domain enum by member name: a name stored exactly as written (the common case) is matched on the reader's bytes;
/// anything else (another case, an escaped name, a number, an unknown name) goes to System.Text.Json's own enum
/// converter, which reads or refuses it as before. Writing is System.Text.Json's.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class DomainEnumConverter<TEnum> : JsonConverter<TEnum>, IPlainTextReader<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly byte[][] Utf8Names = Array.ConvertAll(Values, v => Encoding.UTF8.GetBytes(v.ToString()));

    private readonly JsonConverter<TEnum> _inner;

    public DomainEnumConverter(JsonConverter<TEnum> inner) => _inner = inner;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && TryReadPlain(reader.ValueSpan, out var value))
        {
            return value;
        }

        return _inner.Read(ref reader, typeToConvert, options);
    }

    /// <summary>The member a plain string's bytes name exactly; any other text is left to System.Text.Json's converter.</summary>
    public bool TryReadPlain(ReadOnlySpan<byte> text, out TEnum value)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (text.SequenceEqual(Utf8Names[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => _inner.Write(writer, value, options);

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => _inner.ReadAsPropertyName(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => _inner.WriteAsPropertyName(writer, value, options);
}
