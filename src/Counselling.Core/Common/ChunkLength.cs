using System.Runtime.CompilerServices;

namespace Counselling.Core.Common;

/// <summary>
/// How long a chunk of a long list is: as many items as fit in 64 KB, by the size of the item, so that no array of a
/// list that grows with a history (the aggregate's lists, a case record's facts) reaches the large-object heap
/// (85,000 bytes), which only a full collection reclaims. Worked out once per kind of item.
/// </summary>
/// <typeparam name="T">The kind of item.</typeparam>
internal static class ChunkLength<T>
{
    /// <summary>The most bytes one chunk holds: well under the large-object threshold, header included.</summary>
    public const int MaxChunkBytes = 65_536;

    /// <summary>Gets the base-2 logarithm of the longest chunk of <typeparamref name="T"/> that stays within <see cref="MaxChunkBytes"/>.</summary>
    public static int Shift { get; } = ShiftFor(Unsafe.SizeOf<T>());

    private static int ShiftFor(int size)
    {
        var shift = 0;
        while ((2L << shift) * size <= MaxChunkBytes)
        {
            shift++;
        }

        return shift;
    }
}
