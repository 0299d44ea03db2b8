using System.Runtime.CompilerServices;

namespace Counselling.Core.Evidence;

/// <summary>How long the chunks of a case record's long lists are: as many items as fit in 64 KB, by the size of the item.</summary>
internal static class FactChunking
{
    /// <summary>The most bytes one chunk holds: well under the large-object threshold (85,000 bytes), header included.</summary>
    public const int MaxChunkBytes = 65_536;

    /// <summary>The base-2 logarithm of the longest chunk of <typeparamref name="T"/> that stays within <see cref="MaxChunkBytes"/>.</summary>
    /// <typeparam name="T">The kind of item.</typeparam>
    /// <returns>The shift.</returns>
    public static int ShiftOf<T>()
    {
        var size = Unsafe.SizeOf<T>();
        var shift = 0;
        while ((2L << shift) * size <= MaxChunkBytes)
        {
            shift++;
        }

        return shift;
    }
}
