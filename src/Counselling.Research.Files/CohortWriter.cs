using System;
using System.IO;
using Counselling.Research.Files.Writing;

namespace Counselling.Research.Files;

/// <summary>
/// Writes cases in the flat layout of <see cref="CohortColumns"/>, as CSV or JSON Lines, one at a time: what a
/// <see cref="CohortReader"/> reads back, value for value. The same cases in the same order always give the same bytes.
/// </summary>
/// <remarks>Not thread-safe. Dispose it to flush; the caller's writer or stream stays open unless told otherwise.</remarks>
public abstract class CohortWriter : IDisposable
{
    /// <summary>Gets how many cases were written.</summary>
    public long Written { get; private set; }

    /// <summary>Starts a CSV cohort file: the header line, then a line per case; quoting only where a cell needs it.</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="writer"/> open.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public static CohortWriter Csv(TextWriter writer, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new CsvCohortWriter(writer, leaveOpen);
    }

    /// <summary>Starts a JSON Lines cohort file: one object a line, UTF-8, without the keys of empty values.</summary>
    /// <param name="stream">Where the bytes go.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static CohortWriter JsonLines(Stream stream, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new JsonLinesCohortWriter(stream, leaveOpen);
    }

    /// <summary>Writes one case.</summary>
    /// <param name="row">The case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public void Write(CohortRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        WriteRow(row);
        Written++;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Flushes and releases what the writer holds.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    private protected abstract void WriteRow(CohortRow row);
}
