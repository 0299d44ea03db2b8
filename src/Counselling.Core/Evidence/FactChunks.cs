using System;
using System.Runtime.CompilerServices;

namespace Counselling.Core.Evidence;

/// <summary>
/// A long list of a case record kept in chunks of <c>2^shift</c> items, each well under the large-object threshold
/// (85,000 bytes), so that projecting a long history leaves no array that only a full collection reclaims. A walk
/// reads it chunk by chunk (<see cref="Chunk"/>); a random read through a link finds an item by a shift and a mask.
/// </summary>
/// <remarks>
/// Only a list longer than one chunk is kept so: a shorter one (every realistic record) stays a single array. The
/// chunks are never written once the record holds them.
/// </remarks>
/// <typeparam name="T">The kind of item.</typeparam>
internal sealed class FactChunks<T>
{
    private readonly T[][] _chunks;

    /// <summary>Initializes a list from its chunks: every chunk but the last full, the last holding at least the rest.</summary>
    /// <param name="chunks">The chunks, in order.</param>
    /// <param name="length">The number of items.</param>
    /// <param name="shift">The base-2 logarithm of a chunk's length.</param>
    public FactChunks(T[][] chunks, int length, int shift)
    {
        _chunks = chunks;
        Length = length;
        Shift = shift;
    }

    /// <summary>Gets the number of items.</summary>
    public int Length { get; }

    /// <summary>Gets the base-2 logarithm of a chunk's length.</summary>
    public int Shift { get; }

    /// <summary>Gets how many chunks hold the items.</summary>
    public int ChunkCount => (Length + (1 << Shift) - 1) >> Shift;

    /// <summary>Gets the item at a position.</summary>
    /// <param name="index">The position, below <see cref="Length"/>.</param>
    public ref readonly T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _chunks[index >> Shift][index & ((1 << Shift) - 1)];
    }

    /// <summary>Copies a list into chunks of <c>2^shift</c> items.</summary>
    /// <param name="items">The items.</param>
    /// <param name="shift">The base-2 logarithm of a chunk's length.</param>
    /// <returns>The chunked list.</returns>
    public static FactChunks<T> Of(ReadOnlySpan<T> items, int shift)
    {
        var length = 1 << shift;
        var chunks = new T[(items.Length + length - 1) >> shift][];
        for (var c = 0; c < chunks.Length; c++)
        {
            chunks[c] = items.Slice(c << shift, Math.Min(length, items.Length - (c << shift))).ToArray();
        }

        return new FactChunks<T>(chunks, items.Length, shift);
    }

    /// <summary>Gets the items of one chunk.</summary>
    /// <param name="chunk">The chunk, below <see cref="ChunkCount"/>.</param>
    /// <returns>Its items: a whole chunk, or the rest for the last one.</returns>
    public ReadOnlySpan<T> Chunk(int chunk) => new(_chunks[chunk], 0, Math.Min(1 << Shift, Length - (chunk << Shift)));

    /// <summary>Copies the items into one new array (a public form, or a builder's own copy).</summary>
    /// <returns>The items.</returns>
    public T[] ToArray()
    {
        var items = new T[Length];
        for (var c = 0; c < ChunkCount; c++)
        {
            Chunk(c).CopyTo(items.AsSpan(c << Shift));
        }

        return items;
    }
}
