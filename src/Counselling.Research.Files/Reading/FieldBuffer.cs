using System;

namespace Counselling.Research.Files.Reading;

/// <summary>The cells of one line, by layout column, copied into one reused buffer: CSV and JSON Lines readers fill it, one parser reads it.</summary>
internal sealed class FieldBuffer
{
    private readonly int[] _start = new int[CohortColumns.All.Count];
    private readonly int[] _length = new int[CohortColumns.All.Count];
    private char[] _chars;
    private int _used;

    /// <summary>Initializes a buffer with room for <paramref name="capacity"/> characters; it grows for longer lines.</summary>
    public FieldBuffer(int capacity = 1024)
    {
        _chars = new char[capacity];
        Clear();
    }

    public void Clear()
    {
        Array.Fill(_length, -1);
        _used = 0;
    }

    public void Set(int column, ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        var span = Reserve(column, trimmed.Length);
        trimmed.CopyTo(span);
    }

    /// <summary>Reserves room for a value of up to <paramref name="length"/> characters; <see cref="Shrink"/> then sets its real length.</summary>
    public Span<char> Reserve(int column, int length)
    {
        if (_used + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
        }

        _start[column] = _used;
        _length[column] = length;
        _used += length;
        return _chars.AsSpan(_start[column], length);
    }

    public void Shrink(int column, int length)
    {
        var trimmed = _chars.AsSpan(_start[column], length).Trim();
        var offset = trimmed.IsEmpty ? 0 : _chars.AsSpan(_start[column], length).IndexOf(trimmed);
        _start[column] += offset;
        _length[column] = trimmed.Length;
    }

    /// <summary>Gets a cell's text, trimmed; empty when the cell is empty or absent.</summary>
    public ReadOnlySpan<char> this[int column] => _length[column] <= 0 ? default : _chars.AsSpan(_start[column], _length[column]);
}
