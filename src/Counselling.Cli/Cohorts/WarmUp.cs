using System;
using System.IO;
using System.Text;
using System.Threading;
using Counselling.Core.Evaluation;
using Counselling.Research.Disclosure;
using Counselling.Research.Files.Evaluation;
using NodaTime;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// Runs a few records in memory through <c>evaluate</c>'s code on a thread of its own while the command line is parsed and
/// the file opened, output discarded: the code is compiled (fully optimised, from the first call) on a core that would
/// otherwise wait, and the time zones loaded, before the file's records reach it. Nothing it does is seen in the output.
/// </summary>
internal static class WarmUp
{
    // Seven cases of a generated cohort (invented), as CSV and as JSON Lines: plain rows, blanks, "none", a note on two lines.
    private const string SampleCsv =
        "case_id,client_id,counsellor_id,programme,site,zone,opened_on,closed_on,closure_reason,planned_end,sessions_planned,sessions_held,sessions_with_outcome,actions_agreed,actions_done,decision_on,employment_or_training_on,satisfaction,would_recommend,autonomy_intake,autonomy_closure,note\n" +
        "C0000001,P0000001,c198,career-choice,east,America/Toronto,2024-03-21,2024-11-14,objectives-met,2024-09-21,8,8,8,5,5,2024-06-09,none,4,yes,3,1,\n" +
        "C0000002,P0007920,c103,career-choice,east,Europe/Paris,2024-10-05,2024-12-19,other,2025-04-05,10,10,6,3,2,none,2025-11-25,,,3,2,\n" +
        "C0000003,P0015839,c018,job-search,west,America/Toronto,2025-05-08,2025-10-12,referred-elsewhere,2025-11-08,3,3,3,1,1,none,none,2,yes,1,1,\"Two jobs, one part-time; asked for\n" +
        "evening sessions\"\n" +
        "C0000004,P0023758,c025,career-choice,south,Europe/Paris,2025-02-04,2025-11-30,referred-elsewhere,2025-08-04,11,11,11,1,1,2025-04-08,none,3,yes,2,1,\"Two jobs, one part-time; asked for\n" +
        "evening sessions\"\n" +
        "C0000005,P0031677,c061,job-search,north,Europe/Paris,2025-09-02,,,2026-03-02,10,10,10,5,5,2025-11-04,none,,,2,none,\n" +
        "C0000006,P0039596,c189,job-search,east,Europe/Brussels,2024-08-11,2024-10-25,moved-away,2025-02-11,4,4,4,0,0,2024-08-20,2025-09-28,,,1,1,\"Met at the café, said \"\"maybe\"\"\"\n" +
        "C0000007,P0047515,c149,career-choice,north,Europe/Paris,2024-08-01,2024-09-22,objectives-met,2025-02-01,12,12,6,0,0,none,none,4,yes,1,3,\n";

    private const string SampleJsonLines =
        "{\"case_id\":\"C0000001\",\"client_id\":\"P0000001\",\"counsellor_id\":\"c198\",\"programme\":\"career-choice\",\"site\":\"east\",\"zone\":\"America/Toronto\",\"opened_on\":\"2024-03-21\",\"closed_on\":\"2024-11-14\",\"closure_reason\":\"objectives-met\",\"planned_end\":\"2024-09-21\",\"sessions_planned\":8,\"sessions_held\":8,\"sessions_with_outcome\":8,\"actions_agreed\":5,\"actions_done\":5,\"decision_on\":\"2024-06-09\",\"employment_or_training_on\":\"none\",\"satisfaction\":4,\"would_recommend\":true,\"autonomy_intake\":3,\"autonomy_closure\":1}\n" +
        "{\"case_id\":\"C0000002\",\"client_id\":\"P0007920\",\"counsellor_id\":\"c103\",\"programme\":\"career-choice\",\"site\":\"east\",\"zone\":\"Europe/Paris\",\"opened_on\":\"2024-10-05\",\"closed_on\":\"2024-12-19\",\"closure_reason\":\"other\",\"planned_end\":\"2025-04-05\",\"sessions_planned\":10,\"sessions_held\":10,\"sessions_with_outcome\":6,\"actions_agreed\":3,\"actions_done\":2,\"decision_on\":\"none\",\"employment_or_training_on\":\"2025-11-25\",\"autonomy_intake\":3,\"autonomy_closure\":2}\n" +
        "{\"case_id\":\"C0000003\",\"client_id\":\"P0015839\",\"counsellor_id\":\"c018\",\"programme\":\"job-search\",\"site\":\"west\",\"zone\":\"America/Toronto\",\"opened_on\":\"2025-05-08\",\"closed_on\":\"2025-10-12\",\"closure_reason\":\"referred-elsewhere\",\"planned_end\":\"2025-11-08\",\"sessions_planned\":3,\"sessions_held\":3,\"sessions_with_outcome\":3,\"actions_agreed\":1,\"actions_done\":1,\"decision_on\":\"none\",\"employment_or_training_on\":\"none\",\"satisfaction\":2,\"would_recommend\":true,\"autonomy_intake\":1,\"autonomy_closure\":1,\"note\":\"Two jobs, one part-time; asked for\\nevening sessions\"}\n" +
        "{\"case_id\":\"C0000004\",\"client_id\":\"P0023758\",\"counsellor_id\":\"c025\",\"programme\":\"career-choice\",\"site\":\"south\",\"zone\":\"Europe/Paris\",\"opened_on\":\"2025-02-04\",\"closed_on\":\"2025-11-30\",\"closure_reason\":\"referred-elsewhere\",\"planned_end\":\"2025-08-04\",\"sessions_planned\":11,\"sessions_held\":11,\"sessions_with_outcome\":11,\"actions_agreed\":1,\"actions_done\":1,\"decision_on\":\"2025-04-08\",\"employment_or_training_on\":\"none\",\"satisfaction\":3,\"would_recommend\":true,\"autonomy_intake\":2,\"autonomy_closure\":1,\"note\":\"Two jobs, one part-time; asked for\\nevening sessions\"}\n" +
        "{\"case_id\":\"C0000005\",\"client_id\":\"P0031677\",\"counsellor_id\":\"c061\",\"programme\":\"job-search\",\"site\":\"north\",\"zone\":\"Europe/Paris\",\"opened_on\":\"2025-09-02\",\"planned_end\":\"2026-03-02\",\"sessions_planned\":10,\"sessions_held\":10,\"sessions_with_outcome\":10,\"actions_agreed\":5,\"actions_done\":5,\"decision_on\":\"2025-11-04\",\"employment_or_training_on\":\"none\",\"autonomy_intake\":2,\"autonomy_closure\":\"none\"}\n" +
        "{\"case_id\":\"C0000006\",\"client_id\":\"P0039596\",\"counsellor_id\":\"c189\",\"programme\":\"job-search\",\"site\":\"east\",\"zone\":\"Europe/Brussels\",\"opened_on\":\"2024-08-11\",\"closed_on\":\"2024-10-25\",\"closure_reason\":\"moved-away\",\"planned_end\":\"2025-02-11\",\"sessions_planned\":4,\"sessions_held\":4,\"sessions_with_outcome\":4,\"actions_agreed\":0,\"actions_done\":0,\"decision_on\":\"2024-08-20\",\"employment_or_training_on\":\"2025-09-28\",\"autonomy_intake\":1,\"autonomy_closure\":1,\"note\":\"Met at the café, said \\\"maybe\\\"\"}\n" +
        "{\"case_id\":\"C0000007\",\"client_id\":\"P0047515\",\"counsellor_id\":\"c149\",\"programme\":\"career-choice\",\"site\":\"north\",\"zone\":\"Europe/Paris\",\"opened_on\":\"2024-08-01\",\"closed_on\":\"2024-09-22\",\"closure_reason\":\"objectives-met\",\"planned_end\":\"2025-02-01\",\"sessions_planned\":12,\"sessions_held\":12,\"sessions_with_outcome\":6,\"actions_agreed\":0,\"actions_done\":0,\"decision_on\":\"none\",\"employment_or_training_on\":\"none\",\"satisfaction\":4,\"would_recommend\":true,\"autonomy_intake\":1,\"autonomy_closure\":3}\n";

    /// <summary>Starts warming up when the command is <c>evaluate</c> or <c>compare</c>; returns at once.</summary>
    /// <param name="args">The command line.</param>
    public static void Start(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("evaluate" or "compare"))
        {
            return;
        }

        var jsonLines = Array.Exists(args, CohortInput.IsJsonLines);
        var format = args[0] == "compare" ? "compare" : "table";
        for (var i = 1; i < args.Length - 1; i++)
        {
            if (args[i] is "-f" or "--format")
            {
                format = args[i + 1];
            }
        }

        new Thread(() => Run(jsonLines, format)) { IsBackground = true, Name = "counsel warm-up" }.Start();
    }

    private static void Run(bool jsonLines, string format)
    {
        try
        {
            RunSample(jsonLines, format);
        }
#pragma warning disable CA1031 // Warming up only compiles code ahead of the run: whatever goes wrong here, the run itself meets and reports.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>Runs the sample through a run as <c>evaluate</c> makes it (table, per-case writer or report), output discarded.</summary>
    /// <returns>The run, for its tally and table.</returns>
    internal static CohortRun RunSample(bool jsonLines, string format)
    {
        CohortGroups.TryGet("programme", out var group);
        var run = new Run("-", BuiltInRubrics.ProcessAndImpact, CaseAsOf.Fixed(new LocalDate(2026, 6, 30)), group, "programme", false, new SmallCellRule(5));
        using var input = CohortInput.InMemory(Encoding.UTF8.GetBytes(jsonLines ? SampleJsonLines : SampleCsv), jsonLines);
        var perCase = format switch
        {
            "csv" => CaseResultWriter.Csv(TextWriter.Null, run.Rubric),
            "jsonl" => CaseResultWriter.JsonLines(Stream.Null, run.Rubric),
            _ => null,
        };
        var cohortRun = new CohortRun(run.Rubric, run.AsOf, run.GroupBy, strict: false, pseudonymizer: null) { BatchSize = 4 };
        cohortRun.RunAsync(input, TextWriter.Null, keepTimes: format is "html" or "compare", perCase, quiet: true).GetAwaiter().GetResult();
        perCase?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (format == "table")
        {
            CohortCommands.WriteTable(TextWriter.Null, new DisclosedCohort(cohortRun.Table!, run.Rule), run, cohortRun.Tally);
        }

        return cohortRun;
    }
}
