using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// One field of an event read by a <see cref="CanonicalEventReader"/>: its name, written plainly, then its value read by the
/// typed reader the general binder uses for its type.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
internal sealed class CanonicalField<T>
{
    private readonly byte[] _name;
    private readonly TypedMemberReader<T> _reader;
    private readonly bool _refusesNull;

    private CanonicalField(byte[] name, TypedMemberReader<T> reader, bool refusesNull)
    {
        _name = name;
        _reader = reader;
        _refusesNull = refusesNull;
    }

    /// <summary>The field of the member <paramref name="property"/>, or <see langword="null"/> when its type has no typed reader.</summary>
    public static CanonicalField<T>? Of(string property, bool refusesNull, JsonSerializerOptions options)
        => MemberReader.For(typeof(T), options) is TypedMemberReader<T> reader
            ? new CanonicalField<T>(System.Text.Encoding.UTF8.GetBytes(CanonicalEventReader.JsonName(property, options)), reader, refusesNull)
            : null;

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
}
