using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// Writes per-case results, joinable to the input by <c>case_id</c>: the case and client ids, the group, the as-of date,
/// the state, the verdict, the score, the three axes, one column per criterion of the rubric (named by its code), the days
/// to employment or training and whether it was entered. The same results in the same order give the same bytes.
/// </summary>
/// <remarks>Not thread-safe. Dispose it to finish the file; the caller's writer or stream stays open unless told otherwise.</remarks>
public abstract class CaseResultWriter : IAsyncDisposable
{
    private protected CaseResultWriter(Rubric rubric)
    {
        Rubric = rubric ?? throw new ArgumentNullException(nameof(rubric));
        Columns = ResultNames.Columns(rubric);
        Cells = new string?[Columns.Length];
    }

    /// <summary>Gets the rubric whose criteria are the columns.</summary>
    public Rubric Rubric { get; }

    /// <summary>
    /// Gets or sets the groups whose value is left blank in the <c>group</c> column (small groups could point to the
    /// people in them); <see langword="null"/> keeps every group. Set it before the first result; a Parquet file states it
    /// in its key-value metadata (<c>counselling.small-groups</c>).
    /// </summary>
    public GroupSuppression? Suppression { get; set; }

    /// <summary>Gets how many results were written.</summary>
    public long Written { get; private set; }

    private protected string[] Columns { get; }

    private protected string?[] Cells { get; }

    /// <summary>Starts a CSV file of results (Sep, comma-separated, a header line).</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <param name="rubric">The rubric of the run.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="writer"/> open.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static CaseResultWriter Csv(TextWriter writer, Rubric rubric, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new CsvCaseResultWriter(writer, rubric, leaveOpen);
    }

    /// <summary>Starts a JSON Lines file of results (one object a line, UTF-8, every column as a key, <c>null</c> for an empty cell).</summary>
    /// <param name="stream">Where the bytes go.</param>
    /// <param name="rubric">The rubric of the run.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static CaseResultWriter JsonLines(Stream stream, Rubric rubric, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new JsonLinesCaseResultWriter(stream, rubric, leaveOpen);
    }

    /// <summary>Starts a Parquet file of results, for R (<c>arrow::read_parquet</c>) and pandas (<c>pd.read_parquet</c>): row groups of 100,000 cases, the rubric, the as-of policy and any note (such as the disclosure rule) in the file's key-value metadata.</summary>
    /// <param name="stream">Where the bytes go; written when the writer is disposed.</param>
    /// <param name="rubric">The rubric of the run.</param>
    /// <param name="metadata">Key-value pairs stored in the file, or <see langword="null"/>.</param>
    /// <param name="leaveOpen">Whether disposing this writer leaves <paramref name="stream"/> open.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="rubric"/> is <see langword="null"/>.</exception>
    public static CaseResultWriter Parquet(Stream stream, Rubric rubric, System.Collections.Generic.IReadOnlyDictionary<string, string>? metadata = null, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new ParquetCaseResultWriter(stream, rubric, metadata, leaveOpen);
    }

    /// <summary>Writes one result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the result is written or buffered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public ValueTask WriteAsync(CaseResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ResultNames.Cells(result, Rubric.Criteria.Length, Cells);
        if (Suppression is { } suppression && suppression.IsSuppressed(result.Group))
        {
            Cells[ResultNames.GroupColumn] = null;
        }

        Written++;
        return WriteCellsAsync(result, cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Finishes the file and releases what the writer holds.</summary>
    /// <returns>A task that completes when done.</returns>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;

    private protected abstract ValueTask WriteCellsAsync(CaseResult result, CancellationToken cancellationToken);
}
