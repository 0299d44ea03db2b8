using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Counselling.Core.Tests.Cli;

/// <summary>A researcher's own rubric, as a JSON file given to <c>--rubric</c>: evaluated beside a built-in one, and refused with its place and reason when wrong.</summary>
public sealed class RubricFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("counsel-rubric-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ACohort_UnderTheSampleRubricFile_AndUnderTheDefault_GivesTheExpectedDifferentCounts()
    {
        // Three cases that did everything; three alike but whose client made no decision (explicit "none").
        var cohort = Write("cohort.csv", Counsel.Header + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"c{i},job-search,2024-01-10,2024-06-10,objectives-met,4,4,4,2,2,{(i <= 3 ? "2024-03-01" : "none")},2024-05-01,5,yes,2,4\n")));
        var sample = RepositoryFiles.PathOf("docs/examples/decision-first.rubric.json");

        var byDefault = Verdicts(Counsel.Run("evaluate", cohort, "--as-of", "2025-06-30", "-f", "csv"));
        var byFile = Verdicts(Counsel.Run("evaluate", cohort, "--as-of", "2025-06-30", "-f", "csv", "--rubric", sample));

        Assert.Equal(["success", "success", "success", "success", "success", "success"], byDefault);
        Assert.Equal(["success", "success", "success", "not-successful", "not-successful", "not-successful"], byFile);
    }

    [Fact]
    public void TheSampleRubricFile_NamesItsCriteria_AsPerCaseColumns()
    {
        var cohort = Write("cohort.csv", Counsel.Header + "c1,job-search,2024-01-10,,,,,,,,,,,,,\n");

        var (code, output, _) = Counsel.Run("evaluate", cohort, "--as-of", "2025-06-30", "-f", "csv", "--rubric", RepositoryFiles.PathOf("docs/examples/decision-first.rubric.json"));

        Assert.Equal(0, code);
        Assert.EndsWith(",decision-made,sessions-held-as-planned,satisfaction,days,entered_employment_or_training", output.Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "x", "policy": "AllAxesMet", "criteria": [ { "criterion": "decision-made", "weight": 0.5 }, { "criterion": "no-such-thing", "weight": 0.5 } ] }""", "$.criteria[1].criterion", "evaluation.rubric.unknown-criterion")]
    [InlineData("""{ "name": "x", "policy": "AllAxesMet", "criteria": [ { "criterion": "decision-made", "weight": 0.7 } ] }""", "$.criteria", "evaluation.rubric.weights-sum")]
    [InlineData("""{ "name": "x", "policy": "Sometimes", "criteria": [] }""", "$.policy", "rubric-file.json-invalid")]
    [InlineData("""{ "name": "x", "policy": "AllAxesMet", "critera": [] }""", "$.critera", "rubric-file.json-invalid")]
    [InlineData("""{ "name": "x", "policy": "AllAxesMet", "criteria": [ { "criterion": "decision-made", "weight": "half" } ] }""", "$.criteria[0].weight", "rubric-file.json-invalid")]
    [InlineData("""{ "name": "x", """, "$", "rubric-file.json-invalid")]
    public void ABadRubricFile_ExitsWith2_NamingTheFile_ThePath_AndTheCode(string json, string path, string code)
    {
        var cohort = Write("cohort.csv", Counsel.Header + "c1,job-search,2024-01-10,,,,,,,,,,,,,\n");
        var rubric = Write("mine.json", json);

        var (exit, output, error) = Counsel.Run("evaluate", cohort, "--as-of", "2025-06-30", "--rubric", rubric);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("--rubric mine.json: " + path, error, StringComparison.Ordinal);
        Assert.Contains(": " + code + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ARubricNameThatIsNeitherBuiltInNorAFile_IsAUsageError_AndAMissingFileAnInputError()
    {
        var cohort = Write("cohort.csv", Counsel.Header + "c1,job-search,2024-01-10,,,,,,,,,,,,,\n");

        Assert.Equal(2, Counsel.Run("evaluate", cohort, "--as-of", "2025-06-30", "--rubric", "lenient").Code);
        Assert.Equal(3, Counsel.Run("compare", cohort, "--as-of", "2025-06-30", "--rubric", Path.Combine(_dir, "absent.json")).Code);
    }

    private static string[] Verdicts((int Code, string Output, string Error) run)
    {
        Assert.Equal(0, run.Code);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var verdict = Array.IndexOf(lines[0].Split(','), "verdict");
        return [.. lines.Skip(1).Select(l => l.Split(',')[verdict])];
    }

    private string Write(string name, string text) => Counsel.Write(_dir, name, text);
}
