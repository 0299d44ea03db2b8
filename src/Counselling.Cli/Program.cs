using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Counselling.Cli.Demo;
using Counselling.Core.Interventions;

namespace Counselling.Cli;

/// <summary>The <c>counsel</c> command: a host of Counselling.Core.</summary>
public static class Program
{
    /// <summary>Runs the command line on the console.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        Cohorts.WarmUp.Start(args);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line, writing to the given writers (tests use this).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var culture = new Option<string>("--culture", "-c")
        {
            Description = "The language of messages: en, fr, fr-CA, fr-FR, fr-BE…",
            DefaultValueFactory = _ => "en",
        };

        var store = new Option<FileInfo?>("--store")
        {
            Description = "A SQLite file to store the story's intervention in, then read it back (created if missing).",
        };
        var demo = new Command("demo", "Plays the story of a plan B (the young man waiting for the army's answer) through the public API.");
        demo.Options.Add(culture);
        demo.Options.Add(store);
        demo.SetAction(parse =>
        {
            var ui = ParseCulture(parse.GetValue(culture), error);
            if (ui is null)
            {
                return 2;
            }

            var story = new PlanBDemo(output, ui);
            var intervention = story.Run();
            if (parse.GetValue(store) is { } file)
            {
                try
                {
                    story.StoreAndReadBack(file.FullName, intervention);
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"Could not store the story in '{file.FullName}': {e.Message}");
                    return 3;
                }
            }

            return 0;
        });

        var format = new Option<string>("--format", "-f")
        {
            Description = "mermaid or dot",
            DefaultValueFactory = _ => "mermaid",
        };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var lifecycle = new Command("lifecycle", "Prints the intervention lifecycle's diagram, generated from the state machine.");
        lifecycle.Options.Add(format);
        lifecycle.SetAction(parse =>
        {
            output.WriteLine(parse.GetValue(format) == "dot" ? LifecycleDiagram.Dot() : LifecycleDiagram.Mermaid());
            return 0;
        });

        var root = new RootCommand("counsel — career-guidance interventions, explained (Counselling.Core): evaluate, compare and generate cohort files; play the demo; print the lifecycle. " + Cohorts.ExitCodes.Help);
        root.Subcommands.Add(demo);
        root.Subcommands.Add(lifecycle);
        root.Subcommands.Add(Cohorts.CohortCommands.Evaluate(output, error));
        root.Subcommands.Add(Cohorts.CohortCommands.Compare(output, error));
        root.Subcommands.Add(Cohorts.CohortCommands.Generate(output, error));
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors exit with 2 (bad records in a strict run exit with 1): the codes scripts test.
            parsed.Invoke(configuration);
            return Cohorts.ExitCodes.Usage;
        }

        return parsed.Invoke(configuration);
    }

    private static CultureInfo? ParseCulture(string? name, TextWriter error)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name ?? "en", predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            error.WriteLine($"Unknown culture '{name}'. Try en, fr, fr-CA, fr-FR or fr-BE.");
            return null;
        }
    }
}
