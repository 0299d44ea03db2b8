using System;

namespace Counselling.Core.Json;

/// <summary>
/// An optional value, written <c>null</c> or as its value is: System.Text.Json reads the value with the converter of its
/// type, so it is read from its bytes by that type's reader.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class WrittenNullable<T>(WrittenValue<T> value) : WrittenValue<T?>
    where T : struct
{
    public override int Depth => value.Depth;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out T? read)
    {
        read = null;
        if (payload[offset..].StartsWith("null"u8))
        {
            if (!EndsValue(payload, offset + 4))
            {
                return false;
            }

            offset += 4;
            return true;
        }

        if (!value.TryRead(payload, ref offset, out var given))
        {
            return false;
        }

        read = given;
        return true;
    }
}
