using System;
using System.Collections.Generic;
using System.IO;
using Counselling.Research.Files.Reading;

namespace Counselling.Research.Files;

/// <summary>
/// Reads a cohort file one record at a time, whatever its size: memory stays flat. A bad record comes back as a
/// <see cref="CohortEntry"/> with its line and field, never dropped; the caller decides to stop or to skip and count.
/// </summary>
/// <remarks>
/// The reader does not own the caller's stream or text reader unless told to (<c>leaveOpen: false</c>). Not
/// thread-safe: one reader per file.
/// </remarks>
public abstract class CohortReader : IDisposable
{
    private readonly FieldBuffer _cells = new();
    private readonly CohortRowParser _parser = new();

    /// <summary>Gets how many records (lines with a case, good or bad) were read so far.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Opens a CSV cohort file: a header line naming the columns of <see cref="CohortColumns"/>, comma-separated, quoted as RFC 4180 says.</summary>
    /// <param name="reader">The text, positioned at the header.</param>
    /// <param name="leaveOpen">Whether disposing this reader leaves <paramref name="reader"/> open.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="CohortFileException">The header lacks a required column (<see cref="CohortFileCodes.ColumnMissing"/>).</exception>
    public static CohortReader Csv(TextReader reader, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new CsvCohortReader(reader, leaveOpen);
    }

    /// <summary>Opens a JSON Lines cohort file: one JSON object a line, keyed by the columns of <see cref="CohortColumns"/>, UTF-8.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="leaveOpen">Whether disposing this reader leaves <paramref name="stream"/> open.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static CohortReader JsonLines(Stream stream, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new JsonLinesCohortReader(stream, leaveOpen);
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="entry">The record: a case, or the problem of its line.</param>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    public bool TryRead(out CohortEntry entry)
    {
        if (!TryReadUnparsed(_cells, out var line, out var lineProblem))
        {
            entry = default;
            return false;
        }

        entry = Parse(_parser, _cells, line, lineProblem);
        return true;
    }

    /// <summary>
    /// Reads the next record's cells without turning them into a row: a host that parses on other threads hands the
    /// cells to <see cref="Parse"/> there, with one parser per thread. Counted in <see cref="RecordsRead"/>.
    /// </summary>
    internal bool TryReadUnparsed(FieldBuffer cells, out long line, out CohortProblem? lineProblem)
    {
        cells.Clear();
        if (!TryReadCells(cells, out line, out lineProblem))
        {
            return false;
        }

        RecordsRead++;
        return true;
    }

    /// <summary>The record of cells read by <see cref="TryReadUnparsed"/>: the case, or the first problem of its line.</summary>
    internal static CohortEntry Parse(CohortRowParser parser, FieldBuffer cells, long line, CohortProblem? lineProblem, CohortRow? reuse = null)
    {
        if ((lineProblem ?? cells.Complete(line)) is { } bad)
        {
            return new CohortEntry(line, null, bad);
        }

        return parser.TryParse(cells, line, out var row, out var problem, reuse) ? new CohortEntry(line, row, null) : new CohortEntry(line, null, problem);
    }

    /// <summary>Reads every record, lazily, in the order of the file.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<CohortEntry> ReadAll()
    {
        while (TryRead(out var entry))
        {
            yield return entry;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the reader holds.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Reads the cells of the next record into the buffer, by layout column.</summary>
    private protected abstract bool TryReadCells(FieldBuffer cells, out long line, out CohortProblem? problem);
}
