using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
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

    /// <summary>The longest stored text read straight (longer ones are left to the serializer), in UTF-16 code units.</summary>
    private const int LongestStoredText = 16 * 1024;

    private readonly ConcurrentDictionary<Type, MemberReader> _readers = new();
    private readonly JsonSerializerOptions _options;

    /// <summary>The opening of an event as written, up to its discriminator's value.</summary>
    private static readonly byte[] DiscriminatorOpening = System.Text.Encoding.UTF8.GetBytes("{\"" + CounsellingJson.TypeDiscriminatorPropertyName + "\":\"");

    /// <summary>A reader's state after the opening and the discriminator, for the options' depth (built once).</summary>
    private ReaderStart? _afterDiscriminator;

    /// <summary>A buffer for a stored text's UTF-8 bytes, kept for the next read (taken by one read at a time).</summary>
    private byte[]? _spareBuffer;

    /// <summary>
    /// Per discriminator, the event type and its readers, found from the discriminator's text without a dictionary of
    /// types per read; <see langword="null"/> when canonical reading is off.
    /// </summary>
    private readonly Utf8NameTable<EventEntry>? _entries;

    public EventConverter(JsonSerializerOptions options)
        : this(options, canonicalReading: true)
    {
    }

    /// <summary>Creates the converter; without <paramref name="canonicalReading"/>, every event is read by the general binder.</summary>
    public EventConverter(JsonSerializerOptions options, bool canonicalReading)
    {
        _options = options;
        if (canonicalReading)
        {
            _entries = new Utf8NameTable<EventEntry>(EventContract.TypesByDiscriminator
                .Where(p => typeof(TEvent).IsAssignableFrom(p.Value))
                .Select(p => KeyValuePair.Create(p.Key, new EventEntry(p.Value))));
        }
    }

    private static readonly FrozenDictionary<string, Type>.AlternateLookup<ReadOnlySpan<char>> Types
        = EventContract.TypesByDiscriminator.GetAlternateLookup<ReadOnlySpan<char>>();

    public override TEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An event is stored as an object.");
        }

        // A copy of the reader, moved on to the discriminator's value; the reader itself is moved only by a successful read.
        var copy = reader;
        if (_entries is { } entries && FirstDiscriminated(ref copy, entries) is { } entry)
        {
            // Stored as this package writes it ("$type" first, naming a type of TEvent): read in one straight pass when the
            // rest is in the written form too, else by the general binder, from the start of the object, as before.
            if (entry.CanonicalReader(_options) is { } canonical && TryReadCanonical(canonical, ref copy, default, options) is TEvent read)
            {
                reader = copy;
                return read;
            }

            return (TEvent?)(entry.General ??= ReaderOf(entry.Type)).Read(ref reader, options);
        }

        var type = DiscriminatedType(reader);
        if (type is null || !typeof(TEvent).IsAssignableFrom(type))
        {
            throw new JsonException("The stored event has no \"$type\" naming a known event type.");
        }

        return (TEvent?)ReaderOf(type).Read(ref reader, options);
    }

    /// <summary>
    /// Reads one stored event from its text as <c>JsonSerializer.Deserialize&lt;TEvent&gt;(payload, options)</c> does, which
    /// reads it when it is not stored exactly in the written form: an event in the written form is read in one straight pass
    /// from its UTF-8 bytes, without the serializer's own steps; anything else (another form, a value refused, text
    /// after the object, a string that is not valid UTF-16) is left to the serializer, which reads or refuses it with its
    /// own error and path.
    /// </summary>
    public TEvent? ReadStored(string payload, JsonSerializerOptions options)
        => _entries is not null && payload.Length <= LongestStoredText && ReadWritten(payload, options) is { } read
            ? read
            : JsonSerializer.Deserialize<TEvent>(payload, options);

    /// <summary>The event the payload gives in the written form, read straight; <see langword="null"/> when it is not in that form.</summary>
    private TEvent? ReadWritten(string payload, JsonSerializerOptions options)
    {
        var buffer = Interlocked.Exchange(ref _spareBuffer, null) is { } spare && spare.Length >= payload.Length * 3
            ? spare
            : new byte[Math.Max(payload.Length * 3, 1024)];
        try
        {
            if (System.Text.Unicode.Utf8.FromUtf16(payload, buffer, out _, out var length, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            // The serializer's reader refuses what this one refuses (comments, trailing commas, depth beyond the options' own);
            // what either refuses is left to the serializer. The opening {"$type":"…" as written is matched on its bytes, and
            // the reader starts after it, in the state it would have reached reading it.
            var written = buffer.AsSpan(0, length);
            Utf8JsonReader reader;
            EventEntry? entry;
            if (written.StartsWith(DiscriminatorOpening) && written[DiscriminatorOpening.Length..].IndexOf((byte)'"') is var end and >= 0
                && _entries!.Find(written.Slice(DiscriminatorOpening.Length, end)) is { } found)
            {
                written = written[(DiscriminatorOpening.Length + end + 1)..];
                if (found.CanonicalReader(_options) is { ReadsWrittenForm: true } straight && TryReadWrittenForm(straight, written) is TEvent direct)
                {
                    return direct;
                }

                reader = new Utf8JsonReader(written, isFinalBlock: true, AfterDiscriminator(options.MaxDepth));
                entry = found;
            }
            else
            {
                reader = new Utf8JsonReader(written, new JsonReaderOptions { MaxDepth = options.MaxDepth });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || FirstDiscriminated(ref reader, _entries!) is not { } first)
                {
                    return null;
                }

                entry = first;
            }

            if (entry.CanonicalReader(_options) is not { } canonical || TryReadCanonical(canonical, ref reader, written, options) is not TEvent read)
            {
                return null;
            }

            // Nothing but white space after the object, as the serializer requires.
            return reader.Read() ? null : read;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            _spareBuffer = buffer;
        }
    }

    /// <summary>The state of a reader that has read <c>{"$type":"…"</c>, with the options' depth.</summary>
    private JsonReaderState AfterDiscriminator(int maxDepth)
    {
        if (_afterDiscriminator is { } start && start.MaxDepth == maxDepth)
        {
            return start.State;
        }

        var reader = new Utf8JsonReader("{\"$type\":\"x\"}"u8, new JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
        reader.Read();
        reader.Read();
        _afterDiscriminator = new ReaderStart(maxDepth, reader.CurrentState);
        return reader.CurrentState;
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

    /// <summary>
    /// Reads the event with its canonical reader from its discriminator's value to its end (from <paramref name="payload"/>'s
    /// bytes when the whole stored text is given); <see langword="null"/> when the
    /// stored object is not in the written form or a value in it is refused: the general binder then reads it again, from
    /// the start, and gives its own error.
    /// </summary>
    private static InterventionEvent? TryReadCanonical(CanonicalEventReader canonical, ref Utf8JsonReader reader, ReadOnlySpan<byte> payload, JsonSerializerOptions options)
    {
        try
        {
            return canonical.Read(ref reader, payload, options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the event from <paramref name="rest"/>, the payload's bytes after its discriminator's value, without the JSON
    /// reader; <see langword="null"/> when it is not exactly in the written form or a value in it is refused: the JSON
    /// reader then reads it, in the straight pass or the general binder, which gives its own error.
    /// </summary>
    private static InterventionEvent? TryReadWrittenForm(CanonicalEventReader canonical, ReadOnlySpan<byte> rest)
    {
        try
        {
            return canonical.ReadWritten(rest);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The entry of the type the object's first property names when that property is a plain <c>"$type"</c> naming a type
    /// of <typeparamref name="TEvent"/>, the reader left on the discriminator's value; <see langword="null"/> otherwise.
    /// </summary>
    private static EventEntry? FirstDiscriminated(ref Utf8JsonReader reader, Utf8NameTable<EventEntry> entries)
        => reader.Read() && CanonicalEventReader.IsName(ref reader, EventContract.Utf8DiscriminatorName) && reader.Read()
           && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            ? entries.Find(reader.ValueSpan)
            : null;

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

    /// <summary>A reader's state at a point of an event, for a depth.</summary>
    private sealed record ReaderStart(int MaxDepth, JsonReaderState State);

    /// <summary>An event type and its readers, built on first use (a race builds the same reader twice, harmlessly).</summary>
    private sealed class EventEntry(Type type)
    {
        /// <summary>Stands for "the type has no canonical reader", so the search is made once.</summary>
        private static readonly object None = new();

        private object? _canonical;

        public Type Type { get; } = type;

        public MemberReader? General { get; set; }

        /// <summary>The type's canonical reader, or <see langword="null"/> when it has none.</summary>
        public CanonicalEventReader? CanonicalReader(JsonSerializerOptions options)
            => (_canonical ??= CanonicalEventReader.For(Type, options) ?? None) as CanonicalEventReader;
    }
}
