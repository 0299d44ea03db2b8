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

/// <summary>Generators of small cohorts of random histories, shrunk towards fewer records.</summary>
public static class CohortArbitraries
{
    public static Arbitrary<RandomHistory[]> Cohorts()
        => Arb.From(
            from length in Gen.Choose(0, 12)
            from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue - 1), length)
            from size in Gen.Choose(0, 8)
            select seeds.Select(s => RandomHistory.Create(s, size)).ToArray(),
            c => Enumerable.Range(0, c.Length).Reverse().Select(n => c.Take(n).ToArray()));
}

public sealed class ResearchExportProperties
{
    private static readonly Rubric[] Rubrics = [BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.Strict, BuiltInRubrics.DecentWork];
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.Default);
    private static readonly AsOfPolicy[] Policies = [AsOfPolicy.Fixed(Instant.FromUtc(2024, 9, 1, 0, 0)), AsOfPolicy.MonthsAfterOpening(6), AsOfPolicy.MonthsAfterClosure(3).NoLaterThan(Instant.FromUtc(2025, 1, 1, 0, 0))];

    private static string? Key(CaseRecord r) => r.ClosureReason?.ToString();

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool ACaseWhoseEvidenceIsAllMissing_IsNeverNotSuccessful(RandomHistory history)
    {
        var record = history.Build().ToBuilder().NotRecorded((EvidenceKinds)2047).Build();
        return Rubrics.All(rubric =>
        {
            var summary = new EvaluationEngine(rubric).Summarize(record, history.AsOf);
            return summary.Verdict != Verdict.NotSuccessful
                && Enumerable.Range(0, summary.CriterionCount).All(i => summary.StatusOf(i) is not (CriterionStatus.NotMet or CriterionStatus.PartlyMet));
        });
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool AnOverdueCriterion_NeverNamesAReEvaluateDateInThePast(RandomHistory history)
    {
        var record = history.Build();
        var today = history.AsOf.InUtc().Date;
        return Rubrics.All(rubric => new EvaluationEngine(rubric).Summarize(record, history.AsOf).ReEvaluateAfter is not { } date || date >= today);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool CohortCounts_MergeAssociatively_IntoTheCountsOfTheWhole(RandomHistory[] cohort)
    {
        var records = cohort.Select(h => h.Build()).ToList();
        var policy = Policies[records.Count % Policies.Length];
        CohortCounts Count(IEnumerable<CaseRecord> part) => Engine.EvaluateCohortByKey(part, policy, Key).Total;
        var a = Count(records.Take(records.Count / 3));
        var b = Count(records.Skip(records.Count / 3).Take(records.Count / 3));
        var c = Count(records.Skip(2 * (records.Count / 3)));
        return (a + b) + c == a + (b + c) && (a + b) + c == Count(records) && a + b == b + a;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool CohortCounts_AreTheSame_WhateverTheNumberOfThreads(RandomHistory[] cohort)
    {
        var records = cohort.Select(h => h.Build()).ToList();
        var policy = Policies[records.Count % Policies.Length];
        var one = Engine.EvaluateCohortByKey(records, policy, Key, 1);
        var two = Engine.EvaluateCohortByKey(records.Select(r => r), policy, Key, 2);
        var many = Engine.EvaluateCohortByKey(records, policy, Key, -1);
        return one.Total == two.Total && one.Total == many.Total
            && one.Groups.Keys.SequenceEqual(two.Groups.Keys) && one.Groups.Keys.SequenceEqual(many.Groups.Keys)
            && one.Groups.All(g => g.Value == two.Groups[g.Key] && g.Value == many.Groups[g.Key]);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool EveryInputRow_GivesOneOutcome_InOrder_AndTheSameEachTime(RandomHistory[] cohort)
    {
        var records = cohort.Select(h => h.Build()).ToList();
        var policy = Policies[records.Count % Policies.Length];
        var first = Engine.EvaluateCases(records, policy, Key).ToList();
        var second = Engine.EvaluateCases(records, policy, Key).ToList();
        return first.Count == records.Count
            && first.Select((o, i) => o.Row == i && o.CaseId == records[i].CaseId).All(x => x)
            && first.Zip(second).All(p => p.First.Status == p.Second.Status && p.First.Verdict == p.Second.Verdict && p.First.AsOf == p.Second.AsOf
                && p.First.CriterionStatuses.SequenceEqual(p.Second.CriterionStatuses))
            && first.Count(o => o.Status == CaseOutcomeStatus.Evaluated) == Engine.EvaluateCohortByKey(records, policy, Key).Total.Count;
    }
}
