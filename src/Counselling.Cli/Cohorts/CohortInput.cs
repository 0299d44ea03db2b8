using System;
using System.IO;
using System.Text;
using Counselling.Research.Files;

namespace Counselling.Cli.Cohorts;

/// <summary>Opens a cohort file by its extension (.csv, .jsonl or .ndjson; "-" reads CSV from standard input) and shows progress on a terminal.</summary>
internal sealed class CohortInput : IDisposable
{
    private readonly Stream _stream;
    private readonly TextWriter? _progress;
    private long _nextReport;

    private CohortInput(Stream stream, CohortReader reader, TextWriter? progress)
    {
        _stream = stream;
        Reader = reader;
        _progress = progress;
    }

    public CohortReader Reader { get; }

    public static CohortInput Open(string path, TextWriter error)
    {
        var progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null;
        if (path == "-")
        {
            var input = Console.OpenStandardInput();
            return new CohortInput(input, CohortReader.Csv(new StreamReader(input, Encoding.UTF8), leaveOpen: false), null);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var reader = IsJsonLines(path)
                ? CohortReader.JsonLines(stream, leaveOpen: true)
                : CohortReader.Csv(new StreamReader(stream, Encoding.UTF8, true, 1 << 16, leaveOpen: true), leaveOpen: false);
            return new CohortInput(stream, reader, progress);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>A few records in memory (CSV with its header, or JSON Lines), read as a file is: to warm the code up.</summary>
    public static CohortInput InMemory(byte[] bytes, bool jsonLines)
    {
        var stream = new MemoryStream(bytes, writable: false);
        var reader = jsonLines ? CohortReader.JsonLines(stream, leaveOpen: true) : CohortReader.Csv(new StreamReader(stream, Encoding.UTF8), leaveOpen: true);
        return new CohortInput(stream, reader, null);
    }

    public static bool IsJsonLines(string path)
        => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Shows how far the reading is, every 100,000 records, when stderr is a terminal.</summary>
    public void Report(long records)
    {
        if (_progress is null || records < _nextReport || !_stream.CanSeek)
        {
            return;
        }

        _nextReport = records + 100_000;
        var share = _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;
        var filled = (int)Math.Round(share * 30);
        _progress.Write(FormattableString.Invariant($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {share,4:P0}  {records:N0} records"));
    }

    public void Dispose()
    {
        if (_progress is not null && _nextReport > 0)
        {
            _progress.Write("\r" + new string(' ', 60) + "\r");
        }

        Reader.Dispose();
        _stream.Dispose();
    }
}
