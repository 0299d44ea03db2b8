using System;
using System.Collections.Generic;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Json;

public sealed class IdentifierJsonTests
{
    private static readonly Guid Sample = new("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    public static TheoryData<object> EveryIdType() =>
    [
        new ClientId(Sample), new CounsellorId(Sample), new InterventionId(Sample), new SessionId(Sample), new PartnerId(Sample),
        new ObjectiveId(Sample), new PlanActionId(Sample), new BenefitId(Sample), new BarrierId(Sample),
    ];

    [Theory]
    [MemberData(nameof(EveryIdType))]
    public void EveryId_IsStoredAsThePlainGuid_AndReadBack(object id)
    {
        var json = JsonSerializer.Serialize(id, id.GetType(), JsonAssert.Options);

        Assert.Equal("\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"", json);
        Assert.Equal(id, JsonSerializer.Deserialize(json, id.GetType(), JsonAssert.Options));
    }

    [Theory]
    [MemberData(nameof(EveryIdType))]
    public void EveryId_ReadsItsPrefixedForm(object id)
    {
        var json = JsonSerializer.Serialize(id.ToString(), JsonAssert.Options);

        Assert.StartsWith("\"" + id.ToString()!.Split(':')[0] + ":", json, StringComparison.Ordinal);
        Assert.Equal(id, JsonSerializer.Deserialize(json, id.GetType(), JsonAssert.Options));
    }

    [Theory]
    [MemberData(nameof(EveryIdType))]
    public void EveryId_RefusesTheEmptyGuid_ANumber_AndGarbage(object id)
    {
        foreach (var json in new[] { "\"00000000-0000-0000-0000-000000000000\"", "42", "\"not-a-guid\"", "\"\"" })
        {
            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, id.GetType(), JsonAssert.Options));
            Assert.Contains(id.GetType().Name, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnId_WithAnotherTypesPrefix_IsRefused()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ClientId>("\"counsellor:" + Sample + "\"", JsonAssert.Options));

    [Fact]
    public void ADefaultId_CannotBeStored()
        => Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SessionId), JsonAssert.Options));

    [Fact]
    public void NullableIds_RoundTrip_WithNull()
    {
        Assert.Null(JsonAssert.RoundTrip<ObjectiveId?>(null));
        Assert.Equal(new ObjectiveId(Sample), JsonAssert.RoundTrip<ObjectiveId?>(new ObjectiveId(Sample)));
    }

    [Fact]
    public void Ids_WorkAsDictionaryKeys()
    {
        var map = new Dictionary<SessionId, int> { [new SessionId(Sample)] = 3, [SessionId.New()] = 5 };

        Assert.Equal(map, JsonAssert.RoundTrip(map));
    }

    [Property(MaxTest = 1000)]
    public void AnyNonEmptyGuid_RoundTrips_AsEveryIdType(Guid guid)
    {
        if (guid == Guid.Empty)
        {
            return;
        }

        Assert.Equal(new ClientId(guid), JsonAssert.RoundTrip(new ClientId(guid)));
        Assert.Equal(new PlanActionId(guid), JsonAssert.RoundTrip(new PlanActionId(guid)));
        Assert.Equal(new BarrierId(guid), JsonAssert.RoundTrip(new BarrierId(guid)));
    }
}
