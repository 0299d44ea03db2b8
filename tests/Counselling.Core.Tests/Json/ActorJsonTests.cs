using System;
using System.Text.Json;
using Counselling.Core.Common;
using Xunit;

namespace Counselling.Core.Tests.Json;

public sealed class ActorJsonTests
{
    private static readonly Guid Sample = new("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    public static TheoryData<Actor, string> EveryKind() => new()
    {
        { default, """{"kind":"None"}""" },
        { Actor.Counsellor(new CounsellorId(Sample)), """{"kind":"Counsellor","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""" },
        { Actor.Client(new ClientId(Sample)), """{"kind":"Client","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""" },
        { Actor.Partner(new PartnerId(Sample)), """{"kind":"Partner","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""" },
        { Actor.Relative(new ClientId(Sample), ThirdPartyRole.Aunt), """{"kind":"Relative","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","role":"aunt"}""" },
        { Actor.System("import"), """{"kind":"System","role":"import"}""" },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EveryActorKind_IsASmallObject_AndRoundTrips(Actor actor, string expected)
    {
        var json = JsonSerializer.Serialize(actor, JsonAssert.Options);

        Assert.Equal(expected, json);
        var read = JsonSerializer.Deserialize<Actor>(json, JsonAssert.Options);
        Assert.Equal(actor, read);
        Assert.Equal(actor.Kind, read.Kind);
        Assert.Equal(actor.Role, read.Role);
    }

    [Fact]
    public void AnActor_IsReadWhateverThePropertyOrderAndCase()
        => Assert.Equal(
            Actor.Relative(new ClientId(Sample), ThirdPartyRole.Aunt),
            JsonSerializer.Deserialize<Actor>("""{"Role":"aunt","REFERENCE":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","kind":"Relative","extra":1}""", JsonAssert.Options));

    [Fact]
    public void AnActor_IsReadWhenItsNamesAreEscaped()
        => Assert.Equal(
            Actor.Client(new ClientId(Sample)),
            JsonSerializer.Deserialize<Actor>("""{"\u006bind":"Cli\u0065nt","refer\u0065nce":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""", JsonAssert.Options));

    [Theory]
    [InlineData("""{"kind":"Wizard","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""")]
    [InlineData("""{"kind":"3","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""")]
    [InlineData("""{"reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""")]
    [InlineData("""{"kind":"Client"}""")]
    [InlineData("""{"kind":"Client","reference":"00000000-0000-0000-0000-000000000000"}""")]
    [InlineData("""{"kind":"Client","reference":"nope"}""")]
    [InlineData("""{"kind":"Relative","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""")]
    [InlineData("""{"kind":"Relative","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","role":"  "}""")]
    [InlineData("""{"kind":"System"}""")]
    [InlineData("""["Client"]""")]
    [InlineData("""{"kind":"Counsellor,Client","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""")]
    [InlineData("""{"kind":" Client","reference":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""")]
    public void AnInvalidStoredActor_IsRefused(string json)
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Actor>(json, JsonAssert.Options));
}
