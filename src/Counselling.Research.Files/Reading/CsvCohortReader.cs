using System.IO;
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

    public CsvCohortReader(TextReader text, bool leaveOpen)
    {
        _text = text;
        _leaveOpen = leaveOpen;
        _reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text);
        var names = _reader.Header.ColNames;
        _columns = names.Count;
        _layoutOf = new int[_columns];
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

        for (var i = 0; i < _columns; i++)
        {
            if (_layoutOf[i] >= 0)
            {
                cells.Set(_layoutOf[i], row[i].Span);
            }
        }

        return true;
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
