using System;
using System.Collections.Immutable;
using System.Threading;

namespace Counselling.Core.Json;

/// <summary>
/// An <see cref="ImmutableArray{T}"/> written <c>[e1,e2,…]</c>, each element read from its bytes, as
/// <see cref="ArrayReader{T}"/> reads it with the JSON reader.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class WrittenArray<T>(WrittenValue<T> element) : WrittenValue<ImmutableArray<T>>
{
    /// <summary>A builder kept for the next read (taken by one read at a time), so a read allocates only its array.</summary>
    private ImmutableArray<T>.Builder? _spare;

    public override int Depth { get; } = element.Depth + 1;

    public override bool TryRead(ReadOnlySpan<byte> payload, ref int offset, out ImmutableArray<T> value)
    {
        value = default;
        if (!Is(payload, offset, (byte)'['))
        {
            return false;
        }

        var at = offset + 1;
        if (Is(payload, at, (byte)']'))
        {
            value = ImmutableArray<T>.Empty;
            offset = at + 1;
            return true;
        }

        // One element (the common case, such as a session's outcome) is put in an array of one, without the builder.
        if (!element.TryRead(payload, ref at, out var first))
        {
            return false;
        }

        if (Is(payload, at, (byte)']'))
        {
            value = ImmutableArray.Create(first);
            offset = at + 1;
            return true;
        }

        var items = Interlocked.Exchange(ref _spare, null) ?? ImmutableArray.CreateBuilder<T>();
        try
        {
            items.Add(first);
            while (Is(payload, at, (byte)','))
            {
                at++;
                if (!element.TryRead(payload, ref at, out var next))
                {
                    return false;
                }

                items.Add(next);
            }

            if (!Is(payload, at, (byte)']'))
            {
                return false;
            }

            value = items.ToImmutable();
            offset = at + 1;
            return true;
        }
        finally
        {
            items.Clear();
            _spare = items;
        }
    }
}
