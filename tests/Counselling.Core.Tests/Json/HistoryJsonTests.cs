using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Counselling.Cli.Demo;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Json;
using Counselling.Core.Tests.Properties;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

public sealed class HistoryJsonTests
{
    [Fact]
    public void DemoHistory_StoredAndReloaded_RebuildsAnEqualIntervention()
    {
        var demo = new PlanBDemo(TextWriter.Null, CultureInfo.InvariantCulture).Run();

        var reloaded = JsonAssert.Reload(demo, new NodaTime.Testing.FakeClock(demo.LastChangeAt));

        JsonAssert.EqualAggregates(demo, reloaded);
        Assert.NotEmpty(demo.Objectives);
        Assert.NotEmpty(demo.ActionPlan);
    }

    [Fact]
    public void DemoHistory_CoversEveryKindOfEventItRecords_WithItsDiscriminator()
    {
        var demo = new PlanBDemo(TextWriter.Null, CultureInfo.InvariantCulture).Run();

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(demo.History, JsonAssert.Options));

        var discriminators = document.RootElement.EnumerateArray().Select(e => e.GetProperty("$type").GetString()).ToList();
        Assert.Equal(demo.History.Select(e => e.GetType().Name), discriminators);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void RandomHistory_StoredAndReloaded_RebuildsAnEqualIntervention(LifecycleCommand[] commands)
    {
        var (world, intervention) = HistoryValidationProperties.Run(commands);

        JsonAssert.EqualAggregates(intervention, JsonAssert.Reload(intervention, world.Clock));
    }

    [Fact]
    public void EveryEventType_HasItsSimpleNameAsDiscriminator()
    {
        var types = typeof(Counselling.Core.Interventions.Events.InterventionEvent).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Counselling.Core.Interventions.Events.InterventionEvent)));

        Assert.Equal(types.OrderBy(t => t.Name), CounsellingJson.EventTypes.OrderBy(p => p.Key).Select(p => p.Value));
        Assert.All(CounsellingJson.EventTypes, p => Assert.Equal(p.Value.Name, p.Key));
    }
}
