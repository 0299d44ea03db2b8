using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using nietras.SeparatedValues;

namespace Counselling.Research.Files.Reading;

/// <summary>A CSV cohort file read with Sep: the header maps the file's columns to the layout's once, then each row's cells are copied by index.</summary>
internal sealed class CsvCohortReader : CohortReader
{
    private readonly SepReader _reader;
    private readonly TextReader _text;
    private readonly bool _leaveOpen;
    private readonly int[] _layoutOf;
    private readonly int _columns;
    private readonly int[] _spilled;
    private readonly FieldBuffer _spill = new(64);

    public CsvCohortReader(TextReader text, bool leaveOpen)
    {
        _text = text;
        _leaveOpen = leaveOpen;
        _reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
        var names = _reader.Header.ColNames;
        _columns = names.Count;
        _layoutOf = new int[_columns];
        _spilled = new int[_columns];
        var seen = new bool[CohortColumns.All.Count];
        for (var i = 0; i < _columns; i++)
        {
            var index = CohortColumns.IndexOf(names[i].Trim().TrimStart('\uFEFF'));
            _layoutOf[i] = index >= 0 && !seen[index] ? index : -1;
            if (index >= 0)
            {
                seen[index] = true;
            }
        }

        foreach (var required in CohortColumns.Required)
        {
            if (!seen[CohortColumns.IndexOf(required)])
            {
                _reader.Dispose();
                throw new CohortFileException(new CohortProblem(1, required, CohortFileCodes.ColumnMissing));
            }
        }
    }

    private protected override bool TryReadCells(FieldBuffer cells, out long line, out CohortProblem? problem)
    {
        problem = null;
        if (!_reader.MoveNext())
        {
            line = 0;
            return false;
        }

        var row = _reader.Current;
        line = row.LineNumberFrom;
        if (row.ColCount != _columns)
        {
            problem = new CohortProblem(line, null, CohortFileCodes.CellCount);
            return true;
        }

        // Sep unescapes a quoted cell in place, inside the record's text: each cell is found in that text, which is then
        // copied once, rather than cell by cell. A cell found elsewhere (never seen) is copied on its own, after it.
        var text = row.Span;
        ref var origin = ref MemoryMarshal.GetReference(text);
        var spilled = 0;
        for (var i = 0; i < _columns; i++)
        {
            if (_layoutOf[i] < 0)
            {
                continue;
            }

            var cell = Trimmed(row[i].Span);
            var offset = Unsafe.ByteOffset(ref origin, ref MemoryMarshal.GetReference(cell)) / sizeof(char);
            if (offset >= 0 && offset + cell.Length <= text.Length)
            {
                cells.Place(_layoutOf[i], (int)offset, cell.Length);
            }
            else
            {
                _spilled[spilled++] = i;
                _spill.Set(_layoutOf[i], cell);
            }
        }

        cells.Load(text);
        for (var s = 0; s < spilled; s++)
        {
            cells.Set(_layoutOf[_spilled[s]], _spill[_layoutOf[_spilled[s]]]);
        }

        if (spilled > 0)
        {
            _spill.Clear();
        }

        return true;
    }

    /// <summary>A cell without white space at either end: most cells have none, and are given back without a call to trim them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> cell)
    {
        // Every white-space character is a control character, the space, or at or above U+0085: only such an end is trimmed.
        static bool MayBeSpace(char c) => c <= ' ' || c >= '\u0085';
        return cell.IsEmpty || !(MayBeSpace(cell[0]) || MayBeSpace(cell[^1])) ? cell : cell.Trim();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
            if (!_leaveOpen)
            {
                _text.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
