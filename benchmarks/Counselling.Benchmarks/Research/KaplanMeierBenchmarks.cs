using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Counselling.Research.Statistics;

namespace Counselling.Benchmarks.Research;

/// <summary>A Kaplan–Meier curve over 1,000,000 people, beside the same curve written with LINQ (baseline).</summary>
[MemoryDiagnoser]
[Config(typeof(ResearchBenchmarkConfig))]
public class KaplanMeierBenchmarks
{
    private FollowUpTimes _data = null!;
    private HandWrittenSurvival.Person[] _people = [];

    [Params(1_000_000)]
    public int Count { get; set; }

    [Params(true, false)]
    public bool WholeDays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = FollowUpTimes.Generate(Count, WholeDays);
        _people = HandWrittenSurvival.People(_data);
        var ours = KaplanMeier.Estimate(_data.Times, _data.Events);
        var theirs = HandWrittenSurvival.KaplanMeier(_people);
        if (ours.Steps.Length != theirs.Count || ours.Steps.Zip(theirs).Any(p => p.First.Time != p.Second.Time || Math.Abs(p.First.Survival - p.Second.Survival) > 1e-12))
        {
            throw new InvalidOperationException("The hand-written curve disagrees with KaplanMeier.Estimate.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLinq() => HandWrittenSurvival.KaplanMeier(_people).Count;

    [Benchmark]
    public int Estimate() => KaplanMeier.Estimate(_data.Times, _data.Events).Steps.Length;
}
