using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Counselling.Research.Pseudonyms;
using Parquet;
using Xunit;

namespace Counselling.Core.Tests.Cli;

/// <summary>
/// Per-case files (CSV, JSON Lines, Parquet) leave blank the group of the cases of groups smaller than the small-cell
/// threshold, state the rule beside the file, and with a key carry keyed pseudonyms and no free text: in every format.
/// </summary>
public sealed class PerCaseDisclosureTests : IDisposable
{
    private const string Header = "case_id,client_id,counsellor_id,programme,site,opened_on,closed_on,closure_reason,sessions_planned,sessions_held,sessions_with_outcome,actions_agreed,actions_done,decision_on,employment_or_training_on,satisfaction,would_recommend,autonomy_intake,autonomy_closure,note\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("counsel-disclosure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Seven cases at the north site, two at the south site (a small group), one without a site.</summary>
    private string Cohort()
    {
        var lines = Enumerable.Range(1, 10).Select(i =>
        {
            var site = i <= 7 ? "north" : i <= 9 ? "south" : string.Empty;
            return $"CASE-SECRET-{i},CLIENT-SECRET-{i},COUNSELLOR-{i % 3},job-search,{site},2024-01-10,2024-06-10,objectives-met,4,4,4,2,2,2024-03-01,2024-05-01,5,yes,2,4,\"private note {i}, about the client\"\n";
        });
        var path = Path.Combine(_dir, "cohort.csv");
        File.WriteAllText(path, Header + string.Concat(lines));
        return path;
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public async Task SmallGroups_AreLeftBlank_InEveryPerCaseFormat_AndTheRuleIsStatedBesideTheFile(string format)
    {
        var output = Path.Combine(_dir, "results." + format);

        var (code, error) = Run("evaluate", Cohort(), "--as-of", "2025-06-30", "-g", "site", "-f", format, "-o", output);

        Assert.Equal(0, code);
        var rows = await Read(output, format);
        Assert.Equal(10, rows.Count);
        Assert.Equal(Enumerable.Repeat<string?>("north", 7).Concat([null, null, null]), rows.Select(r => r["group"]));
        Assert.DoesNotContain("south", string.Join(",", rows.SelectMany(r => r.Values)), StringComparison.Ordinal);
        const string Stated = "The group is left blank for the cases of groups of fewer than 5 cases (1 group, 2 cases).";
        Assert.Contains(Stated, error, StringComparison.Ordinal);
        Assert.Contains(Stated, File.ReadAllText(output + ".disclosure.txt"), StringComparison.Ordinal);
        Assert.Contains("Counts of fewer than 5 people are suppressed.", File.ReadAllText(output + ".disclosure.txt"), StringComparison.Ordinal);
        if (format == "parquet")
        {
            var metadata = await Metadata(output);
            Assert.Equal(Stated, metadata["counselling.small-groups"]);
            Assert.Contains("Counts of fewer than 5 people are suppressed.", metadata["counselling.disclosure"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheThreshold_IsTheOneOfMinCell()
    {
        var output = Path.Combine(_dir, "results.csv");

        var (code, error) = Run("evaluate", Cohort(), "--as-of", "2025-06-30", "-g", "site", "-f", "csv", "-o", output, "--min-cell", "8");

        Assert.Equal(0, code);
        Assert.Contains("fewer than 8 cases (2 groups, 9 cases)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("north", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void GroupedPerCaseResults_FromStandardInput_AreRefused_AsTheyNeedTwoReadings()
        => Assert.Equal(2, Run("evaluate", "-", "--as-of", "2025-06-30", "-g", "site", "-f", "csv").Code);

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    public async Task APseudonymisedExport_HasKeyedPseudonyms_AndNoFreeText_InEveryPerCaseFormat(string format)
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(Path.Combine(_dir, "key.bin"), key);
        var output = Path.Combine(_dir, "results." + format);

        var (code, _) = Run("evaluate", Cohort(), "--as-of", "2025-06-30", "-f", format, "-o", output, "--pseudonym-key", Path.Combine(_dir, "key.bin"));

        Assert.Equal(0, code);
        var rows = await Read(output, format);
        var pseudonyms = new Pseudonymizer(key);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => pseudonyms.Pseudonymize($"CASE-SECRET-{i}")), rows.Select(r => r["case_id"]));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => pseudonyms.Pseudonymize($"CLIENT-SECRET-{i}")), rows.Select(r => r["client_id"]));
        var bytes = File.ReadAllText(output, System.Text.Encoding.Latin1);
        Assert.DoesNotContain("SECRET", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNSELLOR", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("private note", bytes, StringComparison.Ordinal);
        Assert.Contains("keyed HMAC-SHA256 pseudonyms", File.ReadAllText(output + ".disclosure.txt"), StringComparison.Ordinal);
    }

    private static async Task<List<Dictionary<string, string?>>> Read(string path, string format)
    {
        switch (format)
        {
            case "csv":
                var lines = File.ReadAllLines(path);
                var names = lines[0].Split(',');
                return [.. lines.Skip(1).Select(l => names.Zip(l.Split(','), (n, v) => (n, v)).ToDictionary(p => p.n, p => p.v.Length == 0 ? null : (string?)p.v))];
            case "jsonl":
                return [.. File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString()))];
            default:
                await using (var stream = File.OpenRead(path))
                {
                    await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
                    using var group = reader.OpenRowGroupReader(0);
                    var rows = Enumerable.Range(0, (int)group.RowCount).Select(_ => new Dictionary<string, string?>()).ToList();
                    foreach (var field in reader.Schema.GetDataFields().Where(f => f.Name is "case_id" or "client_id" or "group"))
                    {
                        var values = new string?[rows.Count];
                        await group.ReadAsync(field, values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                        for (var i = 0; i < rows.Count; i++)
                        {
                            rows[i][field.Name] = values[i];
                        }
                    }

                    return rows;
                }
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> Metadata(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        return reader.CustomMetadata;
    }

    private static (int Code, string Error) Run(params string[] args)
    {
        var (code, _, error) = Counsel.Run(args);
        return (code, error);
    }
}
