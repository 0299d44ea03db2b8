using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Benchmarks.Evaluation;

/// <summary>
/// A deterministic generator of realistic case records: opened through 2024, 3–8 sessions two weeks apart (mostly planned
/// and held, most ending with an outcome), one or two objectives with readings, two to five actions reviewed at the next
/// session, a decision in most cases, plan A / plan B for a third, three in four closed with follow-ups at 3 and 6 months,
/// satisfaction and autonomy readings. About 25 facts a record.
/// </summary>
public static class RealisticCaseRecords
{
    /// <summary>The as-of instant the benchmarks evaluate at: every record is open by then, most are closed.</summary>
    public static readonly Instant AsOf = Instant.FromUtc(2025, 6, 1, 0, 0);

    private static readonly Instant Start = Instant.FromUtc(2024, 1, 1, 9, 0);
    private static readonly string[] Programmes = ["career-choice", "job-search", "youth-guarantee", "reorientation"];
    private static readonly string[] Sites = ["montreal-east", "sherbrooke", "lyon-3", "brussels-actiris"];

    public static CaseRecord[] Generate(int count, int seed = 2017)
    {
        var rng = new Random(seed);
        var counsellors = new CounsellorId[200];
        for (var i = 0; i < counsellors.Length; i++)
        {
            counsellors[i] = new CounsellorId(NewGuid(rng));
        }

        var records = new CaseRecord[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = One(rng, counsellors[rng.Next(counsellors.Length)]);
        }

        return records;
    }

    private static Guid NewGuid(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[0] |= 1;
        return new Guid(bytes);
    }

    private static CaseRecord One(Random rng, CounsellorId counsellor)
    {
        var opened = Start + Duration.FromMinutes(rng.Next(0, 366 * 24 * 60));
        Instant At(int day) => opened + Duration.FromDays(day) + Duration.FromHours(rng.Next(0, 8));
        LocalDate Date(int day) => (opened + Duration.FromDays(day)).InUtc().Date;
        bool Chance(int percent) => rng.Next(100) < percent;

        var builder = new CaseRecordBuilder(new InterventionId(NewGuid(rng)), new ClientId(NewGuid(rng)), counsellor, Programmes[rng.Next(Programmes.Length)], opened, DateTimeZone.Utc)
            .WithSite(Sites[rng.Next(Sites.Length)])
            .WithPlannedEnd(Date(120));

        var sessionCount = rng.Next(3, 9);
        var sessions = new SessionId[sessionCount];
        var lastDay = 0;
        for (var k = 0; k < sessionCount; k++)
        {
            sessions[k] = new SessionId(NewGuid(rng));
            var day = k * 14;
            var planned = k == 0 || Chance(90);
            if (planned && k > 0)
            {
                builder.Add(new SessionFact(sessions[k], true, SessionStatus.Planned, At(day - 14), ActorKind.Counsellor, Date(day)));
            }

            var status = Chance(95) ? SessionStatus.Held : Chance(60) ? SessionStatus.Missed : SessionStatus.Cancelled;
            var outcome = (SessionOutcomeKind)rng.Next(1, 8);
            builder.Add(status == SessionStatus.Held && Chance(97)
                ? new SessionFact(sessions[k], planned, status, At(day), ActorKind.Counsellor, Date(day), (SessionProgress)rng.Next(0, 3), outcome)
                : new SessionFact(sessions[k], planned, status, At(day), ActorKind.Counsellor, Date(day)));
            lastDay = day;
        }

        for (var k = rng.Next(1, 3); k > 0; k--)
        {
            var objective = new ObjectiveId(NewGuid(rng));
            var target = rng.Next(1, 6);
            builder.Add(new ObjectiveFact(objective, Date(rng.Next(60, 150)), 0, target, IndicatorDirection.Increase, At(14), ActorKind.Counsellor));
            for (var r = rng.Next(0, 4); r > 0; r--)
            {
                builder.Add(new IndicatorReading(objective, Chance(55) ? target : rng.Next(0, target), At(rng.Next(15, lastDay + 30)), ActorKind.Client));
            }
        }

        for (var k = rng.Next(2, 6); k > 0; k--)
        {
            var action = new PlanActionId(NewGuid(rng));
            var at = rng.Next(0, sessionCount);
            var owner = Chance(75) ? ActorKind.Client : Chance(50) ? ActorKind.Counsellor : Chance(50) ? ActorKind.Partner : ActorKind.Relative;
            builder.Add(new ActionFact(action, owner, PlanActionStatus.Agreed, At(at * 14), ActorKind.Counsellor, sessions[at]));
            if (at + 1 < sessionCount)
            {
                var status = Chance(82) ? PlanActionStatus.Done : Chance(70) ? PlanActionStatus.NotDone : PlanActionStatus.Dropped;
                builder.Add(new ActionFact(action, owner, status, At((at + 1) * 14), ActorKind.Counsellor, sessions[at]));
            }
        }

        if (Chance(80))
        {
            builder.Add(new DecisionFact((DecisionKind)rng.Next(1, 6), At(rng.Next(14, lastDay + 1)), ActorKind.Client));
        }

        if (Chance(35))
        {
            builder.Add(new OptionFact("A", OptionStatus.Pending, At(0), ActorKind.Client, Date(rng.Next(60, 300))));
            builder.Add(new OptionFact("B", OptionStatus.Pending, At(14), ActorKind.Client, Date(rng.Next(60, 300))));
            if (Chance(50))
            {
                builder.Add(new OptionFact(Chance(50) ? "A" : "B", (OptionStatus)rng.Next(2, 5), At(rng.Next(60, 300)), ActorKind.Partner));
            }
        }

        if (Chance(45))
        {
            builder.Add(new SituationFact(Chance(70) ? SituationKind.Employed : SituationKind.InTraining, At(rng.Next(14, lastDay + 1)), ActorKind.Client));
        }

        builder.Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(rng.Next(1, 4), 1, 5), At(0), ActorKind.Counsellor));
        if (Chance(75))
        {
            var closeDay = lastDay + rng.Next(1, 14);
            var closed = At(closeDay);
            builder.Close(closed, (ClosureReason)rng.Next(1, 7));
            if (Chance(85))
            {
                builder.Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(rng.Next(2, 6), 1, 5), closed, ActorKind.Counsellor));
            }

            if (Chance(90))
            {
                builder.Add(new SatisfactionAnswer(new ScaleScore(Chance(85) ? rng.Next(4, 6) : rng.Next(1, 4), 1, 5), closed, ActorKind.Client, Chance(92), Chance(90)));
            }

            foreach (var months in new[] { 3, 6 })
            {
                if (Chance(55))
                {
                    var activity = Chance(45) ? SituationKind.Employed : Chance(40) ? SituationKind.InTraining : SituationKind.JobSeeking;
                    JobQuality? job = activity == SituationKind.Employed
                        ? new JobQuality((ContractKind)rng.Next(1, 7), rng.Next(15, 55), rng.Next(900, 3500), Chance(75), Chance(70))
                        : null;
                    builder.Add(new SituationFact(activity, closed + Duration.FromDays((months * 30) + rng.Next(0, 15)), ActorKind.System, months, job));
                }
            }
        }

        return builder.Build();
    }
}
