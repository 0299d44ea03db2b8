using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Research.Disclosure;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Files.Reading;
using Counselling.Research.Pseudonyms;
using Counselling.Research.Statistics;
using NodaTime;
using Spectre.Console;

namespace Counselling.Cli.Cohorts;

/// <summary>The researcher's commands: <c>evaluate</c>, <c>compare</c> and <c>generate</c>.</summary>
internal static class CohortCommands
{
    private static readonly Dictionary<string, Rubric> Rubrics = new(StringComparer.Ordinal)
    {
        ["process-and-impact"] = BuiltInRubrics.ProcessAndImpact,
        ["strict"] = BuiltInRubrics.Strict,
        ["decent-work"] = BuiltInRubrics.DecentWork,
    };

    public static Command Evaluate(TextWriter output, TextWriter error)
    {
        var o = new RunOptions();
        var format = new Option<string>("--format", "-f") { Description = "table (on the terminal), csv, jsonl or parquet (one line per case, joinable to the input by case_id), or html (a self-contained report).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "jsonl", "parquet", "html");
        var to = new Option<FileInfo?>("--output", "-o") { Description = "Where to write (required for parquet; standard output otherwise)." };
        var key = new Option<FileInfo?>("--pseudonym-key") { Description = "A file holding the researcher's secret key (16 bytes or more): case, client and counsellor ids become keyed HMAC-SHA256 pseudonyms and free text is dropped." };
        var command = new Command("evaluate", "Evaluates every case of a cohort file (CSV or JSON Lines) under a rubric, each as of a date or a horizon, streaming the file once. " + ExitCodes.Help);
        o.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(to);
        command.Options.Add(key);
        command.SetAction((parse, _) => RunEvaluate(parse, o, parse.GetValue(format)!, parse.GetValue(to), parse.GetValue(key), output, error));
        return command;
    }

    public static Command Compare(TextWriter output, TextWriter error)
    {
        var o = new RunOptions("programme");
        var groups = new Option<string[]>("--groups") { Description = "The two groups to compare (values of --group-by); the first two in order by default.", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var command = new Command("compare", "Compares two groups of a cohort file (two programmes, two sites): success and entry rates with Wilson intervals, their differences with Newcombe's interval, and the log-rank test on the time to first employment or training. " + ExitCodes.Help);
        o.AddTo(command);
        command.Options.Add(groups);
        command.SetAction((parse, _) => RunCompare(parse, o, parse.GetValue(groups), output, error));
        return command;
    }

    public static Command Generate(TextWriter output, TextWriter error)
    {
        var cases = new Option<long>("--cases", "-n") { Description = "How many cases.", DefaultValueFactory = _ => 1000 };
        cases.Validators.Add(r => { if (r.GetValueOrDefault<long>() is < 0 or > 100_000_000) { r.AddError("--cases: give 0 to 100,000,000."); } });
        var number = new Option<int>("--random") { Description = "The number that fixes the random draw: the same number gives the same cohort.", DefaultValueFactory = _ => 1 };
        var messy = new Option<bool>("--messy") { Description = "Mixes in about one bad record in a hundred, to try the reports of bad records." };
        var to = new Option<FileInfo?>("--output", "-o") { Description = "The file to write: .csv or .jsonl (CSV on standard output by default)." };
        var command = new Command("generate", "Writes a synthetic cohort file: three programmes, four sites, two hundred counsellors, invented cases only. " + ExitCodes.Help);
        command.Options.Add(cases);
        command.Options.Add(number);
        command.Options.Add(messy);
        command.Options.Add(to);
        command.SetAction(parse =>
        {
            var generator = new CohortGenerator(parse.GetValue(number), parse.GetValue(messy));
            var file = parse.GetValue(to);
            try
            {
                using var stream = file is null ? Stream.Null : new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                var text = file is null ? output : null;
                using var buffered = file is not null && !CohortInput.IsJsonLines(file.Name) ? new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) : null;
                using var writer = file is not null && CohortInput.IsJsonLines(file.Name) ? CohortWriter.JsonLines(stream) : CohortWriter.Csv((TextWriter?)buffered ?? text!);
                foreach (var row in generator.Generate(parse.GetValue(cases)))
                {
                    writer.Write(row);
                }

                if (file is not null)
                {
                    error.WriteLine(FormattableString.Invariant($"{writer.Written} cases written to {file.Name}."));
                }

                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine("Could not write the cohort: " + e.Message);
                return ExitCodes.Io;
            }
        });
        return command;
    }

    private static async Task<int> RunEvaluate(ParseResult parse, RunOptions o, string format, FileInfo? to, FileInfo? keyFile, TextWriter output, TextWriter error)
    {
        if (!o.TryRead(parse, error, out var run, out var refused))
        {
            return refused;
        }

        if (format == "parquet" && to is null)
        {
            error.WriteLine("--format parquet needs --output FILE.parquet.");
            return ExitCodes.Usage;
        }

        Pseudonymizer? pseudonymizer = null;
        try
        {
            if (keyFile is not null)
            {
                var key = await File.ReadAllBytesAsync(keyFile.FullName).ConfigureAwait(false);
                if (key.Length < Pseudonymizer.MinimumKeyLength)
                {
                    error.WriteLine(FormattableString.Invariant($"--pseudonym-key: the key file holds {key.Length} bytes; give at least {Pseudonymizer.MinimumKeyLength} (32 random bytes is best)."));
                    return ExitCodes.Usage;
                }

                pseudonymizer = new Pseudonymizer(key);
            }

            // A per-case file leaves blank the group of the cases of small groups: a first pass counts the groups.
            var perCaseFile = format is "csv" or "jsonl" or "parquet";
            GroupSuppression? suppression = null;
            if (perCaseFile && run.GroupName != "none")
            {
                if (run.Path == "-")
                {
                    error.WriteLine("Per-case results grouped by " + run.GroupName + " read the file twice (to leave small groups blank): give a file rather than standard input.");
                    return ExitCodes.Usage;
                }

                var counting = new CohortRun(run.Rubric, run.AsOf, run.GroupBy, run.Strict, pseudonymizer);
                var counted = await counting.RunAsync(run.Path, error, keepTimes: false, null, quiet: true).ConfigureAwait(false);
                if (counted != ExitCodes.Ok)
                {
                    return counted;
                }

                suppression = GroupSuppression.Of(run.Rule, counting.Table!.Groups);
            }

            var cohortRun = new CohortRun(run.Rubric, run.AsOf, run.GroupBy, run.Strict, pseudonymizer);
            await using var file = to is null ? null : new FileStream(to.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            await using var text = file is null ? null : new StreamWriter(file, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            // What only per-case files carry is made for them alone: a table's run does not wait for the messages it needs.
            var metadata = format != "parquet" ? null : new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["counselling.as-of"] = run.AsOf.ToString(),
                ["counselling.group-by"] = run.GroupName,
                ["counselling.disclosure"] = "Per-case microdata: keep it in the secure environment; publish only counts under the small-cell rule. " + run.Rule.Describe(CultureInfo.GetCultureInfo("en")),
                ["counselling.pseudonymised"] = pseudonymizer is null ? "no" : "yes",
                ["counselling.small-groups"] = suppression?.Describe(CultureInfo.InvariantCulture) ?? "every group kept",
            };
            var statement = perCaseFile ? Statement(run, pseudonymizer is not null, suppression) : "";
            await using var perCase = format switch
            {
                "csv" => CaseResultWriter.Csv((TextWriter?)text ?? output, run.Rubric),
                "jsonl" => CaseResultWriter.JsonLines((Stream?)file ?? new TextWriterStream(output), run.Rubric),
                "parquet" => CaseResultWriter.Parquet(file!, run.Rubric, metadata!),
                _ => null,
            };
            if (perCase is not null)
            {
                perCase.Suppression = suppression;
            }

            var code = await cohortRun.RunAsync(run.Path, error, keepTimes: format == "html", perCase).ConfigureAwait(false);
            if (code != ExitCodes.Ok)
            {
                return code;
            }

            if (perCaseFile)
            {
                // CSV and JSON Lines have no place for a note that pandas or R would keep: the rule goes to stderr and,
                // beside a file, to FILE.disclosure.txt; Parquet keeps it in its key-value metadata as well.
                error.WriteLine(statement.Replace('\n', ' ').TrimEnd());
                if (to is not null)
                {
                    await File.WriteAllTextAsync(to.FullName + ".disclosure.txt", statement).ConfigureAwait(false);
                }
            }

            var disclosed = new DisclosedCohort(cohortRun.Table!, run.Rule);
            if (format == "table")
            {
                WriteTable(output, disclosed, run, cohortRun.Tally);
            }
            else if (format == "html")
            {
                var report = HtmlReport.Render(disclosed, cohortRun.Tally, run.AsOf, run.GroupName, Path.GetFileName(run.Path));
                await ((TextWriter?)text ?? output).WriteAsync(report).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }
        catch (CohortFileException e)
        {
            error.WriteLine("Not a cohort file: " + e.Problem.Describe(CultureInfo.InvariantCulture) + ". See docs/research.md for the layout.");
            return ExitCodes.BadRecords;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("Could not read or write a file: " + e.Message);
            return ExitCodes.Io;
        }
    }

    private static async Task<int> RunCompare(ParseResult parse, RunOptions o, string[]? names, TextWriter output, TextWriter error)
    {
        if (!o.TryRead(parse, error, out var run, out var refused))
        {
            return refused;
        }

        try
        {
            var cohortRun = new CohortRun(run.Rubric, run.AsOf, run.GroupBy, run.Strict, null);
            var code = await cohortRun.RunAsync(run.Path, error, keepTimes: true, null).ConfigureAwait(false);
            if (code != ExitCodes.Ok)
            {
                return code;
            }

            var table = cohortRun.Table!;
            var keyed = table.Groups.Where(g => g.Key is not null).ToList();
            var chosen = names is { Length: 2 }
                ? names.Select(n => keyed.FirstOrDefault(g => g.Key == n)).ToList()
                : keyed.Take(2).ToList<GroupCounts?>();
            if (chosen.Count < 2 || chosen.Any(g => g is null))
            {
                error.WriteLine(FormattableString.Invariant($"compare needs two groups of --group-by {run.GroupName}; the file has: {string.Join(", ", keyed.Select(g => g.Key))}."));
                return ExitCodes.Usage;
            }

            new Comparison(chosen[0]!, chosen[1]!, run.Rule).Write(output, run);
            return ExitCodes.Ok;
        }
        catch (CohortFileException e)
        {
            error.WriteLine("Not a cohort file: " + e.Problem.Describe(CultureInfo.InvariantCulture) + ". See docs/research.md for the layout.");
            return ExitCodes.BadRecords;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("Could not read a file: " + e.Message);
            return ExitCodes.Io;
        }
    }

    /// <summary>What a per-case file's reader must know: it is microdata, the small-cell rule, the groups left blank, the pseudonyms.</summary>
    private static string Statement(Run run, bool pseudonymised, GroupSuppression? suppression)
    {
        var en = CultureInfo.GetCultureInfo("en");
        var text = new StringBuilder();
        text.Append("Per-case results: microdata for the secure environment; publish only counts, under the small-cell rule. ").Append(run.Rule.Describe(en)).Append('\n');
        text.Append(suppression is null
            ? "Groups: " + (run.GroupName == "none" ? "none (the group column is empty)." : "every value kept.")
            : suppression.Describe(en)).Append('\n');
        text.Append(pseudonymised
            ? "Identifiers: case and client ids are keyed HMAC-SHA256 pseudonyms; free text is dropped."
            : "Identifiers: as in the input file.").Append('\n');
        return text.ToString();
    }

    internal static void WriteTable(TextWriter output, DisclosedCohort cohort, Run run, CohortTally tally)
    {
        var title = $"{run.Rubric.Name}, as of {run.AsOf}, by {run.GroupName}";
        var rows = (cohort.Groups.Count > 1 ? [.. cohort.Groups, cohort.Total] : cohort.Groups.ToList()).Select(g => new[]
        {
            g.Label,
            DisclosedCohort.Show(g.Evaluated),
            DisclosedCohort.Show(g.Success),
            DisclosedCohort.Show(g.Pending),
            DisclosedCohort.Show(g.NotSuccessful),
            g.SuccessRate is { } r ? Comparison.Rate(r) : "suppressed",
            DisclosedCohort.Show(g.Entered),
        }).ToList();
        var caption = "† " + cohort.RuleText + " " + tally + ".";

        // The plain table is drawn here, as Spectre draws it: Spectre's code is compiled only for a table it alone can draw.
        if (TerminalTable.TryDraw(title, TableHeaders, TableRightAligned, rows, caption) is { } drawn)
        {
            output.Write(drawn);
        }
        else
        {
            SpectreTable(output, title, TableHeaders, TableRightAligned, rows, caption);
        }
    }

    /// <summary>The headers of <c>evaluate</c>'s table.</summary>
    internal static readonly string[] TableHeaders = ["group", "evaluated", "success", "pending or undetermined", "not successful", "success rate (95 % CI)", "entered employment or training"];

    /// <summary>Which of <see cref="TableHeaders"/> are aligned to the right.</summary>
    internal static readonly bool[] TableRightAligned = [false, true, true, true, true, true, true];

    /// <summary>Draws a table with Spectre.Console on a 120-column console without colours: any text, wrapped or cut as Spectre does.</summary>
    internal static void SpectreTable(TextWriter output, string title, string[] headers, bool[] rightAligned, IReadOnlyList<string[]> rows, string caption)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        for (var c = 0; c < headers.Length; c++)
        {
            table.AddColumn(rightAligned[c] ? new TableColumn(Markup.Escape(headers[c])).RightAligned() : new TableColumn(Markup.Escape(headers[c])));
        }

        foreach (var row in rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        table.Caption(Markup.Escape(caption));
        console.Write(table);
    }

    /// <summary>The options <c>evaluate</c> and <c>compare</c> share.</summary>
    private sealed class RunOptions
    {
        private readonly Argument<string> _file = new("file") { Description = "The cohort file: .csv (a header line) or .jsonl (one JSON object a line); - reads CSV from standard input. Columns: see docs/research.md." };
        private readonly Option<string> _rubric = new("--rubric", "-r") { Description = "The rubric: process-and-impact (the default), strict, decent-work, or your own as a JSON file (FILE.json: name, policy, criteria with their weights; see docs/research.md). A bad rubric file exits with 2, naming its JSON path and the reason's code.", DefaultValueFactory = _ => "process-and-impact", HelpName = "process-and-impact|strict|decent-work|FILE.json" };
        private readonly Option<string?> _asOf = new("--as-of") { Description = "The date every case is evaluated as of (yyyy-MM-dd); with --horizon, the date of the extract, after which nothing is known (today by default)." };
        private readonly Option<string?> _horizon = new("--horizon") { Description = "Evaluates each case a time after its opening or closure: 6m, 12w, 90d, 1y." };
        private readonly Option<string> _from = new("--from") { Description = "What --horizon counts from: opening or closure.", DefaultValueFactory = _ => "closure" };
        private readonly Option<string> _groupBy;
        private readonly Option<bool> _strict = new("--strict") { Description = "Stops at the first bad record (exit code 1) instead of skipping and counting it." };
        private readonly Option<int> _minCell = new("--min-cell") { Description = "The small-cell rule: counts of fewer people than this are suppressed in every table and report.", DefaultValueFactory = _ => 5 };

        public RunOptions(string defaultGroup = "none")
        {
            _rubric.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string>() is { } name && !Rubrics.ContainsKey(name) && !RubricFile.IsFile(name))
                {
                    r.AddError($"--rubric: '{name}' is neither a built-in rubric ({string.Join(", ", Rubrics.Keys)}) nor a .json file.");
                }
            });
            _from.AcceptOnlyFromAmong("opening", "closure");
            _groupBy = new Option<string>("--group-by", "-g") { Description = "Groups cases by " + string.Join(", ", CohortGroups.Names) + ".", DefaultValueFactory = _ => defaultGroup };
            _groupBy.AcceptOnlyFromAmong([.. CohortGroups.Names]);
            _minCell.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--min-cell: give 1 or more."); } });
        }

        public void AddTo(Command command)
        {
            command.Arguments.Add(_file);
            command.Options.Add(_rubric);
            command.Options.Add(_asOf);
            command.Options.Add(_horizon);
            command.Options.Add(_from);
            command.Options.Add(_groupBy);
            command.Options.Add(_strict);
            command.Options.Add(_minCell);
        }

        public bool TryRead(ParseResult parse, TextWriter error, out Run run, out int refused)
        {
            run = default!;
            refused = ExitCodes.Usage;
            LocalDate cutOff;
            if (parse.GetValue(_asOf) is { } text)
            {
                if (!IsoDates.TryParse(text, out cutOff))
                {
                    error.WriteLine("--as-of: give a date as yyyy-MM-dd, such as 2026-06-30.");
                    return false;
                }
            }
            else if (parse.GetValue(_horizon) is not null)
            {
                cutOff = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            }
            else
            {
                error.WriteLine("Give --as-of yyyy-MM-dd, or --horizon 6m (--from opening|closure) with --as-of as the date of the extract.");
                return false;
            }

            CaseAsOf asOf;
            if (parse.GetValue(_horizon) is { } h)
            {
                if (!CaseAsOf.TryParseHorizon(h, out var horizon))
                {
                    error.WriteLine("--horizon: give a time such as 6m, 12w, 90d or 1y.");
                    return false;
                }

                asOf = CaseAsOf.After(horizon, parse.GetValue(_from) == "opening" ? AsOfAnchor.Opening : AsOfAnchor.Closure, cutOff);
            }
            else
            {
                asOf = CaseAsOf.Fixed(cutOff);
            }

            var rubricName = parse.GetValue(_rubric)!;
            if (!Rubrics.TryGetValue(rubricName, out var rubric))
            {
                try
                {
                    rubric = RubricFile.TryLoad(rubricName, error);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine("--rubric: could not read the rubric file: " + e.Message);
                    refused = ExitCodes.Io;
                    return false;
                }

                if (rubric is null)
                {
                    return false;
                }
            }

            var group = parse.GetValue(_groupBy)!;
            CohortGroups.TryGet(group, out var key);
            run = new Run(parse.GetValue(_file)!, rubric, asOf, key, group, parse.GetValue(_strict), new SmallCellRule(parse.GetValue(_minCell)));
            return true;
        }
    }
}
