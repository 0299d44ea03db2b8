using System;
using System.Linq;
using Counselling.Core.Evaluation;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

public sealed class EvaluationProperties
{
    private static readonly Rubric[] Rubrics = [BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.Strict, BuiltInRubrics.DecentWork];

    private static bool IsResolved(CriterionStatus status) => status is CriterionStatus.Met or CriterionStatus.PartlyMet or CriterionStatus.NotMet;

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Evaluation_IsDeterministic(RandomHistory history)
    {
        var engine = new EvaluationEngine(BuiltInRubrics.DecentWork);
        var first = engine.Evaluate(history.Build(), history.AsOf);
        var second = engine.Evaluate(history.Build(), history.AsOf);
        return first.Summary == second.Summary
            && first.Criteria.Zip(second.Criteria).All(p => p.First.Reasons.SequenceEqual(p.Second.Reasons))
            && first.Reasons.SequenceEqual(second.Reasons);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool EvidenceRecordedAfterTheAsOfInstant_NeverChangesTheResult(RandomHistory history)
    {
        var known = history.Build(f => RandomHistory.KnownAt(f) <= history.AsOf, withClosure: history.ClosedAt <= history.AsOf);
        var everything = history.Build();
        return Rubrics.All(rubric =>
        {
            var engine = new EvaluationEngine(rubric);
            return engine.Summarize(known, history.AsOf) == engine.Summarize(everything, history.AsOf);
        });
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool AsEvidenceArrives_AResolvedCriterionNeverBecomesPendingAgain(RandomHistory history, byte days)
    {
        var record = history.Build();
        var later = history.AsOf + Duration.FromDays(days + 1);
        var engine = new EvaluationEngine(BuiltInRubrics.DecentWork);
        var before = engine.Summarize(record, history.AsOf);
        var after = engine.Summarize(record, later);
        return Enumerable.Range(0, before.CriterionCount)
            .All(i => !IsResolved(before.StatusOf(i)) || after.StatusOf(i) != CriterionStatus.Pending);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool AddingEvidence_AtTheSameInstant_NeverTurnsAResolvedCriterionPending(RandomHistory history, int dropSeed)
    {
        var drop = new Random(dropSeed);
        var kept = history.Evidence.Where(_ => drop.Next(3) > 0).ToHashSet();
        var engine = new EvaluationEngine(BuiltInRubrics.DecentWork);
        var fewer = engine.Summarize(history.Build(kept.Contains), history.AsOf);
        var more = engine.Summarize(history.Build(), history.AsOf);
        return Enumerable.Range(0, fewer.CriterionCount)
            .All(i => !IsResolved(fewer.StatusOf(i)) || more.StatusOf(i) != CriterionStatus.Pending);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Scores_StayBetweenZeroAndOne(RandomHistory history)
    {
        var report = new EvaluationEngine(BuiltInRubrics.DecentWork).Evaluate(history.Build(), history.AsOf);
        static bool InRange(double x) => x is >= 0 and <= 1;
        return InRange(report.Score)
            && report.Criteria.All(c => InRange(c.Score))
            && new[] { report.Result, report.Process, report.Impact }.All(a => InRange(a.Score));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool EveryStatus_CarriesAtLeastOneReason(RandomHistory history)
    {
        var report = new EvaluationEngine(BuiltInRubrics.DecentWork).Evaluate(history.Build(), history.AsOf);
        return report.Reasons.Count > 0
            && report.Criteria.All(c => c.Reasons.Count > 0)
            && new[] { report.Result, report.Process, report.Impact }.All(a => a.Reasons.Count > 0);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool TheSummary_AgreesWithTheFullReport(RandomHistory history)
    {
        var engine = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact);
        var record = history.Build();
        var report = engine.Evaluate(record, history.AsOf);
        return report.Summary == engine.Summarize(record, history.AsOf)
            && report.Criteria.Select((c, i) => c.Status == report.Summary.StatusOf(i)).All(x => x);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool APendingCriterion_ExpectsADateNoEarlierThanNeeded_AndOnlyPendingOnesExpectOne(RandomHistory history)
    {
        var report = new EvaluationEngine(BuiltInRubrics.DecentWork).Evaluate(history.Build(), history.AsOf);
        var pendingDates = report.Criteria.Where(c => c.ExpectedBy is not null).ToList();
        return pendingDates.All(c => c.Status == CriterionStatus.Pending)
            && report.ReEvaluateAfter == pendingDates.Select(c => c.ExpectedBy).Min();
    }
}
