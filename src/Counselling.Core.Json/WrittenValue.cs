using System;

namespace Counselling.Core.Json;

/// <summary>
/// A value read from the payload's bytes as this package writes it, without the JSON reader: the bytes at an offset hold
/// the value exactly in the written form (no white space, nothing escaped), and what is read is what the straight pass
/// reads from the same bytes with the JSON reader. Anything else gives <see langword="false"/>, and the event is read
/// again with the JSON reader. The payload is the stored text transcoded to UTF-8, so its bytes are valid UTF-8.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
internal abstract class WrittenValue<T>
{
    /// <summary>Gets how deep the value nests: 0 for a plain value, 1 for an object or array of plain values, and so on.</summary>
    public abstract int Depth { get; }

    /// <summary>
    /// Reads the value that starts at <paramref name="offset"/> of <paramref name="payload"/>; on success,
    /// <paramref name="offset"/> is moved past it. May throw what the value's constructor throws.
    /// </summary>
    public abstract bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value);

    /// <summary>Whether the byte at <paramref name="offset"/> is <paramref name="expected"/>.</summary>
    protected static bool Is(ReadOnlySpan<byte> payload, int offset, byte expected) => (uint)offset < (uint)payload.Length && payload[offset] == expected;

    /// <summary>Whether the byte at <paramref name="offset"/> ends a plain value inside an object or an array.</summary>
    protected static bool EndsValue(ReadOnlySpan<byte> payload, int offset)
        => (uint)offset < (uint)payload.Length && payload[offset] is (byte)',' or (byte)'}' or (byte)']';
}
