using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Counselling.Cli;
using Xunit;

namespace Counselling.Core.Tests.Docs;

/// <summary>
/// The researcher's scripts of docs/examples run as docs/research.md says (<c>dotnet run docs/examples/x.cs -- …</c>),
/// each on a generated cohort, and print what the guide shows.
/// </summary>
public sealed class ExampleScriptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("counsel-scripts-").FullName;

    public ExampleScriptTests()
    {
        Assert.Equal(0, Program.Run(["generate", "--cases", "1500", "--random", "3", "-o", PathOf("cohort.csv")], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, Program.Run(["generate", "--cases", "1500", "--random", "3", "-o", PathOf("cohort.jsonl")], TextWriter.Null, TextWriter.Null));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Evaluate_WritesAResultPerCase_AndPrintsTheRatePerProgramme()
    {
        var output = RunScript("evaluate.cs", PathOf("cohort.csv"), PathOf("results.csv"), "2026-06-30");

        Assert.Contains("1500 records read, 1500 evaluated", output, StringComparison.Ordinal);
        Assert.Matches(@"job-search: \d+\.\d % of \d+", output);
        Assert.Equal(1501, File.ReadLines(PathOf("results.csv")).Count());
    }

    [Fact]
    public void Compare_PrintsTheDifferenceAndTheLogRankTest()
    {
        var output = RunScript("compare.cs", PathOf("cohort.csv"), "job-search", "plan-b", "2026-06-30");

        Assert.Matches(@"entered: job-search \d+\.\d %, plan-b \d+\.\d %, difference", output);
        Assert.Matches(@"log-rank: chi2 = \d+\.\d\d, df = 1", output);
    }

    [Fact]
    public void Export_WritesPseudonymisedParquet()
    {
        File.WriteAllBytes(PathOf("key.bin"), Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());

        var output = RunScript("export.cs", PathOf("cohort.jsonl"), PathOf("results.parquet"), PathOf("key.bin"), "2026-06-30");

        Assert.Contains("1500 cases written to results.parquet", output, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(PathOf("results.parquet"));
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.DoesNotContain("C0000001", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void TheGuide_QuotesTheScriptsAsTheyAre()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/research.md")).ReplaceLineEndings("\n");
        var section = guide[guide.IndexOf("## 8. Cohort files", StringComparison.Ordinal)..];
        var scripts = string.Join("\n", Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.cs").Select(File.ReadAllText));
        var quoted = section.Split("```csharp\n").Skip(1).SelectMany(block => block[..block.IndexOf("```", StringComparison.Ordinal)].Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, line => Assert.Contains(line, scripts, StringComparison.Ordinal));
        foreach (var script in new[] { "evaluate.cs", "compare.cs", "export.cs" })
        {
            Assert.Contains("dotnet run docs/examples/" + script, section, StringComparison.Ordinal);
        }
    }

    private string RunScript(string script, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir };
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(RepositoryFiles.PathOf(Path.Combine("docs", "examples", script)));
        start.ArgumentList.Add("--");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(8)), script + " did not finish");
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}: {output}{error.Result}");
        return output;
    }
}
