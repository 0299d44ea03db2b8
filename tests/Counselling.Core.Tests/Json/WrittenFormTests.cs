using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// Events in the written form are read wholly from their bytes, without the JSON reader: every value (plain texts,
/// numbers, literals, optional values, arrays, nested value objects, actors) must read exactly as the general binder reads
/// it, and anything else (escapes, raw non-ASCII text, white space, numbers at and beyond their limits, fields reordered,
/// repeated, missing or unknown) must leave the event read or refused exactly as the general binder reads or refuses it,
/// with the same error and path. Outcomes read from their bytes are built without the checks the reader has made, into
/// the same values the public constructor makes.
/// </summary>
public sealed partial class WrittenFormTests
{
    [Fact]
    public void EventsOfTheDemoStory_WithPlainFields_AreReadWhollyFromTheirBytes()
    {
        Assert.True(ReadsWrittenForm(typeof(SessionRecorded)));
        Assert.True(ReadsWrittenForm(typeof(InterventionOpened)));
        Assert.True(ReadsWrittenForm(typeof(IntakeStarted)));
        Assert.True(ReadsWrittenForm(typeof(ObjectiveAgreed)));
        Assert.True(ReadsWrittenForm(typeof(SatisfactionRecorded)));
        Assert.False(ReadsWrittenForm(typeof(PlanActionAgreed)));
    }

    [Property(Arbitrary = new[] { typeof(ChangedPayloads) }, MaxTest = 1000)]
    public void ChangedWrittenForm_ReadAsAStoreReadsIt_IsReadOrRefused_ExactlyAsByTheGeneralBinder(ChangedPayload payload)
    {
        var general = StoredPayloads.ByTheGeneralBinder(payload.Json);
        var read = StoredPayloads.Outcome(StoredPayloads.StoredReader, payload.Json);

        Assert.Equal(general, read);
    }

    [Fact]
    public void ChangedWrittenForms_AreSomeReadAndSomeRefused()
    {
        var outcomes = ChangedPayloads.Payloads().Generator.Sample(10, 400).Select(p => StoredPayloads.Outcome(StoredPayloads.StoredReader, p.Json)).ToList();

        Assert.Contains(outcomes, o => o.Event is not null);
        Assert.Contains(outcomes, o => o.Error is not null);
    }

    [Property(Arbitrary = new[] { typeof(ChangedPayloads) }, MaxTest = 1000)]
    public void IntegerText_ReadFromItsBytes_IsReadOrLeft_AsTheJsonReaderReadsIt(NumberText text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Text + "}");
        var offset = 0;

        if (WrittenNumber.Instance.TryRead(bytes, ref offset, out var value))
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, offset));
            Assert.True(reader.Read());
            Assert.True(reader.TryGetInt32(out var expected));
            Assert.Equal(expected, value);
            Assert.Equal(text.Text.Length, offset);
        }
    }

    [Property(Arbitrary = new[] { typeof(ChangedPayloads) }, MaxTest = 1000)]
    public void Text_ReadFromItsBytes_IsReadOrLeft_AsTheJsonReaderReadsIt(SummaryText text)
    {
        var bytes = Encoding.UTF8.GetBytes("\"" + text.Text + "\",");
        var offset = 0;

        if (WrittenText.Instance.TryRead(bytes, ref offset, out var value))
        {
            // The first string token, as the JSON reader reads it from the same bytes.
            var reader = new Utf8JsonReader(bytes, isFinalBlock: false, default);
            Assert.True(reader.Read());
            Assert.Equal(reader.GetString(), value);
            Assert.Equal(reader.BytesConsumed, offset);
            Assert.Equal(text.Text.IndexOf('"', StringComparison.Ordinal) < 0, offset == bytes.Length - 1);
        }
    }

    [Property(Arbitrary = new[] { typeof(ChangedPayloads) }, MaxTest = 1000)]
    public void OutcomeBuiltWithoutItsChecks_ForEveryTextTheReaderAccepts_IsWhatThePublicConstructorBuilds(SummaryText text, PositiveInt kind)
    {
        var outcomeKind = (SessionOutcomeKind)(1 + (kind.Get % 7));

        var trusted = Built(() => TrustedConstruction.Outcome(outcomeKind, text.Text));
        var checkedByTheDomain = Built(() => new SessionOutcome(outcomeKind, text.Text));

        Assert.Equal(checkedByTheDomain, trusted);
        if (TrustedConstruction.IsChecked(text.Text, TextLimits.FreeText))
        {
            Assert.Equal(new SessionOutcome(outcomeKind, text.Text), SessionOutcome.Checked(outcomeKind, text.Text));
            Assert.Equal(new SessionOutcome(outcomeKind, text.Text).Summary, SessionOutcome.Checked(outcomeKind, text.Text).Summary);
        }
    }

    private static bool ReadsWrittenForm(Type type) => CanonicalEventReader.For(type, JsonAssert.Options)?.ReadsWrittenForm ?? false;

    private static (SessionOutcome? Outcome, string? Error) Built(Func<SessionOutcome> build)
    {
        try
        {
            return (build(), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>A written event with one change in its text.</summary>
    public sealed record ChangedPayload(string Json)
    {
        public override string ToString() => Json;
    }

    /// <summary>A number's text, as written or changed.</summary>
    public sealed record NumberText(string Text)
    {
        public override string ToString() => Text;
    }

    /// <summary>A text as a summary may hold it, plain or not.</summary>
    public sealed record SummaryText(string Text)
    {
        public override string ToString() => Text;
    }

    /// <summary>
    /// The demo story's events and a store's sessions, each with one change: a text, number or literal replaced (escaped,
    /// raw non-ASCII, blank, edged with white space, too long; numbers at and beyond their limits, in other forms), white
    /// space put between tokens, a field of the event or of a nested object removed, repeated, moved, added or nulled, its
    /// name escaped, an array emptied or its elements repeated.
    /// </summary>
    public static partial class ChangedPayloads
    {
        private static readonly string[] Texts =
        [
            "three occupations explored", "\u00e9t\u00e9 au travail", "\u65e5\u672c\u8a9e", "r\u00e9sum\u00e9 \ud83d\ude00", "\ud83d\ude00", " padded", "padded ", "\tpadded",
            string.Empty, "   ", "\u200b", "\u00a0x", "x\u00a0", "a\\nb", "\\u00e9t\\u00e9", "q\\\"uote", "back\\\\slash", "\\t", "raw\ttab", "x\u2028y",
            new string('a', 4000), new string('a', 4001), "Realisation", "Progressed", "Counsellor", "P6M", "P0D", "PT1H", "America/Toronto", "Not/AZone",
            "2026-01-05T09:00:00Z", "2026-01-05T09:00:00.5Z", "2026-02-30T09:00:00Z", "3cb5d65b-b0de-42ee-8915-d5b90e02928c", "00000000-0000-0000-0000-000000000000",
        ];

        private static readonly string[] Numbers =
        [
            "0", "-0", "1", "-1", "7", "01", "1.0", "1e2", "1E0", "-", "3.5", "999999999", "1000000000", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "\"3\"", "null", "true", "1 ", " 1", "1 2", "+1", ".5", "0x1",
        ];

        private static readonly string[] Literals = ["true", "false", "null", "\"true\"", "1", "TRUE", "nul", "true ", "0"];

        private static readonly string[] Actors =
        [
            "{\"kind\":\"Client\",\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab0\"}",
            "{\"kind\":\"Partner\",\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab0\"}",
            "{\"kind\":\"System\",\"component\":\"importer\"}",
            "{\"kind\":\"counsellor\",\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab0\"}",
            "{\"kind\":\"Client\",\"reference\":\"00000000-0000-0000-0000-000000000000\"}",
            "{\"kind\":\"Client\",\"reference\":\"190E7524-F1C8-448E-9BCF-81CAB7B07AB0\"}",
            "{\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab0\",\"kind\":\"Client\"}",
            "{\"kind\":\"Client\",\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab\"}",
            "{\"kind\":\"Client\",\"reference\":\"\\u003190e7524-f1c8-448e-9bcf-81cab7b07ab0\"}",
            "{\"kind\":\"Client\",\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab0\",\"role\":null}",
            "{\"kind\":\"Coach\",\"reference\":\"190e7524-f1c8-448e-9bcf-81cab7b07ab0\"}",
            "{\"kind\":\"Client\"}",
            "null",
        ];

        private static readonly string[] Spaces = [" ", "\n", "\t", "\r\n  "];

        /// <summary>A store's sessions and the demo story's events.</summary>
        private static readonly string[] Written = [.. StoredPayloads.Demo, .. Sessions()];

        public static Arbitrary<ChangedPayload> Payloads()
        {
            var gen = from index in Gen.Choose(0, Written.Length - 1)
                      from change in Gen.Choose(0, 14)
                      from which in Gen.Choose(0, 40)
                      from other in Gen.Choose(0, 40)
                      select new ChangedPayload(Change(Written[index], change, which, other));
            return Arb.From(gen);
        }

        public static Arbitrary<NumberText> NumberTexts()
        {
            var digits = from length in Gen.Choose(1, 11)
                         from sign in Gen.Elements(string.Empty, "-", "+")
                         from characters in Gen.Elements("0123456789".ToCharArray()).ArrayOf(length)
                         select sign + new string(characters);
            var gen = Gen.OneOf(digits, Gen.Elements(Numbers), Gen.Elements("0123456789-+.eE ".ToCharArray()).ArrayOf().Select(c => new string(c)));
            return Arb.From(gen.Where(t => t.Length > 0).Select(t => new NumberText(t)));
        }

        public static Arbitrary<SummaryText> SummaryTexts()
        {
            var pieces = Gen.Elements("a", "Z", " ", "\t", "\u00e9", "\u65e5", "\ud83d\ude00", "\u200b", "\u00a0", "\u0085", "\u001f", "\u007f", "\\", "\"", "\u2028", "x y", "\ud800");
            var gen = Gen.OneOf(
                pieces.ArrayOf().Select(p => string.Concat(p)),
                Gen.Elements(Texts),
                Gen.Choose(3990, 4010).Select(n => new string('b', n)));
            return Arb.From(gen.Select(t => new SummaryText(t)));
        }

        /// <summary>Sessions as a store writes them: one, two or no outcomes, progressed or not, a partner or a client recording.</summary>
        private static IEnumerable<string> Sessions()
        {
            var at = NodaTime.Instant.FromUtc(2026, 1, 5, 9, 0);
            var counsellor = Actor.Counsellor(new CounsellorId(Guid.Parse("67654586-4624-47cc-8663-6dfec82d4e36")));
            var client = Actor.Client(new ClientId(Guid.Parse("190e7524-f1c8-448e-9bcf-81cab7b07ab0")));
            SessionOutcome[][] outcomes =
            [
                [new SessionOutcome(SessionOutcomeKind.Realisation, "three occupations explored")],
                [new SessionOutcome(SessionOutcomeKind.Proposal, "\u00e9t\u00e9 au travail"), new SessionOutcome(SessionOutcomeKind.JobLead, "lead \ud83d\ude00")],
                [],
            ];
            var i = 0;
            foreach (var outcome in outcomes)
            {
                foreach (var by in new[] { counsellor, client })
                {
                    i++;
                    var change = new SessionRecorded(new SessionId(Guid.Parse("85bd5750-5fd5-4721-a2c4-ff5d97222d8" + i)), at, [.. outcome], SessionProgress.Progressed, at, by)
                    {
                        Position = i,
                    };
                    yield return JsonSerializer.Serialize<InterventionEvent>(change, JsonAssert.Options);
                }
            }
        }

        private static string Change(string json, int change, int which, int other)
        {
            switch (change)
            {
                case 0:
                case 1:
                    return Replace(json, StringValue(), which, "\"" + Texts[other % Texts.Length] + "\"");
                case 2:
                    return Replace(json, NumberValue(), which, Numbers[other % Numbers.Length]);
                case 3:
                    return Replace(json, LiteralValue(), which, Literals[other % Literals.Length]);
                case 4:
                    // White space after a structural character (or before the end).
                    var places = Enumerable.Range(0, json.Length).Where(i => json[i] is ',' or ':' or '{' or '[' or '}' or ']').ToList();
                    var at = places[which % places.Count];
                    return json[..(at + 1)] + Spaces[other % Spaces.Length] + json[(at + 1)..];
                case 5:
                    // An array emptied, or its elements given twice.
                    return Replace(json, ArrayValue(), which, "[]") is var emptied && other % 2 == 0 ? emptied
                        : ArrayValue().Matches(json) is { Count: > 0 } arrays && arrays[which % arrays.Count].Value is var array && array.Length > 2
                            ? json.Replace(array, array[..^1] + "," + array[1..], StringComparison.Ordinal)
                            : json;
                case 6:
                    // A person who acts, inside the event or one of its values, written otherwise.
                    return Replace(json, ActorValue(), which, Actors[other % Actors.Length]);
                default:
                    return Structure(json, change - 7, which, other);
            }
        }

        /// <summary>A field of the event or of an object inside it removed, repeated, moved, added, nulled or its name escaped.</summary>
        private static string Structure(string json, int change, int which, int other)
        {
            var root = JsonNode.Parse(json)!.AsObject();
            var objects = new List<JsonObject> { root };
            Collect(root, objects);
            var target = objects[which % objects.Count];
            var fields = target.Select(p => p.Key).Where(k => k != "$type").ToList();
            if (fields.Count == 0)
            {
                return json;
            }

            var name = fields[other % fields.Count];
            var second = fields[(other / 3) % fields.Count];
            var plain = target.ToJsonString();
            switch (change)
            {
                case 0:
                    target.Remove(name);
                    break;
                case 1:
                    return Text(root).Replace(plain, plain[..^1] + ",\"" + name + "\":" + (target[name]?.ToJsonString() ?? "null") + "}", StringComparison.Ordinal);
                case 2:
                    StoredPayloads.Swap(target, name, second);
                    break;
                case 3:
                    target.Add("note" + other, other % 2 == 0 ? JsonValue.Create(other) : JsonValue.Create("n"));
                    break;
                case 4:
                    target[name] = null;
                    break;
                case 5:
                    return Text(root).Replace(plain, plain.Replace("\"" + name + "\":", "\"\\u" + ((int)name[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + name[1..] + "\":", StringComparison.Ordinal), StringComparison.Ordinal);
                default:
                    target.Remove(name);
                    target.Add(name, JsonValue.Create("\u00e9t\u00e9"));
                    break;
            }

            return Text(root);
        }

        /// <summary>The JSON text of a node, non-ASCII text written raw as a store keeps it.</summary>
        private static string Text(JsonNode node)
            => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        private static void Collect(JsonNode node, List<JsonObject> objects)
        {
            var children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a.AsEnumerable(),
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>())
            {
                if (child is JsonObject nested)
                {
                    objects.Add(nested);
                }

                Collect(child, objects);
            }
        }

        private static string Replace(string json, Regex pattern, int which, string replacement)
        {
            var matches = pattern.Matches(json);
            if (matches.Count == 0)
            {
                return json;
            }

            var match = matches[which % matches.Count];
            return json[..match.Index] + replacement + json[(match.Index + match.Length)..];
        }

        /// <summary>A string value (after a name or in an array), not the discriminator's.</summary>
        [GeneratedRegex("(?<=[:\\[,])\"(?:[^\"\\\\]|\\\\.)*\"(?=[,}\\]])(?<!\"\\$type\":\"[A-Za-z]*\")")]
        private static partial Regex StringValue();

        [GeneratedRegex("(?<=:)-?[0-9][0-9.eE+-]*")]
        private static partial Regex NumberValue();

        [GeneratedRegex("(?<=:)(?:true|false|null)")]
        private static partial Regex LiteralValue();

        [GeneratedRegex("\\{\"kind\":\"[A-Za-z]+\",\"reference\":\"[0-9a-fA-F-]+\"\\}")]
        private static partial Regex ActorValue();

        [GeneratedRegex("\\[[^\\[\\]]*\\]")]
        private static partial Regex ArrayValue();
    }
}
