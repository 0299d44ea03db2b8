using System;
using System.Globalization;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
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
        var evaluators = new CohortEvaluator[workers];
        var parsers = new CohortRowParser[workers];
        for (var w = 0; w < workers; w++)
        {
            evaluators[w] = new CohortEvaluator(rubric, asOf, DateTimeZoneProviders.Tzdb, groupBy);
            parsers[w] = new CohortRowParser();
        }

        // Two batches in turn: while the workers evaluate one batch, this thread reads the next, then counts and writes
        // the one evaluated while the next is evaluated: reading, evaluating and writing overlap.
        var batches = new[] { new CellBatch(BatchSize), new CellBatch(BatchSize) };
        var current = 0;
        var count = ReadBatch(input.Reader, batches[current]);
        var evaluation = Start(parsers, evaluators, batches[current], count);
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
            evaluation = Start(parsers, evaluators, batches[next], nextCount);
            var (batchResults, batchProblems) = (batches[current].Results, batches[current].Problems);
            for (var i = 0; i < count; i++)
            {
                if (batchResults[i] is not { } result)
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

                Tally.Add(result);
                Table.Add(result);
                if (perCase is not null)
                {
                    await perCase.WriteAsync(result).ConfigureAwait(false);
                }
            }

            readFailure?.Throw();
            current = next;
            count = nextCount;
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
    private Task Start(CohortRowParser[] parsers, CohortEvaluator[] evaluators, CellBatch batch, int count)
        => count == 0 ? Task.CompletedTask : Task.Run(() => Evaluate(parsers, evaluators, batch, count));

    private void Evaluate(CohortRowParser[] parsers, CohortEvaluator[] evaluators, CellBatch batch, int count)
    {
        var chunks = (count + Chunk - 1) / Chunk;
        var taken = -1;
        Parallel.For(0, evaluators.Length, w =>
        {
            for (var c = Interlocked.Increment(ref taken); c < chunks; c = Interlocked.Increment(ref taken))
            {
                for (var i = c * Chunk; i < Math.Min(count, (c + 1) * Chunk); i++)
                {
                    var entry = CohortReader.Parse(parsers[w], batch.Cells[i], batch.Lines[i], batch.LineProblems[i]);
                    batch.Results[i] = null;
                    batch.Problems[i] = entry.Problem ?? default;
                    if (entry.Row is { } row)
                    {
                        var evaluated = evaluators[w].TryEvaluate(pseudonymizer is null ? row : row.Pseudonymize(pseudonymizer), entry.Line, out var result, out var problem);
                        batch.Results[i] = evaluated ? result : null;
                        batch.Problems[i] = evaluated ? default : problem;
                    }
                }
            }
        });
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
            Results = new CaseResult?[size];
            Problems = new CohortProblem[size];
        }

        public FieldBuffer[] Cells { get; }

        public long[] Lines { get; }

        public CohortProblem?[] LineProblems { get; }

        public CaseResult?[] Results { get; }

        public CohortProblem[] Problems { get; }
    }
}
