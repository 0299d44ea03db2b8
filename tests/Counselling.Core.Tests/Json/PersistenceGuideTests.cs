using Counselling.Core.Evidence;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>The examples of docs/persistence.md, run; and the discriminator table of the guide kept complete.</summary>
public sealed class PersistenceGuideTests
{
    [Fact]
    public void StoreAndReloadAWholeHistory()
    {
        var world = new TestWorld();
        var intervention = world.InPlanning();
        IClock clock = world.Clock;

        // guide: whole-history
        // Once, at start-up: options are configured once and reused.
        var options = CounsellingJson.CreateOptions(DateTimeZoneProviders.Tzdb);

        // Store: the history is the intervention.
        string json = JsonSerializer.Serialize(intervention.History, options);

        // Reload: read the events back and rebuild the aggregate (validation runs on every value).
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, options)!;
        var reloaded = Intervention.FromHistory(events, clock, DateTimeZoneProviders.Tzdb);
        // end guide

        JsonAssert.EqualAggregates(intervention, reloaded);
    }

    [Fact]
    public void AppendNewEventsOneRowEach()
    {
        var world = new TestWorld();
        var intervention = world.InDiagnosis();
        var options = JsonAssert.Options;
        var rows = intervention.History.Select(e => JsonSerializer.Serialize<InterventionEvent>(e, options)).ToList();
        var storedVersion = rows.Count;
        world.Advance(Duration.FromDays(7));
        intervention.RecordSession(SessionId.New(), world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, world.Counsellor);
        IClock clock = world.Clock;

        // guide: append
        // Append only what happened since the stored version; serialize each event AS InterventionEvent,
        // so that its "$type" is written.
        foreach (var change in intervention.History.Skip(storedVersion))
        {
            rows.Add(JsonSerializer.Serialize<InterventionEvent>(change, options));
        }

        // Reload from the rows, in order.
        var reloaded = Intervention.FromHistory(
            rows.Select(row => JsonSerializer.Deserialize<InterventionEvent>(row, options)!), clock, DateTimeZoneProviders.Tzdb);
        // end guide

        JsonAssert.EqualAggregates(intervention, reloaded);
    }

    [Fact]
    public void AnEventSerializedAsItsOwnType_HasNoDiscriminator_SoHostsSerializeAsTheBaseType()
    {
        var started = new IntakeStarted(TestWorld.Start, Actor.System("import"));

        Assert.DoesNotContain("$type", JsonSerializer.Serialize(started, JsonAssert.Options), System.StringComparison.Ordinal);
        Assert.Contains("\"$type\":\"IntakeStarted\"", JsonSerializer.Serialize<InterventionEvent>(started, JsonAssert.Options), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whole-history")]
    [InlineData("append")]
    public void TheGuide_ShowsTheTestedExample(string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Json/PersistenceGuideTests.cs"));
        var start = System.Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = System.Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/persistence.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheGuide_ListsEveryDiscriminator()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/persistence.md"));

        Assert.All(CounsellingJson.EventTypes.Keys, name => Assert.Contains("| `" + name + "` |", guide, System.StringComparison.Ordinal));
    }
}
