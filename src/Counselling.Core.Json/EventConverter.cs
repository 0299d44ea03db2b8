using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Json;

/// <summary>
/// An abstract event type read by its <c>"$type"</c> discriminator: the discriminator is looked for among the object's
/// properties (first, as this package writes it, or anywhere, as a document store may reorder them), then the object is
/// read with the concrete type's contract. An unknown or missing discriminator, or one naming a type that is not a
/// <typeparamref name="TEvent"/>, gives a <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="TEvent">The abstract event type.</typeparam>
internal sealed class EventConverter<TEvent> : JsonConverter<TEvent>
    where TEvent : InterventionEvent
{
    private const int LongestDiscriminator = 128;

    private readonly ConcurrentDictionary<Type, MemberReader> _readers = new();
    private readonly JsonSerializerOptions _options;

    public EventConverter(JsonSerializerOptions options) => _options = options;

    private static readonly FrozenDictionary<string, Type>.AlternateLookup<ReadOnlySpan<char>> Types
        = EventContract.TypesByDiscriminator.GetAlternateLookup<ReadOnlySpan<char>>();

    public override TEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An event is stored as an object.");
        }

        var type = DiscriminatedType(reader);
        if (type is null || !typeof(TEvent).IsAssignableFrom(type))
        {
            throw new JsonException("The stored event has no \"$type\" naming a known event type.");
        }

        return (TEvent?)ReaderOf(type).Read(ref reader, options);
    }

    public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    /// <summary>
    /// The reader of a concrete event type: its constructor and members bound once, read in one pass with the converters
    /// the options resolved, as value objects are.
    /// </summary>
    private MemberReader ReaderOf(Type type) => _readers.GetOrAdd(type, static (t, o) => MemberReader.ForEvent(t, o), _options);

    /// <summary>The type the object's first <c>"$type"</c> names, read on a copy of the reader; <see langword="null"/> when none.</summary>
    private static Type? DiscriminatedType(Utf8JsonReader reader)
    {
        reader.Read();
        while (reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = reader.ValueTextEquals(EventContract.Utf8DiscriminatorName);
            reader.Read();
            if (isDiscriminator)
            {
                if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > LongestDiscriminator)
                {
                    return null;
                }

                Span<char> name = stackalloc char[LongestDiscriminator];
                var length = reader.CopyString(name);
                return Types.TryGetValue(name[..length], out var type) ? type : null;
            }

            reader.Skip();
            reader.Read();
        }

        return null;
    }
}
