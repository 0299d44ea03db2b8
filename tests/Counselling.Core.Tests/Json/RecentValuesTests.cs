using System;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// Ids and actors' references met lately are found again by their bytes instead of being parsed again: whatever was read
/// before, each text reads as the value it gives on its own, and a text refused is refused the same (instants, read from
/// their bytes too, alike).
/// </summary>
public sealed class RecentValuesTests
{
    /// <summary>A few GUIDs, so that values come back often, and a text that is no GUID or the empty one.</summary>
    private static readonly string[] Guids =
    [
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3302",
        "b1a7c2d4-0000-4000-8000-000000000001", "b1a7c2d4-0000-4000-8000-000000000002", "b1a7c2d4-0000-4000-8000-000000000003",
        "00000000-0000-0000-0000-000000000000", "3f2504e0-4f89-11d3-9a0c-0305e82c330", "3f2504e0-4f89-11d3-9a0c-0305e82c33011",
        "session:3f2504e0-4f89-11d3-9a0c-0305e82c3301", "\\u0033f2504e0-4f89-11d3-9a0c-0305e82c3301",
    ];

    /// <summary>A few instants as stored, one with a fraction, one not a date, one NodaTime reads in another form.</summary>
    private static readonly string[] Instants =
    [
        "2026-01-14T16:00:00Z", "2026-01-14T16:00:01Z", "2026-01-14T16:00:00.5Z", "2026-02-30T16:00:00Z", "2026-01-14T16:00:00+00:00",
        "2026-01-14T16:00:00", "\\u0032026-01-14T16:00:00Z", "2024-02-29T23:59:59.999999999Z",
    ];

    private static readonly string[] IdTexts = [.. Guids.Select(g => "\"" + g + "\"")];
    private static readonly string[] ActorTexts = [.. Guids.SelectMany(g => new[] { "Counsellor", "Client", "Partner" }.Select(k => "{\"kind\":\"" + k + "\",\"reference\":\"" + g + "\"}"))];
    private static readonly string[] InstantTexts = [.. Instants.Select(i => "\"" + i + "\"")];

    /// <summary>Each text as read first by options that have read nothing else.</summary>
    private static readonly (SessionId, string?)[] IdsAlone = [.. IdTexts.Select(t => Outcome<SessionId>(t, Fresh()))];
    private static readonly (Actor, string?)[] ActorsAlone = [.. ActorTexts.Select(t => Outcome<Actor>(t, Fresh()))];
    private static readonly (Instant, string?)[] InstantsAlone = [.. InstantTexts.Select(t => Outcome<Instant>(t, Fresh()))];

    [Property(MaxTest = 1000)]
    public Property SessionIds_ReadInTurn_EachReadsAsOnItsOwn()
        => Prop.ForAll(Picks(IdTexts.Length), picks =>
        {
            foreach (var i in picks)
            {
                Assert.Equal(IdsAlone[i], Outcome<SessionId>(IdTexts[i], JsonAssert.Options));
            }
        });

    [Property(MaxTest = 1000)]
    public Property ActorsReferences_ReadInTurn_EachReadsAsOnItsOwn()
        => Prop.ForAll(Picks(ActorTexts.Length), picks =>
        {
            foreach (var i in picks)
            {
                Assert.Equal(ActorsAlone[i], Outcome<Actor>(ActorTexts[i], JsonAssert.Options));
            }
        });

    [Property(MaxTest = 1000)]
    public Property Instants_ReadInTurn_EachReadsAsOnItsOwn()
        => Prop.ForAll(Picks(InstantTexts.Length), picks =>
        {
            foreach (var i in picks)
            {
                Assert.Equal(InstantsAlone[i], Outcome<Instant>(InstantTexts[i], JsonAssert.Options));
            }
        });

    [Fact]
    public void TheTextsRead_AreSomeReadAndSomeRefused()
    {
        Assert.Contains(IdsAlone, o => o.Item2 is null);
        Assert.Contains(IdsAlone, o => o.Item2 is not null);
        Assert.Contains(ActorsAlone, o => o.Item2 is null);
        Assert.Contains(ActorsAlone, o => o.Item2 is not null);
        Assert.Contains(InstantsAlone, o => o.Item2 is null);
        Assert.Contains(InstantsAlone, o => o.Item2 is not null);
    }

    private static Arbitrary<int[]> Picks(int count) => Arb.From(Gen.Choose(0, count - 1).ArrayOf());

    /// <summary>Options that have read nothing yet.</summary>
    private static JsonSerializerOptions Fresh() => Counselling.Core.Json.CounsellingJson.CreateOptions(DateTimeZoneProviders.Tzdb);

    private static (T? Value, string? Error) Outcome<T>(string json, JsonSerializerOptions options)
    {
        try
        {
            return (JsonSerializer.Deserialize<T>(json, options), null);
        }
        catch (JsonException e)
        {
            return (default, e.Message);
        }
    }
}
