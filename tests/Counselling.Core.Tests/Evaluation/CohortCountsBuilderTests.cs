using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evidence;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>A host counting a stream of its own, or a UI team building counts for its tests, gets the engine's counts.</summary>
public sealed class CohortCountsBuilderTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2025, 6, 1, 0, 0);
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.ProcessAndImpact);

    private static List<CaseRecord> Cohort(int count) => [.. Enumerable.Range(0, count).Select(i => RandomHistory.Create(i, i % 9).Build())];

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
}
