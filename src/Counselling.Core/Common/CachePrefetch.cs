using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Counselling.Core.Common;

/// <summary>
/// Asks the processor to start loading an object's or an array's first cache lines: the one way the library takes an
/// object's address for a prefetch, shared by the engine's walk over records and the rebuild of long histories.
/// </summary>
/// <remarks>
/// A prefetch is only a hint: it never faults, changes no value and has no effect on the result; if the garbage
/// collector moves an object in between, the hint is merely wasted. Without SSE (other processors) it does nothing.
/// Called with a constant count of lines, the tests on the count fold away once inlined.
/// </remarks>
internal static unsafe class CachePrefetch
{
    /// <summary>The first <paramref name="lines"/> cache lines (at most eight) of an object, from its header on.</summary>
    /// <param name="value">The object, or <see langword="null"/> (nothing then).</param>
    /// <param name="lines">How many lines, a constant.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Object(object? value, int lines)
    {
        if (Sse.IsSupported && value is not null)
        {
            // The object's first field, seen as a byte: the object starts a pointer's width before it.
            Lines((byte*)Unsafe.AsPointer(ref Unsafe.As<RawObject>(value).Data) - sizeof(nint), lines);
        }
    }

    /// <summary>The first <paramref name="lines"/> cache lines (at most eight) of an array, from its header on.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="array">The array, or <see langword="null"/> (nothing then).</param>
    /// <param name="lines">How many lines, a constant.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Array<T>(T[]? array, int lines)
    {
        if (Sse.IsSupported && array is not null)
        {
            // The header (the length) sits 16 bytes before the data.
            Lines((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)) - 16, lines);
        }
    }

    /// <summary>The cache line that holds an item.</summary>
    /// <typeparam name="T">The type of the item.</typeparam>
    /// <param name="item">The item, in an array or another object.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Item<T>(ref T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref item));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Lines(byte* start, int lines)
    {
        unchecked
        {
            Sse.Prefetch0(start);
            if (lines > 1)
            {
                Sse.Prefetch0(start + 64);
            }

            if (lines > 2)
            {
                Sse.Prefetch0(start + 128);
                Sse.Prefetch0(start + 192);
            }

            if (lines > 4)
            {
                Sse.Prefetch0(start + 256);
                Sse.Prefetch0(start + 320);
            }

            if (lines > 6)
            {
                Sse.Prefetch0(start + 384);
                Sse.Prefetch0(start + 448);
            }
        }
    }

    /// <summary>Any object seen as its first field, to take the object's address without exposing a reference to it.</summary>
    private sealed class RawObject
    {
#pragma warning disable CS0649 // Never written: only its address is taken, of objects that are not of this type.
        public byte Data;
#pragma warning restore CS0649
    }
}
