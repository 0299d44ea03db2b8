using System;

namespace Counselling.Core.Json;

/// <summary>
/// An <see cref="int"/> read by System.Text.Json's own converter, written as a JSON integer of at most nine digits, with
/// no leading zero and no minus zero, followed by what ends a value: the JSON reader reads it as the same number. Any
/// other number (a fraction, an exponent, ten digits) is left to the JSON reader.
/// </summary>
internal sealed class WrittenNumber : WrittenValue<int>
{
    private const int LongestDigits = 9;

    public static readonly WrittenNumber Instance = new();

    private WrittenNumber()
    {
    }

    public override int Depth => 0;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out int value)
    {
        value = 0;
        var at = offset;
        var negative = Is(payload, at, (byte)'-');
        if (negative)
        {
            at++;
        }

        var first = at;
        while ((uint)at < (uint)payload.Length && payload[at] is >= (byte)'0' and <= (byte)'9')
        {
            if (at - first == LongestDigits)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (payload[at] - '0');
            at++;
        }

        var digits = at - first;
        if (digits == 0 || (payload[first] == (byte)'0' && (digits > 1 || negative)) || !EndsValue(payload, at))
        {
            value = 0;
            return false;
        }

        value = negative ? -value : value;
        offset = at;
        return true;
    }
}
