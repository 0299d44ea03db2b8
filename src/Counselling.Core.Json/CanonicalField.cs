using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// One field of an event read by a <see cref="CanonicalEventReader"/>: its name, written plainly, then its value read by the
/// typed reader the general binder uses for its type, a value object read straight. A field whose converter reads a plain
/// string's bytes (an id, an instant, an enum) is read from the payload's bytes when the payload is given and the field is
/// written so.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
internal sealed class CanonicalField<T> : IWrittenField
{
    private readonly byte[] _name;
    private readonly TypedMemberReader<T> _reader;
    private readonly bool _refusesNull;

    /// <summary><c>,"name":"</c>, what precedes the field's text in the written form.</summary>
    private readonly byte[] _opening;

    /// <summary>The converter the options read the field with, when it reads a plain string's bytes.</summary>
    private readonly IPlainTextReader<T>? _plain;

    /// <summary><c>,"name":</c>, what precedes the field's value in the written form.</summary>
    private readonly byte[] _separated;

    /// <summary>The reader of the field's value from its bytes, when it has one.</summary>
    private readonly WrittenValue<T>? _written;

    private CanonicalField(byte[] name, TypedMemberReader<T> reader, bool refusesNull, IPlainTextReader<T>? plain, WrittenValue<T>? written)
    {
        _name = name;
        _reader = reader;
        _refusesNull = refusesNull;
        _plain = plain;
        _written = written;
        _separated = [(byte)',', (byte)'"', .. name, (byte)'"', (byte)':'];
        _opening = [.. _separated, (byte)'"'];
    }

    public int? WrittenDepth => _written?.Depth;

    /// <summary>The field of the member <paramref name="property"/>, or <see langword="null"/> when its type has no typed reader.</summary>
    public static CanonicalField<T>? Of(string property, bool refusesNull, JsonSerializerOptions options)
        => CanonicalReaders.For(typeof(T), options) is TypedMemberReader<T> reader
            ? new CanonicalField<T>(
                System.Text.Encoding.UTF8.GetBytes(CanonicalEventReader.JsonName(property, options)), reader, refusesNull,
                options.GetConverter(typeof(T)) as IPlainTextReader<T>, WrittenValues.For<T>(reader, options))
            : null;

    /// <summary>
    /// Reads the field written <c>,"name":value</c> at <paramref name="offset"/> of the payload's bytes, moving
    /// <paramref name="offset"/> past it; <see langword="false"/> when it is not written so (or has no reader from bytes).
    /// </summary>
    public bool TryReadWritten(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        value = default!;
        if (_written is null || !payload[offset..].StartsWith(_separated))
        {
            return false;
        }

        var at = offset + _separated.Length;
        if (!_written.TryRead(payload, ref at, out value) || (_refusesNull && value is null))
        {
            return false;
        }

        offset = at;
        return true;
    }

    /// <summary>Reads the next property, which must be this field, and its value; <see langword="false"/> otherwise.</summary>
    public bool TryRead(ref Utf8JsonReader reader, JsonSerializerOptions options, out T value)
    {
        value = default!;
        if (!reader.Read() || !CanonicalEventReader.IsName(ref reader, _name) || !reader.Read()
            || (_refusesNull && reader.TokenType == JsonTokenType.Null))
        {
            return false;
        }

        value = _reader.ReadValue(ref reader, options);
        return !_refusesNull || value is not null;
    }

    /// <summary>
    /// Reads the field as <see cref="TryRead(ref Utf8JsonReader, JsonSerializerOptions, out T)"/> does; when
    /// <paramref name="payload"/> (the text the reader reads from its start) is given and the field is written
    /// <c>,"name":"text"</c> with text its converter reads from the bytes, from the bytes, the reader then going on after
    /// the field in the state it had (and <paramref name="payload"/> the text it reads from its start).
    /// </summary>
    public bool TryRead(ref Utf8JsonReader reader, ref ReadOnlySpan<byte> payload, JsonSerializerOptions options, out T value)
    {
        if (_plain is not null && !payload.IsEmpty && !reader.HasValueSequence)
        {
            var rest = payload[(int)reader.BytesConsumed..];
            if (rest.StartsWith(_opening) && rest[_opening.Length..].IndexOf((byte)'"') is var length and >= 0
                && _plain.TryReadPlain(rest.Slice(_opening.Length, length), out value))
            {
                payload = rest[(_opening.Length + length + 1)..];
                reader = new Utf8JsonReader(payload, isFinalBlock: true, reader.CurrentState);
                return true;
            }
        }

        return TryRead(ref reader, options, out value);
    }
}
