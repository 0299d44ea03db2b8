using System;
using System.Globalization;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Pseudonyms;
using NodaTime;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// Reads a cohort file once, evaluates each case, counts it in the table and hands its result to an optional per-case
/// writer. A bad record stops a strict run (exit 1) or is skipped and counted; the tally goes to stderr either way.
/// </summary>
internal sealed class CohortRun(Rubric rubric, CaseAsOf asOf, Func<CohortRow, string?> groupBy, bool strict, Pseudonymizer? pseudonymizer)
{
    private const int Batch = 8192;

    public CohortTally Tally { get; } = new();

    public CohortTable? Table { get; private set; }

    /// <summary>Runs over the file; <paramref name="quiet"/> leaves out the tally (a first pass that only counts the groups).</summary>
    public async Task<int> RunAsync(string path, TextWriter error, bool keepTimes, CaseResultWriter? perCase, bool quiet = false)
    {
        Table = new CohortTable(rubric, keepTimes);

        // Cases are read in batches, evaluated on every core (one evaluator per worker), then counted and written in the
        // order of the file: the same output as one thread, faster.
        var workers = Math.Max(1, Environment.ProcessorCount);
        var evaluators = new CohortEvaluator[workers];
        for (var w = 0; w < workers; w++)
        {
            evaluators[w] = new CohortEvaluator(rubric, asOf, DateTimeZoneProviders.Tzdb, groupBy);
        }

        // Two batches in turn: while the workers evaluate one batch, this thread reads the next, then counts and writes
        // the one evaluated while the next is evaluated: reading, evaluating and writing overlap.
        var entries = new[] { new CohortEntry[Batch], new CohortEntry[Batch] };
        var results = new[] { new CaseResult?[Batch], new CaseResult?[Batch] };
        var problems = new[] { new CohortProblem[Batch], new CohortProblem[Batch] };
        using var input = CohortInput.Open(path, error);
        var current = 0;
        var count = ReadBatch(input.Reader, entries[current]);
        var evaluation = Start(evaluators, entries[current], results[current], problems[current], count);
        while (count > 0)
        {
            input.Report(input.Reader.RecordsRead);
            var next = 1 - current;
            var nextCount = 0;
            ExceptionDispatchInfo? readFailure = null;
            try
            {
                nextCount = ReadBatch(input.Reader, entries[next]);
            }
            catch (Exception e)
            {
                // A failure reading ahead surfaces once the batch before it is counted and written, as when reading in turn.
                readFailure = ExceptionDispatchInfo.Capture(e);
            }

            await evaluation.ConfigureAwait(false);
            evaluation = Start(evaluators, entries[next], results[next], problems[next], nextCount);
            var (batchResults, batchProblems) = (results[current], problems[current]);
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

    private static int ReadBatch(CohortReader reader, CohortEntry[] entries)
    {
        var count = 0;
        while (count < entries.Length && reader.TryRead(out entries[count]))
        {
            count++;
        }

        return count;
    }

    /// <summary>Starts evaluating a batch on the workers; nothing to wait for when the batch is empty.</summary>
    private Task Start(CohortEvaluator[] evaluators, CohortEntry[] entries, CaseResult?[] results, CohortProblem[] problems, int count)
        => count == 0 ? Task.CompletedTask : Task.Run(() => Evaluate(evaluators, entries, results, problems, count));

    private void Evaluate(CohortEvaluator[] evaluators, CohortEntry[] entries, CaseResult?[] results, CohortProblem[] problems, int count)
    {
        var workers = evaluators.Length;
        var share = (count + workers - 1) / workers;
        Parallel.For(0, workers, w =>
        {
            for (var i = w * share; i < Math.Min(count, (w + 1) * share); i++)
            {
                var entry = entries[i];
                results[i] = null;
                problems[i] = entry.Problem ?? default;
                if (entry.Row is { } row)
                {
                    var evaluated = evaluators[w].TryEvaluate(pseudonymizer is null ? row : row.Pseudonymize(pseudonymizer), entry.Line, out var result, out var problem);
                    results[i] = evaluated ? result : null;
                    problems[i] = evaluated ? default : problem;
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
}
