using System;
using System.Globalization;
using System.IO;
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

        var entries = new CohortEntry[Batch];
        var results = new CaseResult?[Batch];
        var problems = new CohortProblem[Batch];
        using var input = CohortInput.Open(path, error);
        while (true)
        {
            var count = 0;
            while (count < Batch && input.Reader.TryRead(out entries[count]))
            {
                count++;
            }

            if (count == 0)
            {
                break;
            }

            input.Report(input.Reader.RecordsRead);
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

            for (var i = 0; i < count; i++)
            {
                if (results[i] is not { } result)
                {
                    if (strict)
                    {
                        error.WriteLine("Stopped at a bad record (--strict): " + problems[i].Describe(CultureInfo.InvariantCulture));
                        error.WriteLine(FormattableString.Invariant($"{Tally.Read + 1} records read, {Tally.Evaluated} evaluated, 0 skipped; nothing written past this line."));
                        return ExitCodes.BadRecords;
                    }

                    Tally.Skip(problems[i]);
                    continue;
                }

                Tally.Add(result);
                Table.Add(result);
                if (perCase is not null)
                {
                    await perCase.WriteAsync(result).ConfigureAwait(false);
                }
            }
        }

        if (!quiet)
        {
            WriteTally(error);
        }

        return ExitCodes.Ok;
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
