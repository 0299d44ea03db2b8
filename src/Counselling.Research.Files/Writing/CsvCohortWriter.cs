using System;
using System.IO;
using nietras.SeparatedValues;

namespace Counselling.Research.Files.Writing;

/// <summary>A CSV cohort file written with Sep.</summary>
internal sealed class CsvCohortWriter : CohortWriter
{
    private readonly SepWriter _writer;
    private readonly char[] _scratch = new char[64];

    public CsvCohortWriter(TextWriter text, bool leaveOpen)
    {
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen);
        _writer.Header.Add(CohortColumns.All);
        _writer.Header.Write();
    }

    private protected override void WriteRow(CohortRow row)
    {
        using var line = _writer.NewRow();
        for (var i = 0; i < CohortColumns.All.Count; i++)
        {
            var length = CohortCells.Format(row, i, _scratch, out var text);
            line[i].Set(length < 0 ? default : text is null ? _scratch.AsSpan(0, length) : text.AsSpan());
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }

        base.Dispose(disposing);
    }
}
