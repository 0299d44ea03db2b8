using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// A summary counts its criteria with a tally of its own (statuses seen per axis, weights summed in the rubric's order)
/// and a walk over many records computes the as-of date once per zone: both must give exactly what a report gives, under
/// any rubric, for records in any zone, in any order.
/// </summary>
public sealed class SummaryTallyProperties
{
    private static readonly DateTimeZone[] Zones =
    [
        DateTimeZone.Utc,
        DateTimeZoneProviders.Tzdb["America/Toronto"],
        DateTimeZoneProviders.Tzdb["Europe/Paris"],
        DateTimeZoneProviders.Tzdb["Pacific/Auckland"],
    ];

    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.Default);

    private static readonly EvaluationAxis?[] Axes = [null, EvaluationAxis.Result, EvaluationAxis.Process, EvaluationAxis.Impact];

    private static readonly VerdictPolicy[] Policies = Enum.GetValues<VerdictPolicy>();

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Summarize_UnderAnyRubric_GivesTheReportsSummary(RandomHistory history, int variant)
    {
        var engine = new EvaluationEngine(AnyRubric(variant));
        var record = history.Build(zone: Zones[Math.Abs(variant % Zones.Length)]);
        var closed = record.ClosedAt ?? history.OpenedAt + Duration.FromDays(90);
        Instant[] asOfs = [history.AsOf, record.OpenedAt, closed, closed + Duration.FromDays(100), closed + Duration.FromDays(400)];
        return asOfs.All(asOf => engine.Summarize(record, asOf) == engine.Evaluate(record, asOf).Summary);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IndexedWalkProperties.CohortArbitraries) })]
    public bool SummarizeAll_OverRecordsInSeveralZones_GivesEachRecordsOwnSummary(RandomHistory[] histories)
    {
        // Zones in runs and alternating, so the walk's date is kept across records and computed again.
        var records = histories.Select((h, i) => h.Build(zone: Zones[(i / 3 + h.Seed) % Zones.Length])).ToArray();
        var asOf = Instant.FromUtc(2024, 10, 1, 4, 30);
        var expected = records.Where(r => r.OpenedAt <= asOf).Select(r => Engine.Summarize(r, asOf)).ToList();
        return Engine.SummarizeAll(records, asOf).SequenceEqual(expected)
            && Engine.SummarizeAll(records.ToList(), asOf).SequenceEqual(expected)
            && Engine.SummarizeAll(records.Select(r => r), asOf).SequenceEqual(expected);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IndexedWalkProperties.CohortArbitraries) })]
    public bool EvaluateCases_EachAsOfItsOwnInstant_GivesEachRecordsOwnSummary(RandomHistory[] histories)
    {
        // Each case as of its own instant: the walk's date must follow the instant as well as the zone.
        var records = histories.Select((h, i) => h.Build(zone: Zones[(i + h.Seed) % Zones.Length])).ToArray();
        var policy = AsOfPolicy.MonthsAfterClosure(6);
        return Engine.EvaluateCases(records, policy).All(outcome =>
            outcome.Status != CaseOutcomeStatus.Evaluated
            || SameAs(outcome, Engine.Summarize(records[outcome.Row], outcome.AsOf!.Value)));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IndexedWalkProperties.CohortArbitraries) })]
    public bool EvaluateCohort_OverRecordsInSeveralZones_CountsEachRecordsOwnSummary(RandomHistory[] histories)
    {
        var records = histories.Select((h, i) => h.Build(zone: Zones[(i / 2 + h.Seed) % Zones.Length])).ToArray();
        var asOf = Instant.FromUtc(2024, 10, 1, 23, 30);
        var counts = Engine.EvaluateCohort(records, asOf);
        var opened = records.Where(r => r.OpenedAt <= asOf).Select(r => Engine.Summarize(r, asOf)).ToList();
        return counts == Engine.EvaluateCohort(records.Select(r => r), asOf)
            && Enum.GetValues<Verdict>().All(v => counts.CountOf(v) == opened.Count(s => s.Verdict == v));
    }

    /// <summary>Whether a case's row shows exactly the summary.</summary>
    private static bool SameAs(CaseOutcome outcome, EvaluationSummary summary)
        => outcome.Verdict == summary.Verdict
            && BitConverter.DoubleToInt64Bits(outcome.Score!.Value) == BitConverter.DoubleToInt64Bits(summary.Score)
            && outcome.Result == summary.Result
            && outcome.Process == summary.Process
            && outcome.Impact == summary.Impact
            && outcome.ReEvaluateAfter == summary.ReEvaluateAfter
            && outcome.IsReturn == summary.IsReturn
            && outcome.CriterionStatuses.SequenceEqual(Enumerable.Range(0, summary.CriterionCount).Select(summary.StatusOf));

    /// <summary>A rubric of built-in criteria: the default rubric's eleven in order (judged in one pass) or some of them in any order, with any weights, axes, policy and criteria counting only in favour.</summary>
    private static Rubric AnyRubric(int seed)
    {
        var rng = new Random(seed);
        var codes = BuiltInRubrics.Default.Criteria.Select(c => c.Criterion).ToList();
        if (rng.Next(2) == 0)
        {
            codes = [.. codes.OrderBy(_ => rng.Next()).Take(rng.Next(1, codes.Count + 1))];
        }

        var parts = codes.Select(_ => rng.Next(1, 10)).ToArray();
        var total = (double)parts.Sum();
        var criteria = new List<RubricCriterion>();
        for (var i = 0; i < codes.Count; i++)
        {
            criteria.Add(new RubricCriterion(codes[i], parts[i] / total, Axes[rng.Next(Axes.Length)], CountsOnlyInFavour: rng.Next(4) == 0));
        }

        var policy = Policies[rng.Next(Policies.Length)];
        return new Rubric("any", policy, criteria, policy == VerdictPolicy.WeightedScoreAtLeast ? rng.Next(0, 101) / 100.0 : null, rng.Next(1, 13));
    }
}
