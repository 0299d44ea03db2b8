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

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void RandomHistory_EveryPayloadReadAsAStoreReadsIt_IsWhatTheGeneralBinderReads(LifecycleCommand[] commands)
    {
        var (_, intervention) = HistoryValidationProperties.Run(commands);

        foreach (var change in intervention.History)
        {
            var json = JsonSerializer.Serialize(change, JsonAssert.Options);
            var read = StoredReader(json);
            Assert.Equal(change, read);
            Assert.Equal(JsonSerializer.Deserialize<InterventionEvent>(json, General), read);
        }
    }

    [Property(Arbitrary = new[] { typeof(CorruptedPayloads) }, MaxTest = 1000)]
    public void CorruptedPayload_ReadAsAStoreReadsIt_IsReadOrRefused_ExactlyAsByTheGeneralBinder(CorruptedPayload payload)
    {
        var general = Outcome(payload.Json, General);
        var read = Outcome(StoredReader, payload.Json);

        Assert.Equal(general.Error, read.Error);
        Assert.Equal(general.Path, read.Path);
        Assert.Equal(general.Event, read.Event);
    }

    [Property(Arbitrary = new[] { typeof(StoredTexts) }, MaxTest = 1000)]
    public void StoredText_ReadAsAStoreReadsIt_IsReadOrRefused_ExactlyAsByTheSerializer(StoredText payload)
    {
        var serializer = Outcome(payload.Json, JsonAssert.Options);
        var read = Outcome(StoredReader, payload.Json);

        Assert.Equal(serializer.Error, read.Error);
        Assert.Equal(serializer.Path, read.Path);
        Assert.Equal(serializer.Event, read.Event);
        Assert.Equal(Outcome(payload.Json, General), read);
    }

    [Fact]
    public void DemoPayloads_ReadAsAStoreReadsThem_AreReadStraight_AsTheGeneralBinderReadsThem()
    {
        foreach (var json in DemoPayloads)
        {
            Assert.Equal(JsonSerializer.Deserialize<InterventionEvent>(json, General), StoredReader(json));
        }
    }

    [Fact]
    public void StoredReader_OfOptionsThatReadEveryEventByTheGeneralBinder_ReadsAsTheSerializer()
    {
        var read = CounsellingJson.StoredEventReader(General);

        foreach (var json in DemoPayloads.Append("null"))
        {
            Assert.Equal(JsonSerializer.Deserialize<InterventionEvent>(json, General), read(json));
        }
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
        => Outcome(text => JsonSerializer.Deserialize<InterventionEvent>(text, options), json);

    private static (InterventionEvent? Event, string? Error, string? Path) Outcome(Func<string, InterventionEvent?> read, string json)
    {
        try
        {
            return (read(json), null, null);
        }
        catch (JsonException e)
        {
            return (null, e.Message, CounsellingJson.PathOf(e));
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            // Text that is not valid UTF-16 cannot be read as JSON at all (an ArgumentException).
            return (null, e.GetType().Name, null);
        }
    }

    /// <summary>How a store reads a payload under the shared options.</summary>
    private static readonly Func<string, InterventionEvent?> StoredReader = CounsellingJson.StoredEventReader(JsonAssert.Options);

    /// <summary>A stored event's text with one change to the text around or inside the event.</summary>
    public sealed record StoredText(string Json)
    {
        public override string ToString() => Json;
    }

    /// <summary>
    /// The demo story's events as stored, each with one change to its text: something after the object, white space or a
    /// comment around it, a trailing comma, a lone surrogate, the text cut short, indented, or nothing changed.
    /// </summary>
    public static class StoredTexts
    {
        private static readonly string[] Changes =
        [
            "{0}", "{0} ", " \n{0}\t", "{0}x", "{0}{{}}", "{0},", "{0} null", "/* a */{0}", "{0}// a", "{0}\uD800", "null", "", "[{0}]",
        ];

        public static Arbitrary<StoredText> Texts()
        {
            var gen = from index in Gen.Choose(0, DemoPayloads.Length - 1)
                      from change in Gen.Choose(0, Changes.Length + 3)
                      from cut in Gen.Choose(1, 400)
                      select new StoredText(Change(DemoPayloads[index], change, cut));
            return Arb.From(gen);
        }

        private static string Change(string json, int change, int cut)
        {
            if (change < Changes.Length)
            {
                return string.Format(CultureInfo.InvariantCulture, Changes[change], json);
            }

            return (change - Changes.Length) switch
            {
                0 => json[..Math.Max(0, json.Length - cut)],
                1 => JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
                2 => json.Replace(",\"", ", \"", StringComparison.Ordinal).Replace("{\"", "{ ,\"", StringComparison.Ordinal),
                _ => json.Insert(Math.Min(cut, json.Length - 1), "\uD800"),
            };
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
