using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// Values read one after another share the converters' typed frames and builders: each value keeps only its own fields,
/// and the domain enums read by their bytes agree with System.Text.Json's enum reading.
/// </summary>
public sealed class TypedReadingTests
{
    private static readonly JsonSerializerOptions PlainEnums = new() { Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) } };

    [Property(MaxTest = 1000)]
    public void BarriersReadInTurn_EachKeepsOnlyItsOwnFields(bool[] described, bool[] tiedToAValue, bool[] tiedToABenefit)
    {
        var barriers = described.Select((d, i) => new Barrier(BarrierId.New(), (BarrierCategory)(1 + (i % 3)))
        {
            Description = d ? "no computer at home " + i : null,
            TiedToValue = i < tiedToAValue.Length && tiedToAValue[i] ? "independence" : null,
            TiedToBenefit = i < tiedToABenefit.Length && tiedToABenefit[i] ? BenefitId.New() : null,
        }).ToImmutableArray();

        var read = JsonSerializer.Deserialize<ImmutableArray<Barrier>>(JsonSerializer.Serialize(barriers, JsonAssert.Options), JsonAssert.Options);

        Assert.Equal(barriers, read);
        Assert.Equal(barriers.Select(b => (b.Description, b.TiedToValue, b.TiedToBenefit)), read.Select(b => (b.Description, b.TiedToValue, b.TiedToBenefit)));
    }

    [Property(MaxTest = 1000)]
    public void ObjectivesReadInTurn_KeepTheirOwnStepsAndBarriers(byte[] steps, byte[] barriers)
    {
        var objectives = steps.Select((count, i) => new SmartObjective(ObjectiveId.New(), "objective " + i)
        {
            Steps = [.. Enumerable.Range(0, count % 4).Select(s => "step " + s)],
            Barriers = [.. Enumerable.Range(0, i < barriers.Length ? barriers[i] % 3 : 0).Select(_ => BarrierId.New())],
        }).ToArray();

        var read = JsonSerializer.Deserialize<SmartObjective[]>(JsonSerializer.Serialize(objectives, JsonAssert.Options), JsonAssert.Options)!;

        Assert.Equal(objectives.Select(o => (o.Id, string.Join('|', o.Steps), string.Join('|', o.Barriers))), read.Select(o => (o.Id, string.Join('|', o.Steps), string.Join('|', o.Barriers))));
    }

    [Fact]
    public void EveryNameOfEveryDomainEnum_ReadsAsSystemTextJsonReadsIt_InAnyCase()
    {
        var enums = typeof(Actor).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();
        Assert.NotEmpty(enums);
        foreach (var type in enums)
        {
            foreach (var name in Enum.GetNames(type))
            {
                foreach (var text in new[] { name, name.ToLowerInvariant(), name.ToUpperInvariant() })
                {
                    var json = "\"" + text + "\"";
                    Assert.Equal(JsonSerializer.Deserialize(json, type, PlainEnums), JsonSerializer.Deserialize(json, type, JsonAssert.Options));
                }

                var escaped = "\"\\u" + ((int)name[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + name[1..] + "\"";
                Assert.Equal(Enum.Parse(type, name), JsonSerializer.Deserialize(escaped, type, JsonAssert.Options));
            }
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"NotAStatus\"")]
    [InlineData("null")]
    public void ADomainEnumStoredAsANumberOrAnUnknownName_IsRefused(string json)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PlanActionStatus>(json, JsonAssert.Options));
}
