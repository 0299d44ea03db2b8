using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evidence;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// A list or an array of records is walked by index, with the records ahead loaded early; a lazy sequence is walked
/// as it comes. Both walks must give the same answers as judging each record on its own.
/// </summary>
public sealed class IndexedWalkProperties
{
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.Default);

    private static readonly Instant AsOf = Instant.FromUtc(2024, 10, 1, 0, 0);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool SummarizeAll_OverAListOrAnArray_GivesEachOpenedRecordsOwnSummary(RandomHistory[] histories)
    {
        var records = histories.Select(h => h.Build()).ToList();
        var expected = records.Where(r => r.OpenedAt <= AsOf).Select(r => Engine.Summarize(r, AsOf)).ToList();
        return Engine.SummarizeAll(records, AsOf).SequenceEqual(expected)
            && Engine.SummarizeAll(records.ToArray(), AsOf).SequenceEqual(expected)
            && Engine.SummarizeAll(records.Select(r => r), AsOf).SequenceEqual(expected);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool EvaluateCohort_OverAList_CountsAsOverALazySequence(RandomHistory[] histories)
    {
        var records = histories.Select(h => h.Build()).ToArray();
        var policy = AsOfPolicy.MonthsAfterClosure(6);
        var fromArray = Engine.EvaluateCohort(records, policy, r => r.Programme);
        var fromSequence = Engine.EvaluateCohort(records.Select(r => r), policy, r => r.Programme);
        return fromArray.Total == fromSequence.Total
            && fromArray.Groups.Keys.SequenceEqual(fromSequence.Groups.Keys)
            && fromArray.Groups.All(g => g.Value == fromSequence.Groups[g.Key])
            && Engine.EvaluateCohort(records, AsOf) == Engine.EvaluateCohort(records.Select(r => r), AsOf);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool EvaluateCohortInParallel_OverAList_CountsAsTheSequentialWalk(RandomHistory[] histories)
    {
        var records = histories.Select(h => h.Build()).ToList();
        return Engine.EvaluateCohortInParallel(records, AsOf, r => r.Programme, 2).Total == Engine.EvaluateCohort(records.Select(r => r), AsOf);
    }

    /// <summary>Cohorts of up to 40 random histories.</summary>
    public static class CohortArbitraries
    {
        public static Arbitrary<RandomHistory[]> Cohorts()
            => Arb.From(
                from count in Gen.Choose(0, 40)
                from seeds in Gen.Choose(0, int.MaxValue - 1).ArrayOf(count)
                select seeds.Select((seed, i) => RandomHistory.Create(seed, i % 9)).ToArray(),
                cohort => Enumerable.Range(0, cohort.Length).Reverse().Select(n => cohort[..n]));
    }
}
