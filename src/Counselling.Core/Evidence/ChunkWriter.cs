using System;
using System.Runtime.CompilerServices;

namespace Counselling.Core.Evidence;

/// <summary>
/// Writes a list whose length is known ahead (at most, or about) into chunks of <c>2^shift</c> items, so that no array
/// reaches the large-object heap however long the list; a list that fits in one chunk is written into one array at
/// its expected length, which it hands over as it is. A mutable struct: keep it in a field.
/// </summary>
/// <typeparam name="T">The kind of item.</typeparam>
internal struct ChunkWriter<T>
{
    private const int FirstLength = 4;

    private readonly int _shift;
    private readonly int _expected;
    private readonly bool _fill;
    private readonly T _empty;
    // The first chunk, all a short list has; the others (and the first again) in the directory, made when a second
    // chunk is.
    private T[] _first;
    private T[]?[]? _chunks;

    // The chunk written last, and the position of its first item, read directly: the facts come in order, and each
    // link points a few facts back, so nearly every write lands in it, however many chunks came before.
    private T[] _current;
    private int _base;

    /// <summary>Initializes a writer for about <paramref name="expected"/> items.</summary>
    /// <param name="expected">The items expected.</param>
    /// <param name="shift">The base-2 logarithm of a chunk's length.</param>
    /// <param name="fill">Whether a slot not written reads as <paramref name="empty"/> (links); otherwise each slot is written before it is read, and chunks are not cleared.</param>
    /// <param name="empty">What a slot not written reads as, when <paramref name="fill"/>.</param>
    public ChunkWriter(int expected, int shift, bool fill = false, T empty = default!)
    {
        _shift = shift;
        _expected = expected;
        _fill = fill;
        _empty = empty;
        _first = [];
        _current = _first;
    }

    /// <summary>Gets the slot at a position, making room for it.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The slot.</returns>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var current = _current;
            var local = unchecked((uint)(index - _base));
            if (local < (uint)current.Length)
            {
                return ref current[(int)local];
            }

            return ref Slot(index);
        }
    }

    /// <summary>Tells whether <paramref name="length"/> items fit in one chunk: then <see cref="Single"/> hands them over, else <see cref="ToChunks"/>.</summary>
    /// <param name="length">The items written.</param>
    /// <returns><see langword="true"/> for one chunk.</returns>
    public readonly bool IsSingle(int length) => length <= 1 << _shift;

    /// <summary>The items written as one array: the first chunk when it holds them exactly, else a copy at their length.</summary>
    /// <param name="length">The items written, at most one chunk.</param>
    /// <returns>The array.</returns>
    public T[] Single(int length)
    {
        if (length == 0)
        {
            return [];
        }

        _ = this[length - 1];
        return _first.Length == length ? _first : _first.AsSpan(0, length).ToArray();
    }

    /// <summary>The items written, in chunks: every chunk below the length made (filled when not written), the last one as long as it was made.</summary>
    /// <param name="length">The items written.</param>
    /// <returns>The chunked list.</returns>
    public FactChunks<T> ToChunks(int length)
    {
        if (length > 0)
        {
            _ = this[length - 1];
        }

        var count = (length + (1 << _shift) - 1) >> _shift;
        var chunks = new T[count][];
        for (var c = 0; c < count; c++)
        {
            // A chunk before the last is made whole, so that a position is found by a shift and a mask.
            var chunk = (c == 0 ? _first : _chunks![c]) ?? Grow(c, 0);
            if (c < count - 1 && chunk.Length < 1 << _shift)
            {
                chunk = Lengthen(c, 1 << _shift);
            }

            chunks[c] = chunk;
        }

        return new FactChunks<T>(chunks, length, _shift);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ref T Slot(int index)
    {
        var c = index >> _shift;
        var local = index & ((1 << _shift) - 1);
        var chunk = c == 0 ? _first : (uint)c < (uint)(_chunks?.Length ?? 0) ? _chunks![c] : null;
        if (chunk is null || (uint)local >= (uint)chunk.Length)
        {
            // Making a chunk makes it the one written last (Set).
            return ref Grow(c, local)[local];
        }

        _current = chunk;
        _base = c << _shift;
        return ref chunk[local];
    }

    private T[] Grow(int c, int local)
    {
        if (c > 0 && (_chunks is null || c >= _chunks.Length))
        {
            var directory = new T[]?[Math.Max(c + 1, Math.Max(4, (_expected + (1 << _shift) - 1) >> _shift))];
            _chunks?.CopyTo(directory, 0);
            directory[0] = _first;
            _chunks = directory;
        }

        var chunk = 1 << _shift;
        var existing = c == 0 ? (_first.Length == 0 ? null : _first) : _chunks![c];
        if (existing is not null)
        {
            return Lengthen(c, Math.Min(chunk, Math.Max(local + 1, Math.Max(FirstLength, existing.Length * 2))));
        }

        // A chunk is made at the length the expected items need of it. Past them, the first is short and doubles as items
        // come; a later one is whole, the list having filled one already.
        var rest = _expected - (c << _shift);
        return Set(c, Make(Math.Min(chunk, Math.Max(local + 1, rest > 0 ? rest : c == 0 ? FirstLength : chunk))));
    }

    private T[] Lengthen(int c, int length)
    {
        var longer = Make(length);
        (c == 0 ? _first : _chunks![c])!.CopyTo(longer, 0);
        return Set(c, longer);
    }

    private T[] Set(int c, T[] chunk)
    {
        // The chunk replaced may be the one written last: it is read no more.
        _current = chunk;
        _base = c << _shift;

        if (c == 0)
        {
            _first = chunk;
        }

        if (_chunks is not null)
        {
            _chunks[c] = chunk;
        }

        return chunk;
    }

    private readonly T[] Make(int length)
    {
        if (!_fill)
        {
            return GC.AllocateUninitializedArray<T>(length);
        }

        var chunk = GC.AllocateUninitializedArray<T>(length);
        Array.Fill(chunk, _empty);
        return chunk;
    }
}
