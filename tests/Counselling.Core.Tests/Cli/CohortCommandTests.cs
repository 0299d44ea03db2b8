using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Counselling.Cli;
using Xunit;

namespace Counselling.Core.Tests.Cli;

/// <summary>A researcher at the command line: generate, evaluate, compare, with bad rows, small cells and pseudonyms.</summary>
public sealed class CohortCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("counsel-cohort-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Generate(string name, int cases = 600, bool messy = false)
    {
        var (code, _, _) = Run(["generate", "--cases", cases.ToString(System.Globalization.CultureInfo.InvariantCulture), "--random", "7", "-o", PathOf(name), .. messy ? new[] { "--messy" } : []]);
        Assert.Equal(0, code);
        return PathOf(name);
    }

    [Fact]
    public void GenerateEvaluateCompare_AsAResearcherWould_GivesATableAndADifference()
    {
        var file = Generate("cohort.csv");

        var (evaluated, table, tally) = Run("evaluate", file, "--as-of", "2026-06-30", "--group-by", "programme");
        var (compared, comparison, _) = Run("compare", file, "--as-of", "2026-06-30", "--groups", "job-search", "plan-b");

        Assert.Equal(0, evaluated);
        Assert.Contains("job-search", table, StringComparison.Ordinal);
        Assert.Contains("all cases", table, StringComparison.Ordinal);
        Assert.Contains("600 records read, 600 evaluated", tally, StringComparison.Ordinal);
        Assert.Equal(0, compared);
        Assert.Contains("95 % Newcombe interval", comparison, StringComparison.Ordinal);
        Assert.Contains("log-rank: chi²", comparison, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MessyFile_Lenient_SkipsAndCountsEachBadRecordWithItsLineAndField()
    {
        var file = Generate("messy.jsonl", 1000, messy: true);

        var (code, _, error) = Run("evaluate", file, "--as-of", "2026-06-30");

        Assert.Equal(0, code);
        var counts = System.Text.RegularExpressions.Regex.Match(error, @"(\d+) records read, (\d+) evaluated, (?:(\d+) not evaluated \(.*?\), )?(\d+) skipped");
        Assert.True(counts.Success, error);
        int Count(int group) => counts.Groups[group].Success ? int.Parse(counts.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        Assert.Equal(1000, Count(1));
        Assert.Equal(1000, Count(2) + Count(3) + Count(4));
        Assert.Matches(@"skipped line \d+, [a-z_]+: ", error);
    }

    [Fact]
    public void Evaluate_MessyFile_Strict_StopsWithExitCode1_AtTheFirstBadLine()
    {
        var file = Generate("messy.csv", 1000, messy: true);

        var (code, _, error) = Run("evaluate", file, "--as-of", "2026-06-30", "--strict");

        Assert.Equal(1, code);
        Assert.Matches(@"Stopped at a bad record \(--strict\): line \d+, [a-z_]+: ", error);
    }

    [Theory]
    [InlineData("evaluate", "missing.csv")]
    [InlineData("evaluate", "x.csv", "--as-of", "2026-02-30")]
    [InlineData("evaluate", "x.csv", "--as-of", "2026-01-01", "--group-by", "shoe-size")]
    [InlineData("evaluate", "x.csv", "--as-of", "2026-01-01", "--format", "parquet")]
    [InlineData("evaluate", "x.csv", "--horizon", "soon")]
    [InlineData("compare")]
    public void UsageErrors_ExitWith2(params string[] args)
    {
        Assert.Equal(2, Run(args).Code);
    }

    [Fact]
    public void Evaluate_FileThatIsNotThere_ExitsWith3()
    {
        Assert.Equal(3, Run("evaluate", PathOf("nowhere.csv"), "--as-of", "2026-01-01").Code);
    }

    [Fact]
    public void Evaluate_PerCaseCsv_IsTheSameBytesOnEveryRun_AndJoinsBackByCaseId()
    {
        var file = Generate("cohort.csv", 300);

        Assert.Equal(0, Run("evaluate", file, "--as-of", "2026-06-30", "-g", "site", "-f", "csv", "-o", PathOf("a.csv")).Code);
        Assert.Equal(0, Run("evaluate", file, "--as-of", "2026-06-30", "-g", "site", "-f", "csv", "-o", PathOf("b.csv")).Code);

        Assert.Equal(File.ReadAllBytes(PathOf("a.csv")), File.ReadAllBytes(PathOf("b.csv")));
        var inputIds = File.ReadLines(file).Skip(1).Select(l => l.Split(',')[0]).Where(id => id.StartsWith('C')).ToHashSet();
        var outputIds = File.ReadLines(PathOf("a.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(300, outputIds.Count);
        Assert.Subset(inputIds, outputIds.ToHashSet());
    }

    [Fact]
    public void Evaluate_SmallGroups_AreSuppressed_AndTheRuleIsStated()
    {
        var file = Generate("cohort.csv", 200);

        var (code, table, _) = Run("evaluate", file, "--as-of", "2026-06-30", "-g", "site", "--min-cell", "60");

        Assert.Equal(0, code);
        Assert.Contains("<60 †", table, StringComparison.Ordinal);
        Assert.Contains("Counts of fewer than 60 people are suppressed.", table.Replace("\n", " ", StringComparison.Ordinal).Replace("│", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("suppressed", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Pseudonymised_HasNoRawIdNorFreeText()
    {
        var file = Generate("cohort.csv", 200);
        File.WriteAllBytes(PathOf("key.bin"), Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

        var (code, output, _) = Run("evaluate", file, "--as-of", "2026-06-30", "-g", "counsellor", "-f", "jsonl", "--pseudonym-key", PathOf("key.bin"));

        Assert.Equal(0, code);
        Assert.Equal(200, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotMatch(@"""C\d{7}""", output);
        Assert.DoesNotMatch(@"""P\d{7}""", output);
        Assert.DoesNotMatch(@"""c\d{3}""", output);
        Assert.DoesNotContain("café", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Html_IsSelfContained_AndChromiumDrawsItsCharts()
    {
        var file = Generate("cohort.csv", 800);
        Assert.Equal(0, Run("evaluate", file, "--as-of", "2026-06-30", "-g", "programme", "-f", "html", "-o", PathOf("report.html")).Code);
        var html = File.ReadAllText(PathOf("report.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);

        // A copy with a probe that counts what the browser laid out: the rate bars, the intervals, the curves and their bands with a size.
        const string probe = "<script>window.onload=()=>{const n=s=>[...document.querySelectorAll(s)].filter(e=>{const b=e.getBBox();return b.width>0&&b.height>=0;}).length;document.title=`drawn ${n('#rates rect.rate')} ${n('#rates path.interval')} ${n('#survival path.curve')} ${n('#survival polygon.band')}`;};</script>";
        File.WriteAllText(PathOf("probe.html"), html.Replace("</body>", probe + "</body>", StringComparison.Ordinal));
        var dom = Chromium("--dump-dom", new Uri(PathOf("probe.html")).AbsoluteUri);

        Assert.Contains("<title>drawn 4 4 3 3</title>", dom, StringComparison.Ordinal);
    }

    private static string Chromium(params string[] args)
    {
        const string browser = "/usr/bin/chromium";
        Assert.True(File.Exists(browser), "Headless Chromium is needed to check the report: apt-get install -y chromium (.ci/run installs it).");
        var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=5000" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "Chromium did not finish");
        _ = error.Result;
        return output;
    }
}
