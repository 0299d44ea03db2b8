using System;

namespace Counselling.Core.Json;

/// <summary>A <see cref="bool"/> read by System.Text.Json's own converter, written <c>true</c> or <c>false</c>.</summary>
internal sealed class WrittenBoolean : WrittenValue<bool>
{
    public static readonly WrittenBoolean Instance = new();

    private WrittenBoolean()
    {
    }

    public override int Depth => 0;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out bool value)
    {
        var rest = payload[offset..];
        value = rest.StartsWith("true"u8);
        var length = value ? 4 : rest.StartsWith("false"u8) ? 5 : 0;
        if (length == 0 || !EndsValue(payload, offset + length))
        {
            value = false;
            return false;
        }

        offset += length;
        return true;
    }
}
