using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using Counselling.Core.Objectives;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>Bad stored data gives a JsonException naming the path and field, never a half-built object or a stored value.</summary>
public sealed class InvalidJsonTests
{
    private const string By = """{"kind":"Counsellor","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""";
    private const string Session = "\"5c2cc8c7-c911-44f7-98cb-6a2470f40a51\"";

    private static JsonException Refused(string json)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, JsonAssert.Options));

    [Fact]
    public void AWellFormedEvent_IsRead()
    {
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(
            $$"""[{"$type":"SessionMissed","session":{{Session}},"at":"2026-03-02T14:00:00Z","by":{{By}}}]""", JsonAssert.Options)!;

        var missed = Assert.IsType<SessionMissed>(Assert.Single(events));
        Assert.Equal(SessionId.Parse("5c2cc8c7-c911-44f7-98cb-6a2470f40a51"), missed.Session);
    }

    [Fact]
    public void TheDiscriminator_MayComeAfterTheOtherProperties()
    {
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(
            $$"""[{"session":{{Session}},"at":"2026-03-02T14:00:00Z","by":{{By}},"$type":"SessionMissed"}]""", JsonAssert.Options)!;

        Assert.IsType<SessionMissed>(Assert.Single(events));
    }

    [Fact]
    public void ADiscriminatorGivenTwice_IsRefused_EvenWhenBothAgree()
    {
        var first = Refused($$"""[{"$type":"SessionMissed","session":{{Session}},"at":"2026-03-02T14:00:00Z","by":{{By}},"$type":"SessionMissed"}]""");
        var later = Refused($$"""[{"session":{{Session}},"$type":"SessionMissed","at":"2026-03-02T14:00:00Z","$type":"SessionCancelled","by":{{By}}}]""");

        Assert.Equal("$[0]", first.Path);
        Assert.Equal("$[0]", later.Path);
    }

    [Fact]
    public void AConcreteEvent_ReadAsItsOwnType_RefusesADiscriminatorNamingAnother()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SessionMissed>(
            $$"""{"$type":"SessionCancelled","session":{{Session}},"at":"2026-03-02T14:00:00Z","by":{{By}}}""", JsonAssert.Options));

        Assert.Contains("$type", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventRead_AsEvidence_MustBeEvidence()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EvidenceRecorded>(
            $$"""{"$type":"SessionMissed","session":{{Session}},"at":"2026-03-02T14:00:00Z","by":{{By}}}""", JsonAssert.Options));

    [Fact]
    public void ADiscriminatorThatIsNotText_IsRefused_WithItsPath()
    {
        var e = Refused($$"""[{"$type":7,"at":"2026-03-02T14:00:00Z","by":{{By}}}]""");

        Assert.Equal("$[0]", e.Path);
    }

    [Fact]
    public void AnUnknownDiscriminator_IsRefused_WithItsPath()
    {
        var e = Refused($$"""[{"$type":"IntakeStarted","at":"2026-03-02T14:00:00Z","by":{{By}}},{"$type":"SessionTeleported","at":"2026-03-02T14:00:00Z","by":{{By}}}]""");

        Assert.Equal("$[1]", e.Path);
        Assert.Contains("$type", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SessionTeleported", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEventWithoutDiscriminator_IsAJsonException_WithItsPath()
    {
        var e = Refused($$"""[{"$type":"IntakeStarted","at":"2026-03-02T14:00:00Z","by":{{By}}},{"at":"2026-03-02T14:00:00Z","by":{{By}}}]""");

        Assert.Equal("$[1]", e.Path);
        Assert.Contains("$type", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APropertyGivenTwice_IsRefused_SoTheAuthorCannotBeForged()
    {
        const string Other = """{"kind":"Client","reference":"6fe05f03-99d8-4ffe-9ca1-434dfba7d4d4"}""";
        var e = Refused($$"""[{"$type":"SessionMissed","session":{{Session}},"at":"2026-03-02T14:00:00Z","by":{{By}},"by":{{Other}}}]""");

        Assert.StartsWith("$[0]", e.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("6fe05f03", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyGuid_IsRefused_WithItsPath()
    {
        var e = Refused($$"""[{"$type":"SessionMissed","session":"00000000-0000-0000-0000-000000000000","at":"2026-03-02T14:00:00Z","by":{{By}}}]""");

        Assert.Equal("$[0]", e.Path);
        Assert.Equal("$[0].session", CounsellingJson.PathOf(e));
        Assert.Contains("Location within the value: session.", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SessionId), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at")]
    [InlineData("by")]
    [InlineData("session")]
    public void AMissingRequiredField_IsRefused_NamingIt(string missing)
    {
        var fields = new Dictionary<string, string> { ["session"] = Session, ["at"] = "\"2026-03-02T14:00:00Z\"", ["by"] = By };
        fields.Remove(missing);
        var json = "[{\"$type\":\"SessionMissed\"," + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}]";

        var e = Refused(json);

        Assert.Contains("'" + missing + "'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullValueObject_IsRefused()
        => Refused($$"""[{"$type":"ObjectiveProposed","objective":null,"at":"2026-03-02T14:00:00Z","by":{{By}}}]""");

    [Fact]
    public void AnOptionalField_MayBeLeftOut()
    {
        var json = $$"""
            [{"$type":"InterventionOpened","intervention":{{Session}},"client":{{Session}},"counsellor":{{Session}},
              "programme":{"code":"PLAN-B","maximumDuration":"P6M"},"zoneId":"Europe/Brussels","at":"2026-03-02T14:00:00Z","by":{{By}}}]
            """;

        var opened = Assert.IsType<InterventionOpened>(Assert.Single(JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, JsonAssert.Options)!));

        Assert.Null(opened.Previous);
        Assert.Equal(MissingOutcomePolicy.Flag, opened.Programme.MissingOutcomePolicy);
        Assert.Equal(ProgrammeSettings.DefaultSessionsWithoutProgressBeforeReferral, opened.Programme.SessionsWithoutProgressBeforeReferral);
    }

    [Theory]
    [InlineData("""{"code":"PLAN-B","maximumDuration":"PT5H"}""", "maximumDuration")]
    [InlineData("""{"code":"  ","maximumDuration":"P6M"}""", "code")]
    [InlineData("""{"code":"PLAN-B","maximumDuration":"P6M","sessionsWithoutProgressBeforeReferral":0}""", "sessionsWithoutProgressBeforeReferral")]
    [InlineData("""{"maximumDuration":"P6M"}""", "code")]
    public void AValueTheDomainRefuses_IsAJsonException_NamingTheField(string programme, string field)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgrammeSettings>(programme, JsonAssert.Options));

        Assert.Contains(nameof(ProgrammeSettings), e.Message, StringComparison.Ordinal);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidNestedValue_IsRefused_WithItsPath()
    {
        var e = Refused($$$"""
            [{"$type":"ObjectiveProposed","objective":{"id":{{{Session}}},"what":"x","occupation":{"scheme":"ROME","code":"K2111!"} },"at":"2026-03-02T14:00:00Z","by":{{{By}}}}]
            """);

        Assert.Equal("$[0]", e.Path);
        Assert.Equal("$[0].objective.occupation", CounsellingJson.PathOf(e));
        Assert.Contains("Location within the value: objective.occupation.", e.Message, StringComparison.Ordinal);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void ErrorMessages_CarryNoStoredText()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Counselling.Core.Occupations.Occupation>("""{"scheme":"ROME","code":"Jeanne Dupont"}""", JsonAssert.Options));

        Assert.DoesNotContain("Jeanne", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dupont", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("\"Teleported\"")]
    public void AnEnumNumberOrUnknownName_IsRefused(string status)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BarrierStatus>(status, JsonAssert.Options));

    [Fact]
    public void AnActionReviewedAtItsOwnAgreementSession_IsRefused()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PlanAction>(
            "{\"id\":" + Session + ",\"what\":\"call\",\"owner\":" + By + ",\"agreedAt\":" + Session + ",\"status\":\"Done\",\"reviewedAt\":" + Session + "}", JsonAssert.Options));

    [Fact]
    public void AnInvalidIdDeepInAnArray_IsLocatedWithinTheValue()
    {
        var e = Refused($$$"""
            [{"$type":"ObjectiveProposed","objective":{"id":{{{Session}}},"what":"x","barriers":[{{{Session}}},"00000000-0000-0000-0000-000000000000"]},"at":"2026-03-02T14:00:00Z","by":{{{By}}}}]
            """);

        Assert.Equal("$[0].objective.barriers[1]", CounsellingJson.PathOf(e));
        Assert.Contains("Location within the value: objective.barriers[1].", e.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(BarrierId), e.Message, StringComparison.Ordinal);
    }
}
