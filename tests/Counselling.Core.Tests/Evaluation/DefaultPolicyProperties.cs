using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>The default policy never calls an intervention a failure when its process and impact are met, whatever the result.</summary>
public sealed class DefaultPolicyProperties
{
    private static readonly EvaluationEngine Default = new(BuiltInRubrics.Default);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(DefaultPolicyArbitraries) })]
    public bool ProcessAndImpactMet_AnyResult_IsASuccess(ProcessAndImpactMetCase @case)
    {
        var report = Default.Evaluate(@case.Record, @case.AsOf);
        return report.Process.Status == CriterionStatus.Met
            && report.Impact.Status == CriterionStatus.Met
            && report.Verdict == Verdict.Success;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool OnAnyHistory_ProcessAndImpactMet_IsNeverAFailure(RandomHistory history)
    {
        var summary = Default.Summarize(history.Build(), history.AsOf);
        return summary.Process != CriterionStatus.Met || summary.Impact != CriterionStatus.Met || summary.Verdict == Verdict.Success;
    }
}

/// <summary>Generators for <see cref="DefaultPolicyProperties"/>.</summary>
public static class DefaultPolicyArbitraries
{
    public static Arbitrary<ProcessAndImpactMetCase> Cases()
        => Arb.From(Gen.Choose(0, int.MaxValue - 1).Select(ProcessAndImpactMetCase.Create));
}

/// <summary>
/// A record whose process and impact evidence is good (sessions held with something concrete, actions done, a satisfied
/// client who would come back and recommend) and whose result evidence is anything at all: options failed or pending,
/// objectives missed, no decision, any job or course, autonomy up, flat or down, closed or not.
/// </summary>
public sealed record ProcessAndImpactMetCase(int Seed, CaseRecord Record, Instant AsOf)
{
    private static readonly Instant Opened = Instant.FromUtc(2024, 9, 2, 13, 0);

    public static ProcessAndImpactMetCase Create(int seed)
    {
        var rng = new Random(seed);
        Instant Day(int d) => Opened + Duration.FromDays(d) + Duration.FromMinutes(rng.Next(0, 600));
        var zone = rng.Next(2) == 0 ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb["America/Toronto"];
        var builder = new CaseRecordBuilder(InterventionId.New(), ClientId.New(), CounsellorId.New(), "career-choice", Opened, zone)
            .WithPlannedEnd(rng.Next(2) == 0 ? null : new LocalDate(2025, 3, 1));
        var day = 0;
        var sessions = new List<SessionId>();
        var planned = rng.Next(3);
        for (var i = rng.Next(1, 6); i > 0; i--)
        {
            day += rng.Next(1, 15);
            var id = SessionId.New();
            sessions.Add(id);
            builder.Add(new SessionFact(id, planned == 0 || (planned == 2 && rng.Next(2) == 0), SessionStatus.Held, Day(day), ActorKind.Counsellor, outcomes: [(SessionOutcomeKind)rng.Next(1, 5)]));
        }

        for (var i = rng.Next(1, 4); i > 0; i--)
        {
            var action = PlanActionId.New();
            var at = sessions[rng.Next(sessions.Count)];
            builder.Add(new ActionFact(action, (ActorKind)rng.Next(1, 5), PlanActionStatus.Agreed, Day(day), ActorKind.Counsellor, at))
                .Add(new ActionFact(action, ActorKind.Client, rng.Next(4) == 0 ? PlanActionStatus.Dropped : PlanActionStatus.Done, Day(day + 1), ActorKind.Counsellor, at));
        }

        // Result evidence: anything.
        foreach (var label in new[] { "A", "B", "C" })
        {
            if (rng.Next(2) == 0)
            {
                var status = (OptionStatus)rng.Next(1, 5);
                builder.Add(new OptionFact(label, status, Day(day), ActorKind.Client, status == OptionStatus.Pending && rng.Next(2) == 0 ? new LocalDate(2025, 6, 1) : null));
            }
        }

        if (rng.Next(2) == 0)
        {
            builder.Add(new DecisionFact((DecisionKind)rng.Next(1, 6), Day(day), ActorKind.Client));
        }

        for (var i = rng.Next(0, 3); i > 0; i--)
        {
            var objective = ObjectiveId.New();
            builder.Add(new ObjectiveFact(objective, new LocalDate(2024, 10, 1).PlusDays(rng.Next(0, 200)), 0, rng.Next(1, 5), IndicatorDirection.Increase, Day(1), ActorKind.Counsellor));
            if (rng.Next(2) == 0)
            {
                builder.Add(new IndicatorReading(objective, rng.Next(0, 6), Day(day), ActorKind.Client));
            }
        }

        var activity = (SituationKind)rng.Next(1, 7);
        if (rng.Next(3) > 0)
        {
            var isJob = activity is SituationKind.Employed or SituationKind.SelfEmployed;
            JobQuality? job = isJob && rng.Next(3) > 0
                ? new JobQuality((ContractKind)rng.Next(1, 7), rng.Next(0, 70), rng.Next(0, 4000), rng.Next(3) switch { 0 => null, 1 => true, _ => false }, rng.Next(3) switch { 0 => null, 1 => true, _ => false })
                : null;
            builder.Add(new SituationFact(activity, Day(day), ActorKind.Client, job: job));
        }

        if (rng.Next(3) == 0)
        {
            builder.Add(new CourseFact("course", (CourseStatus)rng.Next(1, 4), Day(day), ActorKind.Client, rng.Next(3) switch { 0 => null, 1 => true, _ => false }));
        }

        if (rng.Next(2) == 0)
        {
            builder.Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(rng.Next(1, 6), 1, 5), Day(1), ActorKind.Counsellor));
            if (rng.Next(2) == 0)
            {
                builder.Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(rng.Next(1, 6), 1, 5), Day(day), ActorKind.Counsellor));
            }
        }

        // Impact evidence: satisfied, would come back and recommend.
        builder.Add(new SatisfactionAnswer(new ScaleScore(rng.Next(4, 6), 1, 5), Day(day), ActorKind.Client, wouldComeBack: true, wouldRecommend: true));
        day += 1;
        if (rng.Next(2) == 0)
        {
            builder.Close(Day(day), (ClosureReason)rng.Next(1, 4));
        }

        var record = builder.Build();
        var asOf = Opened + Duration.FromDays(day + 1 + rng.Next(0, 400));
        return new ProcessAndImpactMetCase(seed, record, asOf);
    }

    public override string ToString() => "seed " + Seed;
}
