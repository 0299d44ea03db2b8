using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evidence;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

public sealed class CohortTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2025, 6, 1, 0, 0);
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.ProcessAndImpact);

    private static List<CaseRecord> Cohort(int count) => [.. Enumerable.Range(0, count).Select(i => RandomHistory.Create(i, i % 9).Build())];

    [Fact]
    public void CohortCounts_AreTheSumOfTheSummaries()
    {
        var records = Cohort(300);
        var opened = records.Where(r => r.OpenedAt <= AsOf).ToList();
        var summaries = opened.Select(r => Engine.Summarize(r, AsOf)).ToList();

        var counts = Engine.EvaluateCohort(records, AsOf);

        Assert.Equal(opened.Count, counts.Count);
        Assert.Equal(records.Count - opened.Count, counts.NotYetOpened);
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            Assert.Equal(summaries.Count(s => s.Verdict == verdict), counts.CountOf(verdict));
        }

        foreach (var axis in Enum.GetValues<EvaluationAxis>())
        {
            foreach (var status in Enum.GetValues<CriterionStatus>())
            {
                Assert.Equal(summaries.Count(s => s.StatusOf(axis) == status), counts.CountOf(axis, status));
            }
        }

        Assert.Equal(summaries.Count(s => s.StatusOf(3) == CriterionStatus.Pending), counts.CountOf(3, CriterionStatus.Pending));
        Assert.Equal(summaries.Average(s => s.Score), counts.MeanScore, 9);
        Assert.Equal((double)counts.CountOf(Verdict.Success) / counts.Count, counts.SuccessRate);
    }

    [Fact]
    public void Groups_AddUpToTheTotal_ByTheCallersKey()
    {
        var records = Cohort(200);

        var report = Engine.EvaluateCohort(records, AsOf, r => r.Counsellor!.Value);

        Assert.Equal(records.Select(r => r.Counsellor!.Value).Distinct().Order(), report.Groups.Keys.Order());
        Assert.Equal(report.Total.Count, report.Groups.Values.Sum(g => g.Count));
        Assert.Equal(report.Total.CountOf(Verdict.NotSuccessful), report.Groups.Values.Sum(g => g.CountOf(Verdict.NotSuccessful)));
        Assert.Same(BuiltInRubrics.ProcessAndImpact, report.Rubric);
        Assert.Equal(AsOf, report.AsOf);
    }

    [Fact]
    public void GroupingByMonth_UsesAYearMonthKey()
    {
        var report = Engine.EvaluateCohort(Cohort(100), AsOf, r => r.OpenedAt.InUtc().Date.ToYearMonth());

        Assert.All(report.Groups.Keys, k => Assert.InRange(k, new YearMonth(2024, 1), new YearMonth(2024, 12)));
    }

    [Fact]
    public void TheParallelCohort_GivesTheSameCounts_ForListsAndForStreams()
    {
        var records = Cohort(3000);
        var sequential = Engine.EvaluateCohort(records, AsOf, r => r.Programme);

        var fromList = Engine.EvaluateCohortInParallel(records, AsOf, r => r.Programme, maxDegreeOfParallelism: 2);
        var fromStream = Engine.EvaluateCohortInParallel(records.Select(r => r), AsOf, r => r.Programme);

        foreach (var parallel in new[] { fromList, fromStream })
        {
            Assert.Equal(sequential.Groups.Keys.Order(), parallel.Groups.Keys.Order());
            foreach (var (key, counts) in sequential.Groups)
            {
                Assert.Equal(counts.Count, parallel.Groups[key].Count);
                Assert.Equal(counts.NotYetOpened, parallel.Groups[key].NotYetOpened);
                Assert.Equal(counts.MeanScore, parallel.Groups[key].MeanScore, 9);
                Assert.All(Enum.GetValues<Verdict>(), v => Assert.Equal(counts.CountOf(v), parallel.Groups[key].CountOf(v)));
                Assert.All(Enum.GetValues<CriterionStatus>(), s => Assert.Equal(counts.CountOf(EvaluationAxis.Result, s), parallel.Groups[key].CountOf(EvaluationAxis.Result, s)));
            }
        }
    }

    [Fact]
    public void SummarizeAll_StreamsOneSummaryPerOpenedRecord()
    {
        var records = Cohort(50);

        var summaries = Engine.SummarizeAll(records, AsOf).ToList();

        Assert.Equal(records.Where(r => r.OpenedAt <= AsOf).Select(r => r.Intervention), summaries.Select(s => s.Intervention));
    }

    [Fact]
    public void ANullRecord_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => Engine.EvaluateCohort([null!], AsOf));
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.EvaluateCohortInParallel(Cohort(1), AsOf, r => r.Site ?? "none", 0));
    }

    [Fact]
    public void Counts_RefuseUndefinedArguments()
    {
        var counts = Engine.EvaluateCohort(Cohort(5), AsOf);

        Assert.Throws<ArgumentOutOfRangeException>(() => counts.CountOf((Verdict)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.CountOf((EvaluationAxis)0, CriterionStatus.Met));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.CountOf(counts.CriterionCount, CriterionStatus.Met));
    }

    [Fact]
    public void Summarize_AllocatesNothing_ForAnyRubric()
    {
        var records = Cohort(200).Where(r => r.OpenedAt <= AsOf).ToArray();
        foreach (var rubric in new[] { BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.DecentWork })
        {
            var engine = new EvaluationEngine(rubric);
            foreach (var record in records)
            {
                engine.Summarize(record, AsOf);
            }

            // The fewest bytes of three passes: the runtime may allocate once on this thread while it compiles a method
            // again, hot (a few hundred bytes, once); a summary that allocated would do so in every pass, on every record.
            var fewest = long.MaxValue;
            for (var pass = 0; pass < 3; pass++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var record in records)
                {
                    engine.Summarize(record, AsOf);
                }

                fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Assert.Equal(0, fewest);
        }
    }

    // A host counting a stream of its own, or a UI team building counts for its tests, gets the engine's counts.
    [Fact]
    public void CountingSummariesOneByOne_GivesTheEngineCohortCounts()
    {
        var records = Cohort(200);
        var builder = new CohortCountsBuilder(Engine.Rubric.Criteria.Length);

        foreach (var record in records)
        {
            if (record.OpenedAt > AsOf)
            {
                builder.AddNotEvaluated(CaseOutcomeStatus.NotYetOpened);
            }
            else
            {
                builder.Add(Engine.Summarize(record, AsOf));
            }
        }

        Assert.Equal(Engine.EvaluateCohort(records, AsOf), builder.ToCounts());
        Assert.Equal(records.Count(r => r.OpenedAt <= AsOf), builder.Count);
    }

    [Fact]
    public void CountsTaken_AreNotChangedByWhatIsCountedAfter_AndCountsMadeElsewhereAddUp()
    {
        var records = Cohort(60);
        var first = Engine.EvaluateCohort(records.Take(30), AsOf);
        var second = Engine.EvaluateCohort(records.Skip(30), AsOf);
        var builder = new CohortCountsBuilder(Engine.Rubric.Criteria.Length);

        builder.Add(first);
        var taken = builder.ToCounts();
        builder.Add(second);

        Assert.Equal(first, taken);
        Assert.Equal(first + second, builder.ToCounts());
        Assert.Equal(Engine.EvaluateCohort(records, AsOf), builder.ToCounts());
    }

    [Fact]
    public void ASummaryOfAnotherRubric_ADefaultSummary_AndEvaluatedAsAReasonNotToEvaluate_AreRefused_AndChangeNothing()
    {
        var record = Cohort(1)[0];
        var builder = new CohortCountsBuilder(2);
        var empty = builder.ToCounts();

        Assert.Throws<ArgumentException>(() => builder.Add(Engine.Summarize(record, record.OpenedAt + Duration.FromDays(400))));
        Assert.Throws<ArgumentException>(() => builder.Add(default(EvaluationSummary)));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddNotEvaluated(CaseOutcomeStatus.Evaluated));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddNotEvaluated((CaseOutcomeStatus)9));
        Assert.Throws<ArgumentException>(() => builder.Add(Engine.EvaluateCohort([record], AsOf)));
        Assert.Throws<ArgumentNullException>(() => builder.Add((CohortCounts)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CohortCountsBuilder(-1));
        Assert.Equal(empty, builder.ToCounts());
    }

    [Fact]
    public void ACohortReportAndACaseOutcome_CanBeBuiltByAUiTeamsTests_AndRefuseWhatDoesNotHoldTogether()
    {
        var records = Cohort(20);
        var criteria = Engine.Rubric.Criteria.Length;
        var codes = Engine.Rubric.Criteria.Select(c => c.Criterion).ToList();
        var builder = new CohortCountsBuilder(criteria);
        var summary = Engine.Summarize(records[0], AsOf);
        builder.Add(summary);
        var counts = builder.ToCounts();
        var groups = new Dictionary<string, CohortCounts> { ["site A"] = counts };

        var report = new CohortReport<string>(Engine.Rubric, AsOfPolicy.Fixed(AsOf), counts, groups, null);
        var outcome = new CaseOutcome(0, records[0], "site A", CaseOutcomeStatus.Evaluated, AsOf, summary, codes);
        var notOpen = new CaseOutcome(1, records[1], null, CaseOutcomeStatus.NotYetOpened, AsOf, null, codes);

        Assert.Equal(1, report.Groups["site A"].Count);
        Assert.Equal(AsOf, report.AsOf);
        Assert.Equal((summary.Verdict, codes.Count), (outcome.Verdict!.Value, outcome.CriterionStatuses.Count));
        Assert.Null(notOpen.Verdict);
        var otherRubric = new CohortCountsBuilder(criteria + 1).ToCounts();
        Assert.Throws<ArgumentException>(() => new CohortReport<string>(Engine.Rubric, AsOfPolicy.Fixed(AsOf), otherRubric, groups, null));
        Assert.Throws<ArgumentException>(() => new CohortReport<string>(Engine.Rubric, AsOfPolicy.Fixed(AsOf), counts, new Dictionary<string, CohortCounts> { ["x"] = otherRubric }, null));
        Assert.Throws<ArgumentNullException>(() => new CohortReport<string>(Engine.Rubric, AsOfPolicy.Fixed(AsOf), counts, new Dictionary<string, CohortCounts> { ["x"] = null! }, null));
        Assert.Throws<ArgumentException>(() => new CaseOutcome(0, records[0], null, CaseOutcomeStatus.Evaluated, AsOf, null, codes));
        Assert.Throws<ArgumentException>(() => new CaseOutcome(0, records[0], null, CaseOutcomeStatus.NotClosed, null, summary, codes));
        Assert.Throws<ArgumentException>(() => new CaseOutcome(0, records[0], null, CaseOutcomeStatus.Evaluated, AsOf, summary, codes.Skip(1).ToList()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseOutcome(-1, records[0], null, CaseOutcomeStatus.NotYetOpened, AsOf, null, codes));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseOutcome(0, records[0], null, 0, AsOf, null, codes));
    }
}
