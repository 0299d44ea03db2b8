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
    public CohortTally Tally { get; } = new();

    public CohortTable? Table { get; private set; }

    public async Task<int> RunAsync(string path, TextWriter error, bool keepTimes, CaseResultWriter? perCase)
    {
        Table = new CohortTable(rubric, keepTimes);
        var evaluator = new CohortEvaluator(rubric, asOf, DateTimeZoneProviders.Tzdb, groupBy);
        using var input = CohortInput.Open(path, error);
        while (input.Reader.TryRead(out var entry))
        {
            input.Report(input.Reader.RecordsRead);
            CaseResult? result = null;
            var problem = entry.Problem ?? default;
            var good = entry.Row is { } row
                && evaluator.TryEvaluate(pseudonymizer is null ? row : row.Pseudonymize(pseudonymizer), entry.Line, out result, out problem);
            if (!good)
            {
                if (strict)
                {
                    error.WriteLine("Stopped at a bad record (--strict): " + problem.Describe(CultureInfo.InvariantCulture));
                    error.WriteLine(FormattableString.Invariant($"{Tally.Read + 1} records read, {Tally.Evaluated} evaluated, 0 skipped; nothing written past this line."));
                    return ExitCodes.BadRecords;
                }

                Tally.Skip(problem);
                continue;
            }

            Tally.Add(result!);
            Table.Add(result!);
            if (perCase is not null)
            {
                await perCase.WriteAsync(result!).ConfigureAwait(false);
            }
        }

        WriteTally(error);
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
