using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Periservice;
using NodaTime;

namespace Counselling.Benchmarks.Periservice;

/// <summary>
/// The outbox query a host runs every few minutes, over an outbox of about 1,000,000 scheduled touchpoints (76,924
/// interventions of the benchmark cohort): what is due in the next 15 minutes. The baseline is a
/// binary search over a sorted array of the same touchpoints, built once and never updated.
/// </summary>
[MemoryDiagnoser]
public class PeriserviceOutboxBenchmarks
{
    private static readonly Instant From = Instant.FromUtc(2026, 6, 15, 8, 0);

    private PeriserviceOutbox _outbox = null!;
    private Touchpoint[] _sorted = [];
    private Instant[] _instants = [];

    [Params(15)]
    public int WindowMinutes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scheduler = new PeriserviceScheduler(PeriservicePolicy.Default, SendingWindow.Default, DateTimeZoneProviders.Tzdb);
        _outbox = new PeriserviceOutbox(scheduler);
        var all = new List<Touchpoint>(1_000_012);
        foreach (var anchors in PeriserviceCohort.Generate(1_000_000 / PeriserviceCohort.TouchpointsEach + 1))
        {
            var schedule = scheduler.Schedule(anchors);
            _outbox.Update(anchors.Intervention, schedule);
            all.AddRange(schedule);
        }

        _sorted = [.. all];
        Array.Sort(_sorted, static (a, b) =>
        {
            var byInstant = a.Instant.CompareTo(b.Instant);
            return byInstant != 0 ? byInstant : a.Id.CompareTo(b.Id);
        });
        _instants = Array.ConvertAll(_sorted, t => t.Instant);
        if (_outbox.Due(From, To).Count != SortedArray().Count)
        {
            throw new InvalidOperationException("The outbox and the sorted array disagree.");
        }
    }

    private Instant To => From + Duration.FromMinutes(WindowMinutes);

    [Benchmark(Baseline = true)]
    public int SortedArrayQuery() => SortedArray().Count;

    [Benchmark]
    public int OutboxDue() => _outbox.Due(From, To).Count;

    private List<Touchpoint> SortedArray()
    {
        var start = Array.BinarySearch(_instants, From);
        if (start < 0)
        {
            start = ~start;
        }

        while (start > 0 && _instants[start - 1] == From)
        {
            start--;
        }

        var to = To;
        var result = new List<Touchpoint>();
        for (var i = start; i < _instants.Length && _instants[i] < to; i++)
        {
            result.Add(_sorted[i]);
        }

        return result;
    }
}
