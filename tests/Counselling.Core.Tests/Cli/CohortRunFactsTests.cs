using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Counselling.Core.Tests.Cli;

/// <summary>What researchers asked of every run: each case at its own horizon, the same bytes for the same input, the counts said, a help that reads well.</summary>
public sealed class CohortRunFactsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("counsel-facts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void SixMonthsAfterOpening_EvaluatesEachCaseAtItsOwnDate_AndOnePastTheExtractHasNotReachedItsHorizon()
    {
        var cohort = Write("cohort.csv", Counsel.Header
            + "a,job-search,2024-01-10,2024-06-10,objectives-met,4,4,4,2,2,2024-03-01,2024-05-01,5,yes,2,4\n"
            + "b,job-search,2024-08-31,,,2,2,2,0,0,none,none,,,3,\n"
            + "c,job-search,2025-03-01,,,1,1,1,0,0,none,none,,,3,\n");

        var (code, output, error) = Counsel.Run("evaluate", cohort, "--horizon", "6m", "--from", "opening", "--as-of", "2025-06-30", "-f", "csv");

        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(["a", "2024-07-10", "evaluated"], rows[0][..1].Concat(rows[0][3..5]));
        Assert.Equal(["b", "2025-02-28", "evaluated"], rows[1][..1].Concat(rows[1][3..5]));
        Assert.Equal(["c", "", "horizon-not-reached"], rows[2][..1].Concat(rows[2][3..5]));
        Assert.Contains("3 records read, 2 evaluated, 1 not evaluated (0 not yet open, 0 not closed, 1 past the cut-off), 0 skipped", error, StringComparison.Ordinal);
        Assert.Contains("0 skipped", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public void PerCaseFiles_AreTheSameBytes_OnEveryRunOfTheSameInput(string format)
    {
        Assert.Equal(0, Counsel.Run("generate", "--cases", "300", "--random", "5", "-o", Path.Combine(_dir, "cohort.csv")).Code);
        string Once(string name)
        {
            var path = Path.Combine(_dir, name + "." + format);
            Assert.Equal(0, Counsel.Run("evaluate", Path.Combine(_dir, "cohort.csv"), "--as-of", "2026-06-30", "-g", "site", "-f", format, "-o", path).Code);
            return Convert.ToBase64String(File.ReadAllBytes(path));
        }

        Assert.Equal(Once("first"), Once("second"));
    }

    [Fact]
    public void Compare_SaysHowManyRecordsWereReadEvaluatedAndSkipped()
    {
        Assert.Equal(0, Counsel.Run("generate", "--cases", "400", "--random", "2", "--messy", "-o", Path.Combine(_dir, "cohort.jsonl")).Code);

        var (code, _, error) = Counsel.Run("compare", Path.Combine(_dir, "cohort.jsonl"), "--as-of", "2026-06-30");

        Assert.Equal(0, code);
        Assert.Matches(@"400 records read, \d+ evaluated.*, \d+ skipped", error);
    }

    [Fact]
    public void Help_ListsTheRubricFile_TheExitCodes_AndTheFormats()
    {
        var (code, output, _) = Counsel.Run("evaluate", "--help");

        Assert.Equal(0, code);
        Assert.Contains("FILE.json", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done", output, StringComparison.Ordinal);
        Assert.Contains("parquet", output, StringComparison.Ordinal);
        Assert.Contains("--min-cell", output, StringComparison.Ordinal);
    }

    private string Write(string name, string text) => Counsel.Write(_dir, name, text);
}
