using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;

namespace Counselling.Core.Json;

/// <summary>
/// Reads a value object inside an event stored exactly as this package writes it, in one straight pass, as
/// <see cref="CanonicalEventReader"/> reads the event around it: its constructor's fields in the written order, each once,
/// none unknown, none escaped, a field that may be absent left out or given, a <see langword="null"/> only where the
/// constructor takes one. Each field is read by the reader the general binder uses for its type (a nested value object
/// straight again), and the value is built by its constructor, so what is read is what the general binder reads. Anything
/// else throws a <see cref="JsonException"/>: the event is then read again with the general binder, which accepts or
/// refuses it with its own error.
/// </summary>
/// <typeparam name="T">The value object's type.</typeparam>
internal sealed class CanonicalObjectReader<T> : TypedMemberReader<T>
{
    private readonly Type[] _types;
    private readonly byte[][] _names;
    private readonly bool[] _refusesNull;
    private readonly bool[] _mayBeAbsent;
    private readonly object?[] _absentValues;
    private readonly MemberReader?[] _readers;
    private readonly Func<Slot[], T> _construct;
    private readonly ConstructorInfo _constructor;

    /// <summary>A frame of slots kept for the next read (taken by one read at a time: a nested read of the same type makes its own).</summary>
    private Slot[]? _spare;

    private CanonicalObjectReader(ConstructorInfo constructor, JsonSerializerOptions options, int depth)
    {
        var parameters = constructor.GetParameters();
        _types = [.. parameters.Select(p => p.ParameterType)];
        _names = [.. parameters.Select(p => System.Text.Encoding.UTF8.GetBytes(CanonicalEventReader.JsonName(Members.Property(typeof(T), p.Name)!.Name, options)))];
        _refusesNull = [.. parameters.Select(p => !p.ParameterType.IsValueType && !p.HasDefaultValue && !Members.AcceptsNull(p))];
        _mayBeAbsent = [.. parameters.Select(p => p.HasDefaultValue || Members.AcceptsNull(p))];
        _absentValues = [.. parameters.Select(p => p.HasDefaultValue ? DomainObjectConverter<T>.DefaultOf(p) : null)];
        _readers = [.. _types.Select(t => CanonicalReaders.For(t, options, depth))];
        _construct = DomainObjectConverter<T>.Compile(constructor);
        _constructor = constructor;
    }

    /// <summary>
    /// The straight reader of <typeparamref name="T"/> (<paramref name="depth"/> value objects deep), or <see langword="null"/> when the options do not read it with
    /// this package's value-object binder or it has state beyond its constructor's fields (settable or restored members).
    /// </summary>
    public static CanonicalObjectReader<T>? Create(JsonSerializerOptions options, int depth)
    {
        if (options.GetConverter(typeof(T)) is not DomainObjectConverter<T> || Restorers.For(typeof(T)) is not null
            || Members.BindingConstructor(typeof(T)) is not { } constructor)
        {
            return null;
        }

        var parameters = constructor.GetParameters();
        var others = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.GetSetMethod() is not null && p.GetIndexParameters().Length == 0
                && !Array.Exists(parameters, q => string.Equals(Members.Property(typeof(T), q.Name)!.Name, p.Name, StringComparison.Ordinal)));
        return others ? null : new CanonicalObjectReader<T>(constructor, options, depth);
    }

    public override T ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read())
        {
            throw NotWritten();
        }

        var frame = Interlocked.Exchange(ref _spare, null) ?? NewFrame();
        for (var i = 0; i < frame.Length; i++)
        {
            if (CanonicalEventReader.IsName(ref reader, _names[i]))
            {
                if (!reader.Read() || (_refusesNull[i] && reader.TokenType == JsonTokenType.Null))
                {
                    throw NotWritten();
                }

                var slot = frame[i];
                slot.Read(ref reader, options);
                if ((_refusesNull[i] && slot.IsNull) || !reader.Read())
                {
                    throw NotWritten();
                }
            }
            else if (_mayBeAbsent[i])
            {
                frame[i].SetAbsent();
            }
            else
            {
                throw NotWritten();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw NotWritten();
        }

        var result = _construct(frame);
        foreach (var slot in frame)
        {
            slot.Clear();
        }

        _spare = frame;
        return result;
    }

    /// <summary>
    /// The reader of the same value from its bytes when written so, or <see langword="null"/> when a field has no such reader
    /// or the value takes more fields than one reads.
    /// </summary>
    public WrittenValue<T>? Written(JsonSerializerOptions options)
    {
        var fields = new object[_types.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (_readers[i] is not { } reader || WrittenValues.For(_types[i], reader, options) is not { } field)
            {
                return null;
            }

            fields[i] = field;
        }

        return fields.Length == 0 ? null : WrittenObject<T>.Create(_constructor, _names, _refusesNull, _mayBeAbsent, _absentValues, fields);
    }

    private Slot[] NewFrame()
    {
        var frame = new Slot[_types.Length];
        for (var i = 0; i < frame.Length; i++)
        {
            frame[i] = Slot.For(_types[i], _readers, i, _absentValues[i]);
        }

        return frame;
    }

    private static JsonException NotWritten() => new("The stored " + typeof(T).Name + " is not in the written form.");
}
