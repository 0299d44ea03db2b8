using System;
using System.Globalization;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Files.Reading;
using Counselling.Research.Pseudonyms;
using NodaTime;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// Reads a cohort file once, evaluates each case, counts it in the table and hands its result to an optional per-case
/// writer. A bad record stops a strict run (exit 1) or is skipped and counted; the tally goes to stderr either way.
/// </summary>
internal sealed class CohortRun(Rubric rubric, CaseAsOf asOf, Func<CohortRow, string?> groupBy, bool strict, Pseudonymizer? pseudonymizer)
{
    /// <summary>Gets the records read at a time: 8,192 for a file, fewer to warm up on a few records.</summary>
    public int BatchSize { get; init; } = 8192;

    /// <summary>The rows a worker takes at a time from a batch.</summary>
    private const int Chunk = 256;

    /// <summary>The status of a record skipped for a problem, beside the statuses of <see cref="CaseOutcomeStatus"/>.</summary>
    private const byte Skipped = byte.MaxValue;

    public CohortTally Tally { get; } = new();

    public CohortTable? Table { get; private set; }

    /// <summary>Runs over the file; <paramref name="quiet"/> leaves out the tally (a first pass that only counts the groups).</summary>
    public async Task<int> RunAsync(string path, TextWriter error, bool keepTimes, CaseResultWriter? perCase, bool quiet = false)
    {
        using var input = CohortInput.Open(path, error);
        return await RunAsync(input, error, keepTimes, perCase, quiet).ConfigureAwait(false);
    }

    /// <summary>Runs over an input already open (a file, or a few records in memory when the command warms up).</summary>
    public async Task<int> RunAsync(CohortInput input, TextWriter error, bool keepTimes, CaseResultWriter? perCase, bool quiet = false)
    {
        Table = new CohortTable(rubric, keepTimes);

        // This thread only cuts the file into cells; the cases are parsed, mapped and evaluated in batches on every core
        // (one parser and one evaluator per worker, rows handed out in chunks so that no core waits for another), then
        // counted and written in the order of the file: the same output as one thread, faster.
        var workers = Math.Max(1, Environment.ProcessorCount);

        // Every worker, and this thread once it resumes on the pool, needs a pool thread at once: the pool would otherwise
        // add the missing ones only after a delay, leaving a core idle at the start.
        ThreadPool.GetMinThreads(out var minimum, out var minimumIo);
        if (minimum < workers + 2)
        {
            ThreadPool.SetMinThreads(workers + 2, minimumIo);
        }

        var evaluators = new CohortEvaluator[workers];
        var parsers = new CohortRowParser[workers];
        for (var w = 0; w < workers; w++)
        {
            evaluators[w] = new CohortEvaluator(rubric, asOf, DateTimeZoneProviders.Tzdb, groupBy);
            parsers[w] = new CohortRowParser();
        }

        // Without per-case output or times to keep, each worker counts the cases it evaluates in a table of its own (no
        // result object per case), and the tables are merged at the end: their counts are sums, the same in any order.
        var tables = perCase is null && !keepTimes ? new CohortTable[workers] : null;
        for (var w = 0; tables is not null && w < workers; w++)
        {
            tables[w] = new CohortTable(rubric);
        }

        // No run reads a row's note; a run that only counts never reads its case and client ids either (its groups are
        // never these ids, see CohortGroups): its parsers leave them out, and its summaries do not name their case.
        for (var w = 0; w < workers; w++)
        {
            parsers[w].KeepsNote = false;
            parsers[w].KeepsIds = tables is null || pseudonymizer is not null;
        }

        var work = new Workers(parsers, evaluators, new CohortRow?[workers], tables);

        // Two batches in turn: while the workers evaluate one batch, this thread reads the next, then counts and writes
        // the one evaluated while the next is evaluated: reading, evaluating and writing overlap.
        var batches = new[] { new CellBatch(BatchSize), new CellBatch(BatchSize) };
        var current = 0;
        var count = ReadBatch(input.Reader, batches[current]);
        var evaluation = Start(work, batches[current], count);
        while (count > 0)
        {
            input.Report(input.Reader.RecordsRead);
            var next = 1 - current;
            var nextCount = 0;
            ExceptionDispatchInfo? readFailure = null;
            try
            {
                nextCount = ReadBatch(input.Reader, batches[next]);
            }
            catch (Exception e)
            {
                // A failure reading ahead surfaces once the batch before it is counted and written, as when reading in turn.
                readFailure = ExceptionDispatchInfo.Capture(e);
            }

            await evaluation.ConfigureAwait(false);
            evaluation = Start(work, batches[next], nextCount);
            var (statuses, batchResults, batchProblems) = (batches[current].Statuses, batches[current].Results, batches[current].Problems);
            for (var i = 0; i < count; i++)
            {
                if (statuses[i] == Skipped)
                {
                    if (strict)
                    {
                        await evaluation.ConfigureAwait(false);
                        error.WriteLine("Stopped at a bad record (--strict): " + batchProblems[i].Describe(CultureInfo.InvariantCulture));
                        error.WriteLine(FormattableString.Invariant($"{Tally.Read + 1} records read, {Tally.Evaluated} evaluated, {Tally.NotEvaluated} not evaluated, 0 skipped; nothing written past this line."));
                        return ExitCodes.BadRecords;
                    }

                    Tally.Skip(batchProblems[i]);
                    continue;
                }

                Tally.Add((CaseOutcomeStatus)statuses[i]);
                if (tables is null)
                {
                    var result = batchResults[i]!;
                    Table.Add(result);
                    if (perCase is not null)
                    {
                        await perCase.WriteAsync(result).ConfigureAwait(false);
                    }
                }
            }

            readFailure?.Throw();
            current = next;
            count = nextCount;
        }

        foreach (var table in tables ?? [])
        {
            Table.Merge(table);
        }

        if (!quiet)
        {
            WriteTally(error);
        }

        return ExitCodes.Ok;
    }

    private static int ReadBatch(CohortReader reader, CellBatch batch)
    {
        var count = 0;
        while (count < batch.Cells.Length && reader.TryReadUnparsed(batch.Cells[count], out batch.Lines[count], out batch.LineProblems[count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Starts evaluating a batch on the workers; nothing to wait for when the batch is empty.</summary>
    private Task Start(Workers work, CellBatch batch, int count)
        => count == 0 ? Task.CompletedTask : Task.Run(() => Evaluate(work, batch, count));

    private void Evaluate(Workers work, CellBatch batch, int count)
    {
        var chunks = (count + Chunk - 1) / Chunk;
        var taken = -1;
        Parallel.For(0, work.Evaluators.Length, w =>
        {
            for (var c = Interlocked.Increment(ref taken); c < chunks; c = Interlocked.Increment(ref taken))
            {
                for (var i = c * Chunk; i < Math.Min(count, (c + 1) * Chunk); i++)
                {
                    Evaluate(work, w, batch, i);
                }
            }
        });
    }

    /// <summary>Parses and evaluates one record on worker <paramref name="w"/>: counted in its table, or kept as a result to count and write in order.</summary>
    private void Evaluate(Workers work, int w, CellBatch batch, int i)
    {
        if (work.Tables is null)
        {
            batch.Results[i] = null;
        }

        batch.Statuses[i] = Skipped;
        var parser = work.Parsers[w];
        var entry = CohortReader.Parse(parser, batch.Cells[i], batch.Lines[i], batch.LineProblems[i], work.Rows[w]);
        if (entry.Row is not { } parsed)
        {
            batch.Problems[i] = entry.Problem ?? default;
            return;
        }

        // The worker's row is filled anew for its next record: nothing keeps it (a result copies the identifiers it needs).
        work.Rows[w] ??= parsed;
        var row = pseudonymizer is null ? parsed : parsed.Pseudonymize(pseudonymizer);
        if (!work.Evaluators[w].TryEvaluateFigures(row, entry.Line, parser.Days, namesCase: work.Tables is null, out var outcome, out var problem))
        {
            batch.Problems[i] = problem;
            return;
        }

        if (work.Tables is { } tables)
        {
            tables[w].AddToGroup(outcome);
        }
        else
        {
            batch.Results[i] = outcome.ToResult(row.CaseId, row.ClientId);
        }

        batch.Statuses[i] = (byte)outcome.Status;
    }

    private void WriteTally(TextWriter error)
    {
        error.WriteLine(Tally.ToString() + ".");
        foreach (var problem in Tally.Problems)
        {
            error.WriteLine("  skipped " + problem.Describe(CultureInfo.InvariantCulture));
            if (Tally.Problems.Count > 10 && problem == Tally.Problems[9])
            {
                error.WriteLine(FormattableString.Invariant($"  … and {Tally.Skipped - 10} more skipped (run with --strict to stop at the first)."));
                break;
            }
        }
    }

    /// <summary>A batch of records as cut from the file (cells and line), then their results or problems.</summary>
    private sealed class CellBatch
    {
        public CellBatch(int size)
        {
            Cells = new FieldBuffer[size];
            for (var i = 0; i < size; i++)
            {
                Cells[i] = new FieldBuffer(256);
            }

            Lines = new long[size];
            LineProblems = new CohortProblem?[size];
            Statuses = new byte[size];
            Results = new CaseResult?[size];
            Problems = new CohortProblem[size];
        }

        public FieldBuffer[] Cells { get; }

        public long[] Lines { get; }

        public CohortProblem?[] LineProblems { get; }

        /// <summary>Gets each record's <see cref="CaseOutcomeStatus"/>, or <see cref="Skipped"/>.</summary>
        public byte[] Statuses { get; }

        /// <summary>Gets each record's result, when the run writes or counts the results in the order of the file.</summary>
        public CaseResult?[] Results { get; }

        public CohortProblem[] Problems { get; }
    }

    /// <summary>What each worker owns, by its index: its parser, its evaluator, the row it fills, and its table when it counts.</summary>
    private sealed record Workers(CohortRowParser[] Parsers, CohortEvaluator[] Evaluators, CohortRow?[] Rows, CohortTable[]? Tables);
}
