using Counselling.Core.Common;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Cli.Demo;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

public sealed class ConfigureTests
{
    [Fact]
    public void HostOptions_WithoutNamingPolicy_AndIgnoringNulls_RoundTripTheDemoHistory()
    {
        var options = CounsellingJson.Configure(new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull }, DateTimeZoneProviders.Tzdb);
        var demo = new PlanBDemo(TextWriter.Null, CultureInfo.InvariantCulture).Run();

        var json = JsonSerializer.Serialize(demo.History, options);
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, options)!;

        Assert.Contains("\"Programme\":{\"Code\":\"PLAN-B\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Previous\"", json, StringComparison.Ordinal);
        JsonAssert.EqualAggregates(demo, Intervention.FromHistory(events, new AgencyClock(new NodaTime.Testing.FakeClock(demo.LastChangeAt), DateTimeZoneProviders.Tzdb, "UTC")));
    }

    [Fact]
    public void Configure_ReturnsTheSameOptions_AndRefusesNulls()
    {
        var options = new JsonSerializerOptions();

        Assert.Same(options, CounsellingJson.Configure(options, DateTimeZoneProviders.Tzdb));
        Assert.Throws<ArgumentNullException>(() => CounsellingJson.Configure(null!, DateTimeZoneProviders.Tzdb));
        Assert.Throws<ArgumentNullException>(() => CounsellingJson.Configure(new JsonSerializerOptions(), null!));
        Assert.Throws<ArgumentNullException>(() => CounsellingJson.CreateOptions(null!));
    }

    [Fact]
    public void OptionsAlreadyUsed_CannotBeConfigured()
    {
        var options = new JsonSerializerOptions();
        JsonSerializer.Serialize(1, options);

        Assert.Throws<InvalidOperationException>(() => CounsellingJson.Configure(options, DateTimeZoneProviders.Tzdb));
    }

    [Fact]
    public void HostEnums_KeepTheHostsSettings()
        => Assert.Equal("1", JsonSerializer.Serialize(DayOfWeek.Monday, JsonAssert.Options));
}
