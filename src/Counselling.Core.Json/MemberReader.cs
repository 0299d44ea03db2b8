using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Counselling.Core.Json;

/// <summary>
/// Reads one member of a value object with the converter the options resolved for its type, found once: a plain value
/// (text, a number, an id, an instant, a nested value object) straight from its converter; a collection through
/// System.Text.Json with its contract already resolved, so an error inside it keeps its index.
/// </summary>
internal abstract class MemberReader
{
    /// <summary>Reads the value at the reader's current token, leaving the reader on the value's last token.</summary>
    public abstract object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>The reader of a member of type <paramref name="type"/> under <paramref name="options"/>.</summary>
    public static MemberReader For(Type type, JsonSerializerOptions options)
        => IsSequence(type)
            ? (MemberReader)Activator.CreateInstance(typeof(ArrayReader<>).MakeGenericType(type.GetGenericArguments()[0]), options)!
            : (MemberReader)Activator.CreateInstance(typeof(MemberReader<>).MakeGenericType(type), options)!;

    /// <summary>
    /// An immutable array, or a read-only sequence a constructor takes (<see cref="IEnumerable{T}"/>,
    /// <see cref="IReadOnlyList{T}"/>, <see cref="IReadOnlyCollection{T}"/>), which the immutable array read serves.
    /// </summary>
    internal static bool IsSequence(Type type)
    {
        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(ImmutableArray<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)
               || definition == typeof(IReadOnlyCollection<>);
    }

    /// <summary>The reader of a concrete event type, bound like a value object, its discriminator checked.</summary>
    public static MemberReader ForEvent(Type type, JsonSerializerOptions options)
        => (MemberReader)Activator.CreateInstance(typeof(EventReader<>).MakeGenericType(type), options)!;
}

/// <summary>A member reader that gives its value in its own type, unboxed.</summary>
/// <typeparam name="T">The member's type.</typeparam>
internal abstract class TypedMemberReader<T> : MemberReader
{
    /// <summary>Reads the value at the reader's current token, leaving the reader on the value's last token.</summary>
    public abstract T ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options);

    public sealed override object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options) => ReadValue(ref reader, options);
}

/// <summary>An <see cref="ImmutableArray{T}"/> read element by element, an element's error located by its index.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ArrayReader<T> : TypedMemberReader<ImmutableArray<T>>, ISequenceReader
{
    private readonly MemberReader _element;
    private readonly TypedMemberReader<T>? _typed;

    /// <summary>A builder kept for the next read (taken by one read at a time), so a read allocates only its array.</summary>
    private ImmutableArray<T>.Builder? _spare;

    public ArrayReader(JsonSerializerOptions options)
        : this(For(typeof(T), options))
    {
    }

    /// <summary>The reader of a sequence whose elements <paramref name="element"/> reads.</summary>
    public ArrayReader(MemberReader element)
    {
        _element = element;
        _typed = element as TypedMemberReader<T>;
    }

    public Type ElementType => typeof(T);

    public MemberReader Element => _element;

    public override ImmutableArray<T> ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonErrors.Unreadable(typeof(ImmutableArray<T>));
        }

        // One element (the common case, such as a session's outcome) is put in an array of one, without the builder.
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return ImmutableArray<T>.Empty;
        }

        var first = ReadElement(ref reader, options, 0);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return ImmutableArray.Create(first);
        }

        var items = Interlocked.Exchange(ref _spare, null) ?? ImmutableArray.CreateBuilder<T>();
        items.Clear();
        items.Add(first);
        do
        {
            items.Add(ReadElement(ref reader, options, items.Count));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

        var result = items.ToImmutable();
        items.Clear();
        _spare = items;
        return result;
    }

    /// <summary>Reads the element at <paramref name="index"/>, an error located by its index.</summary>
    private T ReadElement(ref Utf8JsonReader reader, JsonSerializerOptions options, int index)
    {
        try
        {
            return _typed is not null ? _typed.ReadValue(ref reader, options) : (T)_element.Read(ref reader, options)!;
        }
        catch (JsonException e)
        {
            throw JsonErrors.Within(e, "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }
    }
}

/// <summary>A concrete event type read by the value-object binder, with its discriminator.</summary>
/// <typeparam name="T">The event type.</typeparam>
internal sealed class EventReader<T> : MemberReader
{
    private readonly DomainObjectConverter<T> _converter;

    public EventReader(JsonSerializerOptions options) => _converter = new DomainObjectConverter<T>(options, EventContract.Discriminator(typeof(T)));

    public override object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options) => _converter.Read(ref reader, typeof(T), options);
}

/// <summary>The reader of a member of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The member's type.</typeparam>
internal sealed class MemberReader<T> : TypedMemberReader<T>
{
    private static readonly bool TakesNull = !typeof(T).IsValueType || Nullable.GetUnderlyingType(typeof(T)) is not null;

    private readonly JsonTypeInfo<T> _info;
    private readonly JsonConverter<T>? _plain;

    /// <summary>Whether the plain converter reads <see langword="null"/> itself (asked once, not per value).</summary>
    private readonly bool _plainHandlesNull;

    public MemberReader(JsonSerializerOptions options)
    {
        _info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        _plain = _info.Kind == JsonTypeInfoKind.None ? _info.Converter as JsonConverter<T> : null;
        _plainHandlesNull = _plain?.HandleNull ?? false;
    }

    public override T ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (_plain is null)
        {
            return JsonSerializer.Deserialize(ref reader, _info)!;
        }

        if (reader.TokenType == JsonTokenType.Null && !_plainHandlesNull)
        {
            return TakesNull ? default! : throw JsonErrors.Unreadable(typeof(T));
        }

        try
        {
            return _plain.Read(ref reader, typeof(T), options)!;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            // A token of the wrong kind for a plain value (a number where text is expected): named by its type only.
            throw JsonErrors.Unreadable(typeof(T));
        }
    }
}
