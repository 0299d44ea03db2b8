using System;

namespace Counselling.Core.Json;

/// <summary>
/// A value its converter reads from a plain string's bytes (an id, an instant, an enum's name), written
/// <c>"text"</c>: the converter reads the text between the quotes exactly as it reads that string from the JSON reader.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
internal sealed class WrittenPlainText<T>(IPlainTextReader<T> converter) : WrittenValue<T>
{
    public override int Depth => 0;

    /// <summary>Gets whether the converter is this package's converter of a domain enum, which reads only defined members.</summary>
    public bool ReadsDomainEnum { get; } = converter.GetType().IsGenericType && converter.GetType().GetGenericTypeDefinition() == typeof(DomainEnumConverter<>);

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        // The converter's form holds no quote and no backslash: the next quote closes a plain string.
        value = default!;
        if (!Is(payload, offset, (byte)'"') || payload[(offset + 1)..].IndexOf((byte)'"') is not (var length and >= 0)
            || !converter.TryReadPlain(payload.Slice(offset + 1, length), out value))
        {
            return false;
        }

        offset += length + 2;
        return true;
    }
}
