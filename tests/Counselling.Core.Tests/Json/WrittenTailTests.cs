using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// The end every stored event shares (<c>"at"</c>, <c>"by"</c>, <c>"position"</c>) is read from the payload's bytes when
/// it is written so: whatever its author, instant, position or spacing, a store reads the event exactly as the general
/// binder reads or refuses it, with the same error and path.
/// </summary>
public sealed partial class WrittenTailTests
{
    private const string Reference = "392cf452-b716-4e19-8c40-33a16f51cf7d";

    private static readonly string[] Positions =
        ["0", "1", "04", "00", "999999999", "1000000000", "2147483647", "2147483648", "-1", "1e1", "4.0", " 4", "4 ", "\"4\"", "null"];

    private static readonly string[] Authors =
    [
        "{\"kind\":\"Counsellor\",\"reference\":\"" + Reference + "\"}",
        "{\"kind\":\"Client\",\"reference\":\"" + Reference + "\"}",
        "{\"kind\":\"Partner\",\"reference\":\"" + Reference + "\"}",
        "{\"kind\":\"Relative\",\"reference\":\"" + Reference + "\",\"role\":\"aunt\"}",
        "{\"kind\":\"System\",\"role\":\"importer\"}",
        "{\"kind\":\"None\"}",
        "{\"kind\":\"Counsellor\",\"reference\":\"00000000-0000-0000-0000-000000000000\"}",
        "{\"kind\":\"Counsellor\",\"reference\":\"" + Reference.ToUpperInvariant() + "\"}",
        "{\"kind\":\"counsellor\",\"reference\":\"" + Reference + "\"}",
        "{\"reference\":\"" + Reference + "\",\"kind\":\"Counsellor\"}",
        "{\"kind\":\"Counsellor\",\"reference\":\"" + Reference + "\",\"role\":null}",
        "{\"kind\":\"Counsellor\"}",
        "{\"kind\":\"Counsellor\",\"reference\":\"" + Reference[..^1] + "\"}",
        "{\"kind\":\"Counsellor\",\"reference\":\"" + Reference + "0\"}",
        "{\"kind\":\"Counsellor\",\"reference\":\"\\u0033" + Reference[1..] + "\"}",
        "{\"kind\":\"Counsellor\", \"reference\":\"" + Reference + "\"}",
        "{\"kind\":\"Coach\",\"reference\":\"" + Reference + "\"}",
        "null",
    ];

    private static readonly string[] Instants =
    [
        "2026-01-14T16:00:00Z", "2026-01-14T16:00:00.123Z", "2024-02-29T23:59:59.999999999Z", "2026-02-30T16:00:00Z",
        "2026-01-14T16:00:00+00:00", "2026-01-14 16:00:00Z", "2026-01-14T16:00:00", "\\u0032026-01-14T16:00:00Z", "2026-01-14T16:00:00Z\\n",
    ];

    [Property(Arbitrary = new[] { typeof(ChangedTails) }, MaxTest = 1000)]
    public void ChangedEnd_ReadAsAStoreReadsIt_IsReadOrRefused_ExactlyAsByTheGeneralBinder(ChangedTail payload)
    {
        var general = StoredPayloads.ByTheGeneralBinder(payload.Json);
        var read = StoredPayloads.Outcome(StoredPayloads.StoredReader, payload.Json);

        Assert.Equal(general, read);
    }

    [Fact]
    public void ChangedEnds_AreSomeReadAndSomeRefused()
    {
        var outcomes = Authors.Select(a => StoredPayloads.Outcome(StoredPayloads.StoredReader, Change(StoredPayloads.Demo[1], 1, Array.IndexOf(Authors, a)))).ToList();

        Assert.Contains(outcomes, o => o.Error is null);
        Assert.Contains(outcomes, o => o.Error is not null);
    }

    private static string Change(string json, int change, int pick) => change switch
    {
        0 => PositionField().Replace(json, "\"position\":" + Positions[pick % Positions.Length]),
        1 => AuthorField().Replace(json, "\"by\":" + Authors[pick % Authors.Length]),
        2 => AtField().Replace(json, "\"at\":\"" + Instants[pick % Instants.Length] + "\""),
        3 => PositionField().Replace(json, string.Empty).Replace(",}", "}", StringComparison.Ordinal),
        4 => json[..^1] + (pick % 3 == 0 ? " }" : pick % 3 == 1 ? "} " : "}\n"),
        _ => json.Replace("\"at\":", "\"\\u0061t\":", StringComparison.Ordinal),
    };

    [GeneratedRegex("\"position\":[0-9]+")]
    private static partial Regex PositionField();

    [GeneratedRegex("\"by\":\\{[^}]*\\}")]
    private static partial Regex AuthorField();

    [GeneratedRegex("\"at\":\"[^\"]*\"")]
    private static partial Regex AtField();

    /// <summary>A written event with its end changed.</summary>
    public sealed record ChangedTail(string Json)
    {
        public override string ToString() => Json;
    }

    /// <summary>The demo story's events, each with its position, author, instant, spacing or a name changed (or none).</summary>
    public static class ChangedTails
    {
        public static Arbitrary<ChangedTail> Tails()
        {
            var gen = from index in Gen.Choose(0, StoredPayloads.Demo.Length - 1)
                      from change in Gen.Choose(0, 6)
                      from pick in Gen.Choose(0, 100)
                      select new ChangedTail(change == 6 ? StoredPayloads.Demo[index] : Change(StoredPayloads.Demo[index], change, pick));
            return Arb.From(gen);
        }
    }
}
