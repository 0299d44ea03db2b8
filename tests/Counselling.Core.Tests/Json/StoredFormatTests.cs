using Counselling.Core.Common;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// A history stored by the first version of the package (the demo story) must keep loading, and be written back the same
/// way: the stored format is a contract. Never regenerate StoredHistory.v1.json; add a v2 file next to it if the
/// format grows.
/// </summary>
public sealed class StoredFormatTests
{
    private static readonly string Stored = File.ReadAllText(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Json/StoredHistory.v1.json"))
        .ReplaceLineEndings("\n").Trim();

    [Fact]
    public void AHistoryStoredByVersion1_StillLoads_AndRebuildsTheIntervention()
    {
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(Stored, JsonAssert.Options)!;

        var intervention = Intervention.FromHistory(events, new AgencyClock(new NodaTime.Testing.FakeClock(events[^1].At), DateTimeZoneProviders.Tzdb, "UTC"));

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Equal(events.Count, intervention.Version);
        Assert.NotEmpty(intervention.Objectives);
        Assert.NotEmpty(intervention.ActionPlan);
    }

    [Fact]
    public void AHistoryStoredByVersion1_IsWrittenBackIdentically()
    {
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(Stored, JsonAssert.Options)!;

        var written = JsonSerializer.Serialize(events, new JsonSerializerOptions(JsonAssert.Options) { WriteIndented = true });

        Assert.Equal(Stored, written.ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void EvidenceEvents_AlsoRoundTrip_AsTheirAbstractBase()
    {
        var evidence = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(Stored, JsonAssert.Options)!.OfType<EvidenceRecorded>().ToList();

        var json = JsonSerializer.Serialize<IReadOnlyList<EvidenceRecorded>>(evidence, JsonAssert.Options);

        Assert.NotEmpty(evidence);
        Assert.Equal(evidence, JsonSerializer.Deserialize<IReadOnlyList<EvidenceRecorded>>(json, JsonAssert.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<EvidenceRecorded>>(
            """[{"$type":"IntakeStarted","at":"2026-03-02T14:00:00Z","by":{"kind":"System","role":"import"}}]""", JsonAssert.Options));
    }
}
