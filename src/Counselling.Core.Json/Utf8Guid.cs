using System;
using System.Buffers;

namespace Counselling.Core.Json;

/// <summary>
/// A GUID in its 36-character form (<c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>, hex digits in either case) read straight
/// from its UTF-8 bytes, as <see cref="System.Text.Json.Utf8JsonReader.TryGetGuid(out Guid)"/> reads a plain string: its
/// 32 digits decoded at once, nothing kept between reads. Any other text is left to the caller.
/// </summary>
internal static class Utf8Guid
{
    private const int Length = 36;
    private const int Digits = 32;
    private const int Bytes = 16;

    /// <summary>Reads <c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>; <see langword="false"/> for any other text.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out Guid value)
    {
        value = default;
        if (text.Length != Length || text[8] != (byte)'-' || text[13] != (byte)'-' || text[18] != (byte)'-' || text[23] != (byte)'-')
        {
            return false;
        }

        // The five groups' digits side by side, then decoded in one call: the GUID's bytes in the order they are written.
        Span<byte> digits = stackalloc byte[Digits];
        text[..8].CopyTo(digits);
        text.Slice(9, 4).CopyTo(digits[8..]);
        text.Slice(14, 4).CopyTo(digits[12..]);
        text.Slice(19, 4).CopyTo(digits[16..]);
        text.Slice(24, 12).CopyTo(digits[20..]);
        Span<byte> bytes = stackalloc byte[Bytes];
        if (Convert.FromHexString(digits, bytes, out _, out var written) != OperationStatus.Done || written != Bytes)
        {
            return false;
        }

        value = new Guid(bytes, bigEndian: true);
        return true;
    }
}
