using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Counselling.Core.Json;

/// <summary>
/// Wraps a converter this package does not own (NodaTime's) so that a value it cannot read gives a
/// <see cref="JsonException"/> naming the expected type only: the wrapped converter's own exception may quote the stored
/// value (a pattern parser says which text it could not parse), and a stored value may be personal text. System.Text.Json
/// adds the path.
/// </summary>
internal static class SanitizingConverter
{
    /// <summary>The converter wrapped, or itself when it is a factory or not a typed converter.</summary>
    public static JsonConverter Wrap(JsonConverter converter)
    {
        var typed = converter.GetType();
        while (typed is not null && !(typed.IsGenericType && typed.GetGenericTypeDefinition() == typeof(JsonConverter<>)))
        {
            typed = typed.BaseType;
        }

        return typed is null
            ? converter
            : (JsonConverter)Activator.CreateInstance(typeof(SanitizingConverter<>).MakeGenericType(typed.GetGenericArguments().Single()), converter)!;
    }
}

/// <summary>A converter of <typeparamref name="T"/> whose reading errors carry no stored value and no inner exception.</summary>
/// <typeparam name="T">The converted type.</typeparam>
internal sealed class SanitizingConverter<T> : JsonConverter<T>
{
    private readonly JsonConverter<T> _inner;

    public SanitizingConverter(JsonConverter<T> inner) => _inner = inner;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return _inner.Read(ref reader, typeToConvert, options);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            throw JsonErrors.Unreadable(typeof(T));
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return _inner.ReadAsPropertyName(ref reader, typeToConvert, options);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            throw JsonErrors.Unreadable(typeof(T));
        }
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, [System.Diagnostics.CodeAnalysis.DisallowNull] T value, JsonSerializerOptions options) => _inner.WriteAsPropertyName(writer, value, options);
}
