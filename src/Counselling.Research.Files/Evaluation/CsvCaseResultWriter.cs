using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
using nietras.SeparatedValues;

namespace Counselling.Research.Files.Evaluation;

/// <summary>Per-case results as CSV, written with Sep.</summary>
internal sealed class CsvCaseResultWriter : CaseResultWriter
{
    private readonly SepWriter _writer;

    public CsvCaseResultWriter(TextWriter text, Rubric rubric, bool leaveOpen)
        : base(rubric)
    {
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen);
        _writer.Header.Add(Columns);
        _writer.Header.Write();
    }

    private protected override ValueTask WriteCellsAsync(CaseResult result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var row = _writer.NewRow();
        for (var i = 0; i < Cells.Length; i++)
        {
            row[i].Set(Cells[i]);
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask DisposeAsyncCore()
    {
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }
}
