using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Counselling.Cli.Demo;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using Counselling.Core.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// Events stored in the written form are read in one straight pass; they must read exactly as the general binder reads
/// them, and anything else (reordered, missing, unknown, repeated, escaped, null or mistyped fields) must be accepted or
/// refused exactly as the general binder accepts or refuses it, with the same error and path.
/// </summary>
public sealed class CanonicalReadingTests
{
    /// <summary>Options that read every event with the general binder: the reference.</summary>
    private static readonly JsonSerializerOptions General = CounsellingJson.ConfigureReading(
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }, DateTimeZoneProviders.Tzdb, canonicalReading: false);

    /// <summary>The demo story's events, as written: 44 events of most kinds.</summary>
    private static readonly string[] DemoPayloads = [.. new PlanBDemo(TextWriter.Null, CultureInfo.InvariantCulture).Run().History
        .Select(e => JsonSerializer.Serialize(e, JsonAssert.Options))];

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void RandomHistory_EveryEventReadStraight_IsWhatTheGeneralBinderReads(LifecycleCommand[] commands)
    {
        var (_, intervention) = HistoryValidationProperties.Run(commands);

        foreach (var change in intervention.History)
        {
            var json = JsonSerializer.Serialize(change, JsonAssert.Options);
            var general = JsonSerializer.Deserialize<InterventionEvent>(json, General);
            Assert.Equal(change, general);
            Assert.Equal(general, JsonSerializer.Deserialize<InterventionEvent>(json, JsonAssert.Options));
            if (CanonicalEventReader.For(change.GetType(), JsonAssert.Options) is { } canonical)
            {
                Assert.Equal(general, ReadStraight(canonical, json));
            }
        }
    }

    [Fact]
    public void DemoHistory_EveryEventOfAKindWithAStraightReader_IsReadStraight_AsTheGeneralBinderReadsIt()
    {
        var straight = 0;
        foreach (var json in DemoPayloads)
        {
            var general = JsonSerializer.Deserialize<InterventionEvent>(json, General)!;
            Assert.Equal(general, JsonSerializer.Deserialize<InterventionEvent>(json, JsonAssert.Options));
            if (CanonicalEventReader.For(general.GetType(), JsonAssert.Options) is { } canonical)
            {
                Assert.Equal(general, ReadStraight(canonical, json));
                straight++;
            }
        }

        // Every kind but those with an optional detail outside their constructor (or more than six fields) is read straight.
        Assert.True(straight >= DemoPayloads.Length - 3, straight + " of " + DemoPayloads.Length);
    }

    [Fact]
    public void EventKinds_WithoutAStraightReader_AreOnlyThoseThatDoNotFitOne()
    {
        var without = CounsellingJson.EventTypes.Values.Where(t => CanonicalEventReader.For(t, JsonAssert.Options) is null).Select(t => t.Name).Order();

        Assert.Equal(["DiagnosisShared", "ReferralMade"], without);
    }

    [Property(Arbitrary = new[] { typeof(CorruptedPayloads) }, MaxTest = 1000)]
    public void CorruptedPayload_IsReadOrRefused_ExactlyAsByTheGeneralBinder(CorruptedPayload payload)
    {
        var general = Outcome(payload.Json, General);
        var read = Outcome(payload.Json, JsonAssert.Options);

        Assert.Equal(general.Error, read.Error);
        Assert.Equal(general.Path, read.Path);
        Assert.Equal(general.Event, read.Event);
    }

    [Fact]
    public void StoredPositionAbsent_IsReadStraight_AsZero()
    {
        var json = DemoPayloads[1].Replace(",\"position\":2", string.Empty, StringComparison.Ordinal);

        var read = JsonSerializer.Deserialize<InterventionEvent>(json, JsonAssert.Options)!;

        Assert.Equal(0, read.Position);
        Assert.Equal(JsonSerializer.Deserialize<InterventionEvent>(json, General), read);
        Assert.NotNull(ReadStraight(CanonicalEventReader.For(read.GetType(), JsonAssert.Options)!, json));
    }

    [Fact]
    public void FieldRefusedByTheDomain_IsRefusedWithTheGeneralBindersError()
    {
        var recorded = DemoPayloads.First(p => p.Contains("\"SessionRecorded\"", StringComparison.Ordinal));
        var blank = JsonNode.Parse(recorded)!.AsObject();
        blank["outcomes"]![0]!["summary"] = "   ";

        var general = Outcome(blank.ToJsonString(), General);
        var read = Outcome(blank.ToJsonString(), JsonAssert.Options);

        Assert.NotNull(general.Error);
        Assert.Equal(general, read);
    }

    /// <summary>The canonical reader alone, over the event after its discriminator.</summary>
    private static InterventionEvent? ReadStraight(CanonicalEventReader canonical, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        reader.Read();
        return canonical.Read(ref reader, JsonAssert.Options);
    }

    private static (InterventionEvent? Event, string? Error, string? Path) Outcome(string json, JsonSerializerOptions options)
    {
        try
        {
            return (JsonSerializer.Deserialize<InterventionEvent>(json, options), null, null);
        }
        catch (JsonException e)
        {
            return (null, e.Message, CounsellingJson.PathOf(e));
        }
        catch (NotSupportedException e)
        {
            return (null, e.GetType().Name, null);
        }
    }

    /// <summary>A written event with one change a store or a hand could make.</summary>
    public sealed record CorruptedPayload(string Json)
    {
        public override string ToString() => Json;
    }

    /// <summary>The demo story's events, each with one change: a field removed, repeated, moved, added, nulled, retyped or escaped.</summary>
    public static class CorruptedPayloads
    {
        private const int Changes = 9;

        public static Arbitrary<CorruptedPayload> Payloads()
        {
            var gen = from index in Gen.Choose(0, DemoPayloads.Length - 1)
                      from change in Gen.Choose(0, Changes - 1)
                      from field in Gen.Choose(0, 20)
                      from other in Gen.Choose(0, 20)
                      select new CorruptedPayload(Corrupt(DemoPayloads[index], change, field, other));
            return Arb.From(gen);
        }

        private static string Corrupt(string json, int change, int field, int other)
        {
            var node = JsonNode.Parse(json)!.AsObject();
            var fields = node.Select(p => p.Key).ToList();
            var name = fields[field % fields.Count];
            var second = fields[other % fields.Count];
            switch (change)
            {
                case 0:
                    node.Remove(name);
                    return node.ToJsonString();
                case 1:
                    // Repeated: written by hand, as JsonObject keeps one value per name.
                    return json[..^1] + ",\"" + name + "\":" + (node[name]?.ToJsonString() ?? "null") + "}";
                case 2:
                    return Reordered(node, name, second);
                case 3:
                    node.Add("note" + other, other);
                    return node.ToJsonString();
                case 4:
                    node[name] = null;
                    return node.ToJsonString();
                case 5:
                    node[name] = other;
                    return node.ToJsonString();
                case 6:
                    node[name] = "text";
                    return node.ToJsonString();
                case 7:
                    // The first letter of a field's name escaped: the same name for a JSON reader.
                    return json.Replace("\"" + name + "\":", "\"\\u" + ((int)name[0]).ToString("x4", CultureInfo.InvariantCulture) + name[1..] + "\":", StringComparison.Ordinal);
                default:
                    node["$type"] = CounsellingJson.EventTypes.Keys.Order(StringComparer.Ordinal).ElementAt(other % CounsellingJson.EventTypes.Count);
                    return node.ToJsonString();
            }
        }

        private static string Reordered(JsonObject node, string first, string second)
        {
            var order = node.Select(p => p.Key).ToList();
            var (i, j) = (order.IndexOf(first), order.IndexOf(second));
            (order[i], order[j]) = (order[j], order[i]);
            var copy = new JsonObject();
            foreach (var key in order)
            {
                copy.Add(key, node[key]?.DeepClone());
            }

            return copy.ToJsonString();
        }
    }
}
