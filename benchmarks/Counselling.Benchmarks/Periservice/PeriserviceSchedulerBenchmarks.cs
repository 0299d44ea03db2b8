using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Periservice;
using NodaTime;

namespace Counselling.Benchmarks.Periservice;

/// <summary>
/// Computing the schedules of <see cref="Count"/> interventions with the default policy (13 touchpoints each, 1.3
/// million in all), beside a hand-written loop that builds the same touchpoints. One operation schedules the whole cohort.
/// </summary>
[MemoryDiagnoser]
public class PeriserviceSchedulerBenchmarks
{
    private ServiceAnchors[] _anchors = [];
    private PeriserviceScheduler _scheduler = null!;
    private HandWrittenSchedule _handWritten = null!;

    [Params(100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _anchors = PeriserviceCohort.Generate(Count);
        _scheduler = new PeriserviceScheduler(PeriservicePolicy.Default, SendingWindow.Default, DateTimeZoneProviders.Tzdb);
        _handWritten = new HandWrittenSchedule();
        foreach (var anchors in _anchors.Take(2_000))
        {
            var library = _scheduler.Schedule(anchors);
            var hand = _handWritten.Schedule(anchors);
            if (!library.SequenceEqual(hand))
            {
                throw new InvalidOperationException("The hand-written schedule disagrees with the scheduler on " + anchors + ".");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var touchpoints = 0;
        foreach (var anchors in _anchors)
        {
            touchpoints += _handWritten.Schedule(anchors).Length;
        }

        return touchpoints;
    }

    [Benchmark]
    public int Scheduler()
    {
        var touchpoints = 0;
        foreach (var anchors in _anchors)
        {
            touchpoints += _scheduler.Schedule(anchors).Count;
        }

        return touchpoints;
    }
}
