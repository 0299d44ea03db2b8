using System;
using BenchmarkDotNet.Attributes;
using Counselling.Research.Statistics;

namespace Counselling.Benchmarks.Research;

/// <summary>A two-group log-rank test over 1,000,000 people, beside the same statistic written with LINQ (baseline).</summary>
[MemoryDiagnoser]
[Config(typeof(ResearchBenchmarkConfig))]
public class LogRankBenchmarks
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
        var ours = LogRank.Test(_data.Times, _data.Events, _data.Groups).ChiSquare;
        var theirs = HandWrittenSurvival.LogRankTwoGroups(_people);
        if (Math.Abs(ours - theirs) > 1e-6 * theirs)
        {
            throw new InvalidOperationException($"The hand-written log-rank statistic ({theirs}) disagrees with LogRank.Test ({ours}).");
        }
    }

    [Benchmark(Baseline = true)]
    public double HandWrittenLinq() => HandWrittenSurvival.LogRankTwoGroups(_people);

    [Benchmark]
    public double Test() => LogRank.Test(_data.Times, _data.Events, _data.Groups).ChiSquare;
}
