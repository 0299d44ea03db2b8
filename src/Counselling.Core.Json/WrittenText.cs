using System;
using System.Buffers;
using System.Text;

namespace Counselling.Core.Json;

/// <summary>
/// A <see cref="string"/> read by System.Text.Json's own converter, written as a plain JSON string: <c>"text"</c> with no
/// escape and no control character, or <c>null</c>. Its bytes are decoded as the JSON reader decodes an unescaped string.
/// </summary>
internal sealed class WrittenText : WrittenValue<string>
{
    /// <summary>The bytes that end a plain string's text: its closing quote, or an escape or a control character it may not hold.</summary>
    private static readonly SearchValues<byte> Stops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    public static readonly WrittenText Instance = new();

    private WrittenText()
    {
    }

    public override int Depth => 0;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out string value)
    {
        value = null!;
        if (!Is(payload, offset, (byte)'"'))
        {
            // null, read as System.Text.Json's converter reads it: a string field that refuses it is refused by its reader.
            if (payload[offset..].StartsWith("null"u8) && EndsValue(payload, offset + 4))
            {
                offset += 4;
                return true;
            }

            return false;
        }

        var text = payload[(offset + 1)..];
        var length = text.IndexOfAny(Stops);
        if (length < 0 || text[length] != (byte)'"')
        {
            return false;
        }

        value = length == 0 ? string.Empty : Encoding.UTF8.GetString(text[..length]);
        offset += length + 2;
        return true;
    }
}
