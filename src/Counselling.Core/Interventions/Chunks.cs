using System;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>
/// The storage of the aggregate's lists that grow with its history: a first array that doubles up to one chunk, then
/// chunks of that size in a small directory, so no array ever reaches the large-object heap (85,000 bytes), where each
/// long rebuild would leave arrays that only a full collection reclaims. A position is found by a shift and a mask; the
/// first chunk, all a short list ever has, is read directly.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal struct Chunks<T>
{
    private const int FirstCapacity = 4;

    private readonly int _shift;
    private T[] _first;

    // Once the list outgrows its first chunk: every chunk, the first one included, in order; the slots past the last
    // chunk made are empty.
    private T[][]? _chunks;
    private int _capacity;

    /// <summary>Initializes empty storage whose chunks hold <c>2^shift</c> elements.</summary>
    /// <param name="shift">The base-2 logarithm of a chunk's length.</param>
    public Chunks(int shift)
    {
        _shift = shift;
        _first = [];
    }

    /// <summary>Gets the base-2 logarithm of the longest chunk of <typeparamref name="T"/> (<see cref="ChunkLength{T}"/>).</summary>
    public static int LargestShift => ChunkLength<T>.Shift;

    /// <summary>Gets how many elements fit before the storage must grow.</summary>
    public readonly int Capacity => _capacity;

    /// <summary>Gets the element at a position below <see cref="Capacity"/>.</summary>
    /// <param name="index">The position.</param>
    public readonly ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var first = _first;
            if ((uint)index < (uint)first.Length)
            {
                return ref first[index];
            }

            return ref _chunks![index >> _shift][index & ((1 << _shift) - 1)];
        }
    }

    /// <summary>
    /// Gets the element at a random position of storage made whole by <see cref="Allocate"/> (an index's slots). The way
    /// in depends only on how the storage was made (one array, or chunks), not on the position: the indexer takes the
    /// first chunk for some positions and the directory for the rest, a branch the processor cannot predict when the
    /// positions are random (half of them mispredicted with two chunks).
    /// </summary>
    /// <param name="index">The position, below <see cref="Capacity"/>.</param>
    /// <returns>The element.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly ref T Slot(int index)
    {
        var chunks = _chunks;
        if (chunks is null)
        {
            return ref _first[index];
        }

        return ref chunks[index >> _shift][index & ((1 << _shift) - 1)];
    }

    /// <summary>Gets the first chunk (the whole list while it is short), to read directly.</summary>
    public readonly T[] First => _first;

    /// <summary>
    /// Makes room for one more element, the list holding <see cref="Capacity"/> of them: the first array doubles up to a
    /// chunk; then a chunk is added, as long as the elements expected need (a whole chunk past them); a last chunk made
    /// shorter doubles up to a whole one.
    /// </summary>
    /// <param name="expected">The elements expected in all (made room for ahead by the list's owner), or 0 when unknown.</param>
    public void Grow(int expected = 0)
    {
        var chunk = 1 << _shift;
        if (_capacity < chunk)
        {
            ResizeFirst(Math.Min(chunk, Math.Max(FirstCapacity, _capacity * 2)));
            return;
        }

        var last = _capacity & (chunk - 1);
        var next = _capacity >> _shift;
        if (last != 0)
        {
            // The last chunk is shorter than a chunk: lengthened in place of itself.
            var longer = new T[Math.Min(chunk, last * 2)];
            Array.Copy(_chunks![next], longer, last);
            _chunks[next] = longer;
            _capacity += longer.Length - last;
            return;
        }

        var wanted = expected - _capacity;
        var length = wanted > 0 && wanted < chunk ? wanted : chunk;
        ReserveDirectory(next + 1);
        _chunks![next] = new T[length];
        _capacity += length;
    }

    /// <summary>
    /// Prepares for <paramref name="capacity"/> elements: a short list gets its first array at that size; a long one its
    /// first chunk and a directory with room for every chunk, each made only when an element needs it (so an estimate
    /// too high costs no memory).
    /// </summary>
    /// <param name="capacity">The number of elements expected.</param>
    public void Reserve(int capacity)
    {
        var chunk = 1 << _shift;
        if (capacity <= _capacity)
        {
            return;
        }

        if (capacity <= chunk)
        {
            ResizeFirst(capacity);
            return;
        }

        if (_capacity < chunk)
        {
            ResizeFirst(chunk);
        }

        ReserveDirectory((int)(((long)capacity + chunk - 1) >> _shift));
    }

    /// <summary>Makes exactly <paramref name="length"/> elements, all default: a length above a chunk is a multiple of it.</summary>
    /// <param name="length">The length.</param>
    public void Allocate(int length)
    {
        var chunk = 1 << _shift;
        if (length <= chunk)
        {
            _first = new T[length];
            _chunks = null;
            _capacity = length;
            return;
        }

        _first = new T[chunk];
        _chunks = new T[length >> _shift][];
        _chunks[0] = _first;
        for (var c = 1; c < _chunks.Length; c++)
        {
            _chunks[c] = new T[chunk];
        }

        _capacity = _chunks.Length << _shift;
    }

    private void ResizeFirst(int length)
    {
        var first = new T[length];
        Array.Copy(_first, first, _first.Length);
        _first = first;
        _capacity = length;
        if (_chunks is not null)
        {
            _chunks[0] = first;
        }
    }

    private void ReserveDirectory(int chunks)
    {
        if (_chunks is null)
        {
            _chunks = new T[Math.Max(chunks, 4)][];
            _chunks[0] = _first;
        }
        else if (_chunks.Length < chunks)
        {
            var directory = new T[Math.Max(chunks, _chunks.Length * 2)][];
            Array.Copy(_chunks, directory, _chunks.Length);
            _chunks = directory;
        }
    }
}
