using System;
using System.Collections.Generic;
using System.Text.Json;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>A corrupted payload holding personal text: the text appears nowhere in the exception, its message or its inner chain.</summary>
public sealed class JsonPrivacyTests
{
    private const string Personal = "Jeanne Dupont, dépression sévère";
    private const string By = """{"kind":"Counsellor","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""";
    private const string Session = "\"5c2cc8c7-c911-44f7-98cb-6a2470f40a51\"";
    private const string At = "\"2026-03-02T14:00:00Z\"";
    private const string Text = "\"" + Personal + "\"";

    public static TheoryData<string, string> CorruptedHistories() => new()
    {
        { "an instant", $$"""[{"$type":"SessionMissed","session":{{Session}},"at":{{Text}},"by":{{By}}}]""" },
        { "a discriminator", $$"""[{"$type":{{Text}},"at":{{At}},"by":{{By}}}]""" },
        { "an identifier", $$"""[{"$type":"SessionMissed","session":{{Text}},"at":{{At}},"by":{{By}}}]""" },
        { "an actor's kind", "[{\"$type\":\"IntakeStarted\",\"at\":" + At + ",\"by\":{\"kind\":" + Text + ",\"reference\":" + Session + "}}]" },
        { "a date", $$"""[{"$type":"InterventionPutOnHold","reason":"AwaitingOutsideDecision","expectedBy":{{Text}},"at":{{At}},"by":{{By}}}]""" },
        { "an enum", $$"""[{"$type":"InterventionPutOnHold","reason":{{Text}},"expectedBy":"2026-09-01","at":{{At}},"by":{{By}}}]""" },
        { "a local date-time", $$"""[{"$type":"SessionPlanned","session":{{Session}},"start":{{Text}},"zoneId":"Europe/Paris","at":{{At}},"by":{{By}}}]""" },
        { "a period", $$"""[{"$type":"InterventionOpened","intervention":{{Session}},"client":{{Session}},"counsellor":{{Session}},"programme":{"code":"P","maximumDuration":{{Text}}},"zoneId":"Europe/Paris","at":{{At}},"by":{{By}}}]""" },
        { "a number", $$"""[{"$type":"InterventionOpened","intervention":{{Session}},"client":{{Session}},"counsellor":{{Session}},"programme":{"code":"P","maximumDuration":"P6M","sessionsWithoutProgressBeforeReferral":{{Text}}},"zoneId":"Europe/Paris","at":{{At}},"by":{{By}}}]""" },
        { "a summary too long", "[{\"$type\":\"SessionRecorded\",\"session\":" + Session + ",\"heldAt\":" + At + ",\"outcomes\":[{\"kind\":\"Proposal\",\"summary\":\"" + Personal + new string('x', 5000) + "\"}],\"progress\":\"Progressed\",\"at\":" + At + ",\"by\":" + By + "}]" },
        { "a summary with a lone surrogate", "[{\"$type\":\"SessionRecorded\",\"session\":" + Session + ",\"heldAt\":" + At + ",\"outcomes\":[{\"kind\":\"Proposal\",\"summary\":\"" + Personal + "\\ud800\"}],\"progress\":\"Progressed\",\"at\":" + At + ",\"by\":" + By + "}]" },
        { "an objective's date", "[{\"$type\":\"ObjectiveProposed\",\"objective\":{\"id\":" + Session + ",\"what\":\"x\",\"deadline\":" + Text + "},\"at\":" + At + ",\"by\":" + By + "}]" },
    };

    [Theory]
    [MemberData(nameof(CorruptedHistories))]
    public void ACorruptedPayload_WithPersonalText_GivesAJsonException_ThatQuotesItNowhere(string where, string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, JsonAssert.Options));

        Assert.False(error.ToString().Contains("Jeanne", StringComparison.Ordinal), where + ": " + error);
        Assert.StartsWith("$[0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueObject_WithPersonalTextWhereADateIsExpected_QuotesItNowhere()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PlanAction>(
            "{\"id\":" + Session + ",\"what\":\"call\",\"owner\":" + By + ",\"agreedAt\":" + Session + ",\"due\":" + Text + "}", JsonAssert.Options));

        Assert.DoesNotContain("Jeanne", error.ToString(), StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void ADomainRefusal_NamesTheFieldAndItsCode_NotTheValue()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SessionOutcome>(
            "{\"kind\":\"Proposal\",\"summary\":\"" + Personal + new string('x', 5000) + "\"}", JsonAssert.Options));

        Assert.Contains("text.too-long", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeanne", error.ToString(), StringComparison.Ordinal);
    }
}
