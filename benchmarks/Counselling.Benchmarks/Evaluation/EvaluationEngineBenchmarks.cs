using System;
using BenchmarkDotNet.Attributes;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Benchmarks.Evaluation;

/// <summary>
/// Evaluating realistic case records with the default rubric  in summary mode, beside a hand-written
/// evaluation of the same rules over the same objects. Each operation evaluates all <see cref="Count"/> records:
/// one call per record (<c>EngineSummarize</c>), or the whole array handed to the engine, which loads the records
/// ahead while it judges one (<c>EngineSummarizeAll</c> and the cohort methods).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class EvaluationEngineBenchmarks
{
    private CaseRecord[] _records = [];
    private EvaluationEngine _engine = null!;
    private LocalDate _today;

    [Params(100_000, 1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = RealisticCaseRecords.Generate(Count);
        _engine = new EvaluationEngine(BuiltInRubrics.Default);
        _today = RealisticCaseRecords.AsOf.InUtc().Date;
        var criterionByCriterion = new EvaluationEngine(BuiltInRubrics.Default, onePass: false);
        foreach (var record in _records)
        {
            var engine = _engine.Summarize(record, RealisticCaseRecords.AsOf);
            if (engine != criterionByCriterion.Summarize(record, RealisticCaseRecords.AsOf))
            {
                throw new InvalidOperationException($"The default rubric judged in one pass disagrees with its criteria judged one by one on {record}.");
            }

            var hand = HandWrittenEvaluation.Evaluate(record, RealisticCaseRecords.AsOf, _today);
            if (engine.Verdict != hand.Verdict || engine.Result != hand.Result || engine.Process != hand.Process || engine.Impact != hand.Impact
                || engine.ReEvaluateAfter != hand.ReEvaluateAfter || Math.Abs(engine.Score - hand.Score) > 1e-9)
            {
                throw new InvalidOperationException($"The hand-written evaluation disagrees with the engine on {record}: {engine} vs {hand}.");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var successes = 0;
        foreach (var record in _records)
        {
            successes += HandWrittenEvaluation.Evaluate(record, RealisticCaseRecords.AsOf, _today).Verdict == Verdict.Success ? 1 : 0;
        }

        return successes;
    }

    [Benchmark]
    public int EngineSummarize()
    {
        var successes = 0;
        foreach (var record in _records)
        {
            successes += _engine.Summarize(record, RealisticCaseRecords.AsOf).Verdict == Verdict.Success ? 1 : 0;
        }

        return successes;
    }

    [Benchmark]
    public int EngineSummarizeAll()
    {
        var successes = 0;
        foreach (var summary in _engine.SummarizeAll(_records, RealisticCaseRecords.AsOf))
        {
            successes += summary.Verdict == Verdict.Success ? 1 : 0;
        }

        return successes;
    }

    [Benchmark]
    public int EngineCohort() => _engine.EvaluateCohort(_records, RealisticCaseRecords.AsOf).CountOf(Verdict.Success);

    [Benchmark]
    public int EngineCohortByCounsellor() => _engine.EvaluateCohort(_records, RealisticCaseRecords.AsOf, r => r.Counsellor!.Value).Total.CountOf(Verdict.Success);

    [Benchmark]
    public int EngineCohortInParallel() => _engine.EvaluateCohortInParallel(_records, RealisticCaseRecords.AsOf, r => r.Counsellor!.Value).Total.CountOf(Verdict.Success);
}
