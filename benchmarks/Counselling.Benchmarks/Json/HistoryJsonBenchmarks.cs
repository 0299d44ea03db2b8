using Counselling.Core.Common;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Benchmarks.Json;

/// <summary>
/// Reloading the demo story's history (its events: objectives, actions, evidence) from its stored JSON, beside rebuilding
/// the aggregate from events already in memory (the baseline: what a host pays without storage), and writing it.
/// </summary>
[MemoryDiagnoser]
public class HistoryJsonBenchmarks
{
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private JsonSerializerOptions _options = null!;
    private string _json = null!;
    private IReadOnlyList<InterventionEvent> _events = null!;
    private FakeClock _clock = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = CounsellingJson.CreateOptions(_zones);
        using var stream = typeof(HistoryJsonBenchmarks).Assembly.GetManifestResourceStream("StoredHistory.v2.json")!;
        using var reader = new StreamReader(stream);
        _json = reader.ReadToEnd();
        _events = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(_json, _options)!;
        _clock = new FakeClock(_events[^1].At);
    }

    [Benchmark(Baseline = true, Description = "rebuild from events in memory")]
    public int Rebuild() => Intervention.FromHistory(_events, new AgencyClock(_clock, _zones, "UTC")).Version;

    [Benchmark(Description = "read JSON + rebuild")]
    public int Reload() => Intervention.FromHistory(JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(_json, _options)!, new AgencyClock(_clock, _zones, "UTC")).Version;

    [Benchmark(Description = "read JSON only")]
    public int Read() => JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(_json, _options)!.Count;

    [Benchmark(Description = "write JSON")]
    public int Write() => JsonSerializer.Serialize(_events, _options).Length;
}
