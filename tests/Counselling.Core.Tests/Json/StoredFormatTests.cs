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
/// A history stored by the current version of the package (the demo story) must keep loading, and be written back the
/// same way: the stored format is a contract. Never regenerate StoredHistory.v2.json; add a v3 file next to it if the
/// format grows. The first version's history is refused whole since autonomy became an assessment.
/// </summary>
public sealed class StoredFormatTests
{
    private static readonly string Stored = File.ReadAllText(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Json/StoredHistory.v2.json"))
        .ReplaceLineEndings("\n").Trim();

    [Fact]
    public void AHistoryStoredByVersion1_IsRefusedWhole_NamingTheEventWhoseFormatChanged()
    {
        var first = File.ReadAllText(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Json/StoredHistory.v1.json"));

        var refusal = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(first, JsonAssert.Options));

        Assert.Contains(nameof(AutonomyAssessed), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHistoryStoredByVersion2_StillLoads_AndRebuildsTheIntervention()
    {
        var events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(Stored, JsonAssert.Options)!;

        var intervention = Intervention.FromHistory(events, new AgencyClock(new NodaTime.Testing.FakeClock(events[^1].At), DateTimeZoneProviders.Tzdb, "UTC"));

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Equal(events.Count, intervention.Version);
        Assert.NotEmpty(intervention.Objectives);
        Assert.NotEmpty(intervention.ActionPlan);
        Assert.NotNull(intervention.Situation);
        Assert.Equal(2, intervention.AutonomyAssessments.Count);
        Assert.Equal(["A", "B"], intervention.Options.Select(o => o.Label));
    }

    [Fact]
    public void AHistoryStoredByVersion2_IsWrittenBackIdentically()
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
