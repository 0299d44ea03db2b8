using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;

namespace Counselling.Core.Json;

/// <summary>
/// Writes a value object as its constructor's fields plus its settable properties; reads it back by calling that
/// constructor and then the setters, so every check the domain makes runs. A missing required field, a
/// <see langword="null"/> where none is allowed or a value the domain refuses gives a <see cref="JsonException"/> naming
/// the type and field (never the value).
/// </summary>
internal sealed class DomainObjectConverter<T> : JsonConverter<T>
{
    private const int SetterIndex = -1;
    private const int RestoredIndex = -2;

    private readonly ConstructorInfo _constructor;
    private readonly ParameterInfo[] _parameters;
    private readonly Member[] _members;
    private readonly Restorer? _restorer;

    /// <summary>Per constructor parameter, the argument when the field is absent, or <see langword="null"/> when it is required.</summary>
    private readonly Absent?[] _absent;

    /// <summary>Per member, its JSON name under the options' naming policy.</summary>
    private readonly string[] _names;
    private readonly JsonEncodedText[] _encodedNames;

    /// <summary>Per member, its JSON name in UTF-8, matched against the reader's bytes without making a string.</summary>
    private readonly byte[][] _utf8Names;

    /// <summary>
    /// The constructor and setters compiled once, taking each value from its typed slot: no reflection and no boxing per
    /// value. A value type with setters is set in a box, as reflection does.
    /// </summary>
    private readonly Func<Slot[], T> _construct;
    private readonly Action<T, Slot>?[] _setters;
    private readonly Action<object, object?>?[] _boxedSetters;

    /// <summary>Per member, the argument an absent field takes (a constructor parameter's default), for its slot.</summary>
    private readonly object?[] _absentValues;

    /// <summary>A frame of slots kept for the next read (taken by one read at a time: a nested read of the same type makes its own).</summary>
    private Slot[]? _spare;

    /// <summary>Per constructor parameter, whether it takes no <see langword="null"/> (a reference not annotated nullable).</summary>
    private readonly bool[] _refusesNull;

    /// <summary>For an event, its discriminator, which the stored object may repeat (once) and must then name this type.</summary>
    private readonly string? _discriminator;
    private readonly byte[]? _utf8Discriminator;

    /// <summary>Per member, how its value is read (built on first use: the options are then immutable).</summary>
    private MemberReader?[]? _readers;

    public DomainObjectConverter(JsonSerializerOptions options)
        : this(options, discriminator: null)
    {
    }

    /// <summary>Creates the reader of a value object or, with its <paramref name="discriminator"/>, of a concrete event.</summary>
    public DomainObjectConverter(JsonSerializerOptions options, string? discriminator)
    {
        _discriminator = discriminator;
        _utf8Discriminator = discriminator is null ? null : System.Text.Encoding.UTF8.GetBytes(discriminator);
        _constructor = Members.BindingConstructor(typeof(T)) ?? throw new NotSupportedException(typeof(T).Name + " has no binding constructor.");
        _parameters = _constructor.GetParameters();
        _absent = [.. _parameters.Select(p => p.HasDefaultValue ? new Absent(DefaultOf(p)) : Members.AcceptsNull(p) ? new Absent(null) : null)];
        _refusesNull = [.. _parameters.Select(p => !p.ParameterType.IsValueType && !p.HasDefaultValue && !Members.AcceptsNull(p))];
        var members = new List<Member>();
        foreach (var (parameter, index) in _parameters.Select((p, i) => (p, i)))
        {
            members.Add(new Member(Members.Property(typeof(T), parameter.Name)!, parameter.ParameterType, index));
        }

        _restorer = Restorers.For(typeof(T));
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || members.Exists(m => m.Property.Name == property.Name))
            {
                continue;
            }

            if (property.GetSetMethod() is not null)
            {
                members.Add(new Member(property, property.PropertyType, SetterIndex));
            }
            else if (_restorer?.Properties.Contains(property.Name) == true)
            {
                members.Add(new Member(property, property.PropertyType, RestoredIndex));
            }
        }

        _members = [.. members];
        _names = [.. _members.Select(m => options.PropertyNamingPolicy?.ConvertName(m.Property.Name) ?? m.Property.Name)];
        _encodedNames = [.. _names.Select(n => JsonEncodedText.Encode(n, options.Encoder))];
        _utf8Names = [.. _names.Select(n => System.Text.Encoding.UTF8.GetBytes(n))];
        _construct = Compile(_constructor);
        _setters = [.. _members.Select(m => m.ParameterIndex == SetterIndex && !typeof(T).IsValueType ? CompileSetter(m.Property) : null)];
        _boxedSetters = [.. _members.Select(m => m.ParameterIndex == SetterIndex && typeof(T).IsValueType ? BoxedSetter(m.Property) : null)];
        _absentValues = [.. _members.Select((m, i) => i < _absent.Length ? _absent[i]?.Value : null)];
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A " + typeof(T).Name + " is stored as an object.");
        }

        var readers = _readers ??= new MemberReader?[_members.Length];
        var frame = Interlocked.Exchange(ref _spare, null) ?? NewFrame(readers);
        Span<bool> seen = _members.Length <= 32 ? stackalloc bool[32] : new bool[_members.Length];
        var discriminated = false;
        var next = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Stored objects give their fields in the order this package writes them: the next one is tried first.
            int index;
            if (next < _utf8Names.Length && NameIs(ref reader, _utf8Names[next]))
            {
                index = next;
            }
            else if (_discriminator is not null && reader.ValueTextEquals(EventContract.Utf8DiscriminatorName))
            {
                reader.Read();
                if (discriminated || reader.TokenType != JsonTokenType.String || !NameIs(ref reader, _utf8Discriminator!))
                {
                    throw new JsonException("The stored " + typeof(T).Name + " gives a \"$type\" twice or one naming another type.");
                }

                discriminated = true;
                continue;
            }
            else
            {
                index = Find(ref reader);
            }

            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            if (seen[index])
            {
                // The last value would win silently (a forged author, say): refused, as System.Text.Json does.
                throw new JsonException("The stored " + typeof(T).Name + " gives its field '" + _names[index] + "' twice.");
            }

            try
            {
                frame[index].Read(ref reader, options);
            }
            catch (JsonException e)
            {
                throw JsonErrors.Within(e, _names[index]);
            }

            seen[index] = true;
            next = index + 1;
        }

        for (var i = 0; i < _parameters.Length; i++)
        {
            if (!seen[i])
            {
                if (_absent[i] is null)
                {
                    throw new JsonException("The stored " + typeof(T).Name + " misses its required field '" + _names[i] + "'.");
                }

                frame[i].SetAbsent();
            }

            if (_refusesNull[i] && frame[i].IsNull)
            {
                throw new JsonException("The stored " + typeof(T).Name + " has null for its required field '" + _names[i] + "'.");
            }
        }

        T result;
        try
        {
            result = _construct(frame);
            if (_parameters.Length < _members.Length)
            {
                result = SetMembers(result, frame, seen);
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw JsonErrors.Refused(typeof(T).Name, e);
        }

        foreach (var slot in frame)
        {
            slot.Clear();
        }

        _spare = frame;
        return result;
    }

    /// <summary>Sets the settable and restored members the stored object gives, after the constructor.</summary>
    private T SetMembers(T built, Slot[] frame, ReadOnlySpan<bool> seen)
    {
        object? boxed = typeof(T).IsValueType ? built : null;
        Dictionary<string, object?>? restored = null;
        for (var i = _parameters.Length; i < _members.Length; i++)
        {
            if (!seen[i])
            {
                continue;
            }

            if (_members[i].ParameterIndex == RestoredIndex)
            {
                (restored ??= new Dictionary<string, object?>(StringComparer.Ordinal))[_members[i].Property.Name] = frame[i].Boxed;
            }
            else if (_setters[i] is { } setter)
            {
                setter(built, frame[i]);
            }
            else
            {
                _boxedSetters[i]!(boxed!, frame[i].Boxed);
            }
        }

        if (boxed is not null)
        {
            built = (T)boxed;
        }

        return _restorer is not null && restored is not null ? (T)_restorer.Restore(built!, restored) : built;
    }

    /// <summary>A new frame: one typed slot per member, sharing the converter's member readers.</summary>
    private Slot[] NewFrame(MemberReader?[] readers)
    {
        var frame = new Slot[_members.Length];
        for (var i = 0; i < frame.Length; i++)
        {
            frame[i] = Slot.For(_members[i].ReadType, readers, i, _absentValues[i]);
        }

        return frame;
    }

    /// <summary>Whether the property name or string at the reader is <paramref name="utf8Name"/>, compared on the bytes when not escaped.</summary>
    private static bool NameIs(ref Utf8JsonReader reader, byte[] utf8Name)
        => reader.ValueIsEscaped || reader.HasValueSequence ? reader.ValueTextEquals(utf8Name) : reader.ValueSpan.SequenceEqual(utf8Name);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        for (var i = 0; i < _members.Length; i++)
        {
            var memberValue = _members[i].Property.GetValue(value);
            if (memberValue is null)
            {
                continue;
            }

            writer.WritePropertyName(_encodedNames[i]);
            JsonSerializer.Serialize(writer, memberValue, _members[i].Property.PropertyType, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>The argument a constructor parameter takes when its field is absent: its default, an enum's as the enum.</summary>
    internal static object? DefaultOf(ParameterInfo parameter)
    {
        var value = parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return value is not null && type.IsEnum ? Enum.ToObject(type, value) : value;
    }

    /// <summary>The member the reader's property name names: its JSON name exactly, else its CLR name ignoring case.</summary>
    private int Find(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8Names.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8Names[i]))
            {
                return i;
            }
        }

        var name = reader.GetString();
        for (var i = 0; i < _members.Length; i++)
        {
            if (string.Equals(name, _members[i].Property.Name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>frame => new T(((Slot&lt;P0&gt;)frame[0]).Value, …)</c>: the constructor called with its typed arguments.</summary>
    internal static Func<Slot[], T> Compile(ConstructorInfo constructor)
    {
        var frame = Expression.Parameter(typeof(Slot[]), "frame");
        var arguments = constructor.GetParameters().Select((p, i) => Expression.Field(
            Expression.Convert(Expression.ArrayIndex(frame, Expression.Constant(i)), typeof(Slot<>).MakeGenericType(p.ParameterType)),
            nameof(Slot<int>.Value)));
        return Expression.Lambda<Func<Slot[], T>>(Expression.New(constructor, arguments), frame).Compile();
    }

    /// <summary><c>(target, slot) => target.Property = ((Slot&lt;P&gt;)slot).Value</c>, for a class.</summary>
    private static Action<T, Slot> CompileSetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(T), "target");
        var slot = Expression.Parameter(typeof(Slot), "slot");
        var value = Expression.Field(Expression.Convert(slot, typeof(Slot<>).MakeGenericType(property.PropertyType)), nameof(Slot<int>.Value));
        return Expression.Lambda<Action<T, Slot>>(Expression.Call(target, property.GetSetMethod()!, value), target, slot).Compile();
    }

    /// <summary>A struct's setter, called on its box by reflection, as before the typed slots.</summary>
    private static Action<object, object?> BoxedSetter(PropertyInfo property)
        => (target, value) => property.SetValue(target, value, BindingFlags.DoNotWrapExceptions, binder: null, index: null, culture: null);

    private sealed record Member(PropertyInfo Property, Type ReadType, int ParameterIndex);

    private sealed record Absent(object? Value);
}
