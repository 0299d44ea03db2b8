using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// A value read by its converter from one token, a plain string (nothing escaped), a number or a literal, such as a
/// period, an optional id or an optional number: the token's bytes are given to a JSON reader of their own, and the value is read by the very reader
/// the straight pass uses, on the same token.
/// </summary>
/// <typeparam name="T">The value read.</typeparam>
internal sealed class WrittenToken<T>(TypedMemberReader<T> reader, JsonSerializerOptions options) : WrittenValue<T>
{
    private static readonly System.Buffers.SearchValues<byte> ValueEnds = System.Buffers.SearchValues.Create(",}]"u8);

    public override int Depth => 0;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T value)
    {
        value = default!;
        int length;
        if (Is(payload, offset, (byte)'"'))
        {
            var text = payload[(offset + 1)..].IndexOfAny((byte)'"', (byte)'\\');
            if (text < 0 || payload[offset + 1 + text] != (byte)'"')
            {
                return false;
            }

            length = text + 2;
        }
        else
        {
            // A literal or a number: its bytes up to what ends a value (the token's own reader checks its grammar).
            length = payload[offset..].IndexOfAny(ValueEnds);
            if (length <= 0)
            {
                return false;
            }
        }

        if (!EndsValue(payload, offset + length))
        {
            return false;
        }

        // The token alone, nothing around it (white space or a second value is left to the JSON reader).
        var token = new Utf8JsonReader(payload.Slice(offset, length));
        if (!token.Read() || token.BytesConsumed != length)
        {
            return false;
        }

        value = reader.ReadValue(ref token, options);
        offset += length;
        return true;
    }
}
