using System;
using System.Runtime.CompilerServices;

namespace Counselling.Research.Files.Reading;

/// <summary>The cells of one line, by layout column, copied into one reused buffer: CSV and JSON Lines readers fill it, one parser reads it.</summary>
internal sealed class FieldBuffer
{
    private readonly int[] _start = new int[CohortColumns.All.Count];
    private readonly int[] _length = new int[CohortColumns.All.Count];
    private char[] _chars;
    private int _used;
    private byte[] _raw = [];
    private int _rawLength;
    private Cutter? _deferred;

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
        _deferred = null;
    }

    /// <summary>Keeps a record's raw bytes to be cut into cells later, by <see cref="Complete"/>, on the thread that parses the row.</summary>
    /// <param name="raw">The record's bytes (copied).</param>
    /// <param name="cut">How to cut them into the cells: a problem with the record, or <see langword="null"/>.</param>
    public void Defer(ReadOnlySpan<byte> raw, Cutter cut)
    {
        if (raw.Length > _raw.Length)
        {
            _raw = new byte[Math.Max(raw.Length, _raw.Length * 2)];
        }

        raw.CopyTo(_raw);
        _rawLength = raw.Length;
        _deferred = cut;
    }

    /// <summary>Cuts the deferred bytes, if any, into the cells.</summary>
    /// <param name="line">The record's line, for the problem.</param>
    /// <returns>What is wrong with the record, or <see langword="null"/>.</returns>
    public CohortProblem? Complete(long line)
    {
        if (_deferred is not { } cut)
        {
            return null;
        }

        _deferred = null;
        return cut(_raw.AsSpan(0, _rawLength), this, line);
    }

    /// <summary>Cuts a record's raw bytes into cells.</summary>
    public delegate CohortProblem? Cutter(ReadOnlySpan<byte> raw, FieldBuffer cells, long line);

    /// <summary>Copies a whole record's text in one go, ahead of its cells: <see cref="Place"/> then says where each cell is in it.</summary>
    public void Load(ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length)
        {
            _chars = new char[Math.Max(_chars.Length * 2, text.Length)];
        }

        text.CopyTo(_chars);
        _used = text.Length;
    }

    /// <summary>Sets a cell to the characters at <paramref name="start"/> of the text <see cref="Load"/> copied, already trimmed.</summary>
    public void Place(int column, int start, int length)
    {
        _start[column] = start;
        _length[column] = length;
    }

    public void Set(int column, ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        var span = Reserve(column, trimmed.Length);
        trimmed.CopyTo(span);
    }

    /// <summary>Reserves room for a value of up to <paramref name="length"/> characters; <see cref="Shrink"/> then sets its real length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
        var start = _start[column];
        if (length == 0 || (!char.IsWhiteSpace(_chars[start]) && !char.IsWhiteSpace(_chars[start + length - 1])))
        {
            // Nothing to trim at either end (most cells): the length is all there is to set.
            _length[column] = length;
            return;
        }

        // The trimmed text starts where the white space in front of it ends: no search for it.
        var value = _chars.AsSpan(_start[column], length);
        var trimmed = value.Trim();
        _start[column] += trimmed.IsEmpty ? 0 : value.Length - value.TrimStart().Length;
        _length[column] = trimmed.Length;
    }

    /// <summary>Gets a cell's text, trimmed; empty when the cell is empty or absent.</summary>
    public ReadOnlySpan<char> this[int column]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _length[column] <= 0 ? default : _chars.AsSpan(_start[column], _length[column]);
    }
}
