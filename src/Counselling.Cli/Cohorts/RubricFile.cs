using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Evaluation;
using Counselling.Core.Json;
using NodaTime;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// A rubric read from a JSON file (<c>--rubric FILE.json</c>), in the shape Counselling.Core.Json stores a rubric:
/// <c>name</c>, <c>policy</c> (<c>ProcessAndImpactMet</c>, <c>AllAxesMet</c>, <c>WeightedScoreAtLeast</c>),
/// <c>criteria</c> (each <c>criterion</c>, <c>weight</c>, and optionally <c>axis</c>, <c>threshold</c>,
/// <c>countsOnlyInFavour</c>), optionally <c>scoreThreshold</c> and <c>followUpMonths</c>. A bad file is refused with
/// its JSON path and a stable code.
/// </summary>
internal static class RubricFile
{
    /// <summary>The file is not JSON, or a value has the wrong type or an unknown name.</summary>
    public const string JsonInvalid = "rubric-file.json-invalid";

    private static readonly JsonSerializerOptions Options = CounsellingJson.CreateOptions(DateTimeZoneProviders.Tzdb);

    /// <summary>Whether an argument of <c>--rubric</c> names a file rather than a built-in rubric.</summary>
    public static bool IsFile(string value) => value.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a rubric file, or says on <paramref name="error"/> where and why it is refused.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static Rubric? TryLoad(string path, TextWriter error)
    {
        var name = Path.GetFileName(path);
        RubricData? data;
        try
        {
            data = JsonSerializer.Deserialize<RubricData>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? FormattableString.Invariant($" (line {l + 1})") : string.Empty;
            error.WriteLine($"--rubric {name}: {CounsellingJson.PathOf(e)}{line}: {JsonInvalid}: {Plain(e.Message)}");
            return null;
        }

        if (data is null)
        {
            error.WriteLine($"--rubric {name}: $: {JsonInvalid}: the file holds null, not a rubric object.");
            return null;
        }

        var criteria = data.Criteria ?? [];
        var problems = Rubric.Validate(data.Name, data.Policy, criteria, data.ScoreThreshold, data.FollowUpMonths ?? 3);
        if (problems.Count == 0 && criteria.All(c => c is not null))
        {
            return new Rubric(data.Name!, data.Policy, criteria!, data.ScoreThreshold, data.FollowUpMonths ?? 3);
        }

        // The constructor names the field of the first problem; Validate gives its code and words, in the same order.
        var field = "criteria";
        try
        {
            _ = new Rubric(data.Name!, data.Policy, criteria!, data.ScoreThreshold, data.FollowUpMonths ?? 3);
        }
        catch (ArgumentException e) when (e.ParamName is { } p)
        {
            field = p;
        }

        var first = problems.Count > 0 ? problems[0] : null;
        error.WriteLine($"--rubric {name}: {JsonPath(field)}: {first?.Code ?? JsonInvalid}: {first?.Describe(CultureInfo.GetCultureInfo("en")) ?? "a criterion is null."}"
            + (problems.Count > 1 ? FormattableString.Invariant($" ({problems.Count - 1} more problem{(problems.Count > 2 ? "s" : string.Empty)} after it.)") : string.Empty));
        return null;
    }

    /// <summary>The JSON path of a rubric's field as the constructor names it: <c>criteria[1].Criterion</c> is <c>$.criteria[1].criterion</c>.</summary>
    internal static string JsonPath(string field)
        => "$." + string.Join('.', field.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));

    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path: $", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>The fields of a rubric file; a property the shape does not have is refused, so that a misspelt one is not ignored.</summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record RubricData(string? Name, VerdictPolicy Policy, IReadOnlyList<RubricCriterion?>? Criteria, double? ScoreThreshold, int? FollowUpMonths);
}
