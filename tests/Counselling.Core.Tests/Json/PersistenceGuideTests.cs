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
        AgencyClock agency = world.Agency;   // the clock, zone provider and agency zone, given once

        // guide: whole-history
        // Once, at start-up: options are configured once and reused.
        var options = CounsellingJson.CreateOptions(DateTimeZoneProviders.Tzdb);

        // Store: the history is the intervention.
        string json = JsonSerializer.Serialize(intervention.History, options);

        // Reload: read the events back and rebuild the aggregate (validation runs on every value).
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, options)!;
        var reloaded = Intervention.FromHistory(events, agency);
        // end guide

        JsonAssert.EqualAggregates(intervention, reloaded);
    }

    [Fact]
    public void AppendNewEventsOneRowEach()
    {
        var world = new TestWorld();
        var store = new InMemoryEventStore(JsonAssert.Options);
        var opened = world.InDiagnosis();
        var id = opened.Id;
        store.Append(id, opened.LoadedVersion, opened.UncommittedEvents);
        world.Advance(Duration.FromDays(7));
        AgencyClock agency = world.Agency;   // the clock, zone provider and agency zone, given once
        var counsellor = world.Counsellor;

        // guide: append
        // Load: the store's rows, in order. The aggregate remembers the version it was loaded at.
        var intervention = Intervention.FromHistory(store.Read(id), agency);

        // The unit of work: one action.
        intervention.RecordSession(SessionId.New(), agency.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, counsellor);

        // Append only the new events, and only if the stream still ends where we loaded it (the store refuses otherwise).
        store.Append(id, intervention.LoadedVersion, intervention.UncommittedEvents);
        intervention.MarkCommitted();
        // end guide

        JsonAssert.EqualAggregates(intervention, Intervention.FromHistory(store.Read(id), agency));
        Assert.Empty(intervention.UncommittedEvents);
        Assert.Equal(intervention.Version, intervention.LoadedVersion);
    }

    [Fact]
    public void TwoWritersRacingOnTheSameVersion_TheSecondIsRefused_AndTheirSplicedHistoryToo()
    {
        var world = new TestWorld();
        var store = new InMemoryEventStore(JsonAssert.Options);
        var opened = world.InDiagnosis();
        store.Append(opened.Id, opened.LoadedVersion, opened.UncommittedEvents);
        world.Advance(Duration.FromDays(7));
        var first = Intervention.FromHistory(store.Read(opened.Id), world.Agency);
        var second = Intervention.FromHistory(store.Read(opened.Id), world.Agency);
        var session = SessionId.New();

        first.RecordSession(session, world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, world.Counsellor);
        second.RecordSession(session, world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NoProgress, world.Counsellor);
        store.Append(opened.Id, first.LoadedVersion, first.UncommittedEvents);

        Assert.Throws<ConcurrencyConflictException>(() => store.Append(opened.Id, second.LoadedVersion, second.UncommittedEvents));
        Assert.Equal(first.Version, store.Read(opened.Id).Count());

        // A store without the check would hold both appends: the rebuild refuses the splice at the second writer's event.
        var spliced = first.History.Concat(second.UncommittedEvents).ToList();
        var refusal = Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(spliced, world.Agency));
        Assert.Equal(first.Version + 1, refusal.Position);
        Assert.Equal(["history.position-mismatch"], refusal.Codes);
    }

    [Fact]
    public void AnEvent_IsWrittenWithItsDiscriminatorFirst_WhateverTheDeclaredType()
    {
        var started = new IntakeStarted(TestWorld.Start, Actor.System("import"));

        Assert.StartsWith("{\"$type\":\"IntakeStarted\",", JsonSerializer.Serialize(started, JsonAssert.Options), System.StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(started, JsonAssert.Options), JsonSerializer.Serialize<InterventionEvent>(started, JsonAssert.Options));
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
