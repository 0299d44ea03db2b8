using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using Counselling.Core.Objectives;
using Counselling.Core.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// The value objects inside events stored in the written form (a session's outcomes, a programme, a fact…) are read in the
/// same straight pass as the events: each must read exactly as the general binder reads it, and a value object changed in
/// any way (a field removed, repeated, moved, added, nulled, retyped or escaped) must leave the event accepted or refused
/// exactly as the general binder accepts or refuses it, with the same error and path. GUIDs are read from their bytes as
/// the JSON reader reads them.
/// </summary>
public sealed class StraightValueObjectTests
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void RandomHistory_EveryValueObjectReadStraight_IsWhatTheGeneralBinderReads(LifecycleCommand[] commands)
    {
        var (_, intervention) = HistoryValidationProperties.Run(commands);

        foreach (var change in intervention.History)
        {
            foreach (var (type, json) in StraightFields(JsonSerializer.Serialize(change, JsonAssert.Options), change.GetType()))
            {
                Assert.Equal(Written(JsonSerializer.Deserialize(json, type, StoredPayloads.General), type), Written(ReadStraight(type, json), type));
            }
        }
    }

    [Fact]
    public void DemoHistory_EveryValueObjectReadStraight_IsWhatTheGeneralBinderReads()
    {
        var straight = 0;
        foreach (var json in StoredPayloads.Demo)
        {
            var type = JsonSerializer.Deserialize<InterventionEvent>(json, StoredPayloads.General)!.GetType();
            foreach (var (fieldType, field) in StraightFields(json, type))
            {
                Assert.Equal(Written(JsonSerializer.Deserialize(field, fieldType, StoredPayloads.General), fieldType), Written(ReadStraight(fieldType, field), fieldType));
                straight++;
            }
        }

        // Outcomes, programmes, facts, assessments, aspirations, agreements, benefits…
        Assert.True(straight >= 20, straight + " value objects read straight");
    }

    [Fact]
    public void ValueObjects_WithStateBeyondTheirConstructor_AreLeftToTheGeneralBinder()
    {
        Assert.True(IsStraight(CanonicalReaders.For(typeof(SessionOutcome), JsonAssert.Options)));
        Assert.True(IsStraight(CanonicalReaders.For(typeof(ProgrammeSettings), JsonAssert.Options)));
        Assert.False(IsStraight(CanonicalReaders.For(typeof(PlanAction), JsonAssert.Options)));
        Assert.False(IsStraight(CanonicalReaders.For(typeof(SmartObjective), JsonAssert.Options)));
        Assert.False(IsStraight(CanonicalReaders.For(typeof(string), JsonAssert.Options)));
    }

    [Property(Arbitrary = new[] { typeof(CorruptedValueObjects) }, MaxTest = 1000)]
    public void CorruptedValueObject_ReadAsAStoreReadsIt_IsReadOrRefused_ExactlyAsByTheGeneralBinder(CorruptedValueObject payload)
    {
        var general = StoredPayloads.ByTheGeneralBinder(payload.Json);
        var read = StoredPayloads.Outcome(StoredPayloads.StoredReader, payload.Json);
        var serializer = StoredPayloads.Outcome(text => JsonSerializer.Deserialize<InterventionEvent>(text, JsonAssert.Options), payload.Json);

        Assert.Equal(general, read);
        Assert.Equal(general, serializer);
    }

    [Property(Arbitrary = new[] { typeof(GuidTexts) }, MaxTest = 1000)]
    public void GuidText_ReadFromItsBytes_IsReadOrRefused_AsTheJsonReaderReadsIt(GuidText text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Text);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text.Text)));
        reader.Read();

        var read = Utf8Guid.TryParse(bytes, out var guid);

        Assert.Equal(reader.TryGetGuid(out var expected), read);
        Assert.Equal(expected, guid);
    }

    /// <summary>The event's fields whose type is read straight, each with its type and its JSON.</summary>
    private static IEnumerable<(Type Type, string Json)> StraightFields(string json, Type eventType)
    {
        foreach (var (name, value) in JsonNode.Parse(json)!.AsObject())
        {
            if (value is null || Members.Property(eventType, name) is not { } property
                || !IsStraight(CanonicalReaders.For(property.PropertyType, JsonAssert.Options)))
            {
                continue;
            }

            yield return (property.PropertyType, value.ToJsonString());
        }
    }

    private static bool IsStraight(MemberReader reader)
        => reader.GetType().IsGenericType
           && (reader.GetType().GetGenericTypeDefinition() == typeof(CanonicalObjectReader<>)
               || (reader.GetType().GetGenericTypeDefinition() == typeof(ArrayReader<>)
                   && reader.GetType().GetField("_element", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(reader) is MemberReader element
                   && IsStraight(element)));

    private static object? ReadStraight(Type type, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return CanonicalReaders.For(type, JsonAssert.Options).Read(ref reader, JsonAssert.Options);
    }

    /// <summary>A value as written (the equality a store relies on: the same value writes the same text).</summary>
    private static string Written(object? value, Type type) => JsonSerializer.Serialize(value, type, JsonAssert.Options);

    /// <summary>A GUID's text, as written or changed.</summary>
    public sealed record GuidText(string Text)
    {
        public override string ToString() => Text;
    }

    /// <summary>GUIDs written in either case, with one character changed, cut or added, or none.</summary>
    public static class GuidTexts
    {
        private const string Characters = "0123456789abcdefABCDEFgG-+ {}x\u00e9";

        public static Arbitrary<GuidText> Texts()
        {
            var gen = from bytes in Gen.Choose(0, 255).ArrayOf(16)
                      from upper in Gen.Elements(true, false).ArrayOf(36)
                      from change in Gen.Choose(0, 4)
                      from at in Gen.Choose(0, 35)
                      from character in Gen.Elements(Characters.ToCharArray())
                      select new GuidText(Change(Cased(new Guid([.. bytes.Select(b => (byte)b)]).ToString("D"), upper), change, at, character));
            return Arb.From(gen);
        }

        private static string Cased(string text, bool[] upper)
            => new([.. text.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c)]);

        private static string Change(string text, int change, int at, char character) => change switch
        {
            0 => text,
            1 => text[..at] + character + text[(at + 1)..],
            2 => text.Remove(at, 1),
            3 => text.Insert(at, character.ToString()),
            _ => "00000000-0000-0000-0000-000000000000"[..at] + text[at..],
        };
    }

    /// <summary>A written event with one change inside one of its value objects.</summary>
    public sealed record CorruptedValueObject(string Json)
    {
        public override string ToString() => Json;
    }

    /// <summary>
    /// The demo story's events that hold a value object, each with one change inside one of them: a field removed,
    /// repeated, moved, added, nulled, retyped to a number or to text, its name escaped, or its text value blanked.
    /// </summary>
    public static class CorruptedValueObjects
    {
        private const int Changes = 9;

        private static readonly string[] WithValueObjects = [.. StoredPayloads.Demo.Where(p => Objects(JsonNode.Parse(p)!).Any())];

        public static Arbitrary<CorruptedValueObject> Payloads()
        {
            var gen = from index in Gen.Choose(0, WithValueObjects.Length - 1)
                      from which in Gen.Choose(0, 30)
                      from change in Gen.Choose(0, Changes - 1)
                      from field in Gen.Choose(0, 20)
                      from other in Gen.Choose(0, 20)
                      select new CorruptedValueObject(Corrupt(WithValueObjects[index], which, change, field, other));
            return Arb.From(gen);
        }

        /// <summary>The objects nested in an event (not the event itself), each once.</summary>
        private static IEnumerable<JsonObject> Objects(JsonNode node)
        {
            var children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a.AsEnumerable(),
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>())
            {
                if (child is JsonObject nested && nested.Count > 0)
                {
                    yield return nested;
                }

                foreach (var deeper in Objects(child))
                {
                    yield return deeper;
                }
            }
        }

        private static string Corrupt(string json, int which, int change, int field, int other)
        {
            var root = JsonNode.Parse(json)!;
            var objects = Objects(root).ToList();
            var target = objects[which % objects.Count];
            var fields = target.Select(p => p.Key).ToList();
            var name = fields[field % fields.Count];
            var second = fields[other % fields.Count];
            switch (change)
            {
                case 0:
                    target.Remove(name);
                    break;
                case 1:
                    // Repeated: the object written by hand, as JsonObject keeps one value per name.
                    var repeated = target.ToJsonString();
                    return root.ToJsonString().Replace(repeated, repeated[..^1] + ",\"" + name + "\":" + (target[name]?.ToJsonString() ?? "null") + "}", StringComparison.Ordinal);
                case 2:
                    StoredPayloads.Swap(target, name, second);
                    break;
                case 3:
                    target.Add("note" + other, other);
                    break;
                case 4:
                    target[name] = null;
                    break;
                case 5:
                    target[name] = other;
                    break;
                case 6:
                    target[name] = "text";
                    break;
                case 7:
                    // The first letter of a field's name escaped: the same name for a JSON reader.
                    var plain = target.ToJsonString();
                    var escaped = plain.Replace("\"" + name + "\":", "\"\\u" + ((int)name[0]).ToString("x4", CultureInfo.InvariantCulture) + name[1..] + "\":", StringComparison.Ordinal);
                    return root.ToJsonString().Replace(plain, escaped, StringComparison.Ordinal);
                default:
                    target[name] = other % 2 == 0 ? "   " : "\u00e9t\u00e9 " + other;
                    break;
            }

            return root.ToJsonString();
        }
    }
}
