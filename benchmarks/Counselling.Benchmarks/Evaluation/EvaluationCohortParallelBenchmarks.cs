using System;
using System.Collections.Generic;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;

namespace Counselling.Benchmarks.Evaluation;

/// <summary>
/// A cohort of 1,000,000 realistic records grouped by counsellor, on one core and on every core. Each iteration also
/// prints the process's CPU time over wall time (<c>// cpu/wall</c> lines in the log): about 2 means both cores worked.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class EvaluationCohortParallelBenchmarks
{
    private CaseRecord[] _records = [];
    private EvaluationEngine _engine = null!;
    private TimeSpan _cpu;
    private long _wall;

    [GlobalSetup]
    public void Setup()
    {
        _records = RealisticCaseRecords.Generate(1_000_000);
        _engine = new EvaluationEngine(BuiltInRubrics.Default);
    }

    [IterationSetup]
    public void StartClock()
    {
        _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _wall = Stopwatch.GetTimestamp();
    }

    [IterationCleanup]
    public void StopClock()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpu;
        var wall = Stopwatch.GetElapsedTime(_wall);
        Console.WriteLine($"// cpu/wall = {cpu.TotalMilliseconds / wall.TotalMilliseconds:F2} ({Environment.ProcessorCount} cores)");
    }

    [Benchmark(Baseline = true)]
    public int Sequential() => _engine.EvaluateCohort(_records, RealisticCaseRecords.AsOf, r => r.Counsellor!.Value).Total.CountOf(Verdict.Success);

    [Benchmark]
    public int Parallel() => _engine.EvaluateCohortInParallel(_records, RealisticCaseRecords.AsOf, r => r.Counsellor!.Value).Total.CountOf(Verdict.Success);

    [Benchmark]
    public int ParallelFromAStream() => _engine.EvaluateCohortInParallel(Stream(), RealisticCaseRecords.AsOf, r => r.Counsellor!.Value).Total.CountOf(Verdict.Success);

    private IEnumerable<CaseRecord> Stream()
    {
        foreach (var record in _records)
        {
            yield return record;
        }
    }
}
