using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// A random but valid history of one intervention, for properties: every fact tagged as structure (what exists: sessions
/// planned, objectives, options, agreed actions) or evidence (what resolves it: readings, reviews, answers, follow-ups).
/// Options are all declared at intake, as plan A and plan B are in the plan-B story.
/// </summary>
public sealed class RandomHistory
{
    private static readonly Instant Epoch = Instant.FromUtc(2024, 1, 1, 9, 0);

    private RandomHistory(int seed, int size)
    {
        Seed = seed;
        Size = size;
        var rng = new Random(seed);
        OpenedAt = Epoch + Duration.FromDays(rng.Next(0, 365));
        Instant Day(int days) => OpenedAt + Duration.FromDays(days) + Duration.FromHours(rng.Next(0, 8));
        LocalDate Date(int days) => (OpenedAt + Duration.FromDays(days)).InUtc().Date;
        bool Chance(int percent) => rng.Next(100) < percent;
        var actors = new[] { ActorKind.Counsellor, ActorKind.Client, ActorKind.Partner, ActorKind.Relative, ActorKind.System };
        ActorKind Actor() => actors[rng.Next(actors.Length)];
        Guid Id() => new(rng.Next(1, int.MaxValue), 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

        var closeDay = Chance(70) ? rng.Next(20, 40 + (size * 20)) : (int?)null;
        if (closeDay is { } cd)
        {
            ClosedAt = Day(cd);
            Reason = (ClosureReason)rng.Next(1, 7);
        }

        PlannedEnd = Chance(60) ? Date(rng.Next(30, 200)) : null;
        var horizon = closeDay ?? 400;

        var sessions = new List<SessionId>();
        var count = rng.Next(0, 1 + Math.Min(size, 8));
        for (var k = 0; k < count; k++)
        {
            var id = new SessionId(Id());
            var day = 7 + (k * 14);
            var planned = Chance(80);
            if (planned)
            {
                Structure.Add(new SessionFact(id, true, SessionStatus.Planned, Day(Math.Max(0, day - 14)), Actor(), Date(day)));
                sessions.Add(id);
            }

            if (day <= horizon && Chance(85))
            {
                var status = Chance(80) ? SessionStatus.Held : Chance(50) ? SessionStatus.Missed : SessionStatus.Cancelled;
                var outcomes = status == SessionStatus.Held
                    ? Enum.GetValues<SessionOutcomeKind>().Where(_ => Chance(30)).ToArray()
                    : [];
                Evidence.Add(new SessionFact(id, planned, status, Day(day), Actor(), Date(day), (SessionProgress)rng.Next(0, 3), outcomes));
            }
        }

        for (var k = rng.Next(0, 3); k > 0; k--)
        {
            var id = new ObjectiveId(Id());
            var atLeast = Chance(70);
            var baseline = rng.Next(0, 10);
            var target = atLeast ? baseline + rng.Next(1, 5) : baseline - rng.Next(1, 5);
            Structure.Add(new ObjectiveFact(id, Date(rng.Next(10, 150)), baseline, target, atLeast ? IndicatorDirection.Increase : IndicatorDirection.Decrease, Day(rng.Next(0, 15)), Actor()));
            for (var r = rng.Next(0, 4); r > 0; r--)
            {
                Evidence.Add(new IndicatorReading(id, rng.Next(-5, 15), Day(rng.Next(15, 300)), Actor()));
            }
        }

        for (var k = rng.Next(0, 1 + Math.Min(size, 5)); k > 0; k--)
        {
            var id = new PlanActionId(Id());
            SessionId? at = sessions.Count > 0 && Chance(70) ? sessions[rng.Next(sessions.Count)] : null;
            var agreedDay = rng.Next(0, 60);
            var owner = Actor();
            Structure.Add(new ActionFact(id, owner, PlanActionStatus.Agreed, Day(agreedDay), Actor(), at));
            if (Chance(75))
            {
                Evidence.Add(new ActionFact(id, owner, (PlanActionStatus)rng.Next(2, 5), Day(agreedDay + rng.Next(1, 60)), Actor(), at));
            }
        }

        if (Chance(50))
        {
            Evidence.Add(new DecisionFact((DecisionKind)rng.Next(1, 6), Day(rng.Next(0, 200)), Actor()));
        }

        foreach (var label in new[] { "A", "B" }.Take(rng.Next(0, 3)))
        {
            Structure.Add(new OptionFact(label, OptionStatus.Pending, Day(0), Actor(), Chance(70) ? Date(rng.Next(10, 300)) : null));
            if (Chance(60))
            {
                Evidence.Add(new OptionFact(label, (OptionStatus)rng.Next(2, 5), Day(rng.Next(1, 300)), Actor()));
            }
        }

        if (Chance(40))
        {
            Evidence.Add(new SituationFact((SituationKind)rng.Next(1, 7), Day(rng.Next(0, horizon + 1)), Actor()));
        }

        if (ClosedAt is { } closed)
        {
            foreach (var months in new[] { 3, 6, 12 })
            {
                if (Chance(60))
                {
                    var activity = (SituationKind)rng.Next(1, 7);
                    JobQuality? job = activity is SituationKind.Employed or SituationKind.SelfEmployed && Chance(80)
                        ? new JobQuality(
                            Chance(80) ? (ContractKind)rng.Next(1, 7) : null,
                            Chance(80) ? rng.Next(10, 60) : null,
                            Chance(80) ? rng.Next(500, 4000) : null,
                            Chance(80) ? Chance(70) : null,
                            Chance(80) ? Chance(70) : null)
                        : null;
                    Evidence.Add(new SituationFact(activity, closed + Duration.FromDays((months * 30) + rng.Next(0, 20)), Actor(), months, job));
                }
            }
        }

        for (var k = rng.Next(0, 3); k > 0; k--)
        {
            var max = rng.Next(2, 11);
            Evidence.Add(new SatisfactionAnswer(
                new ScaleScore(rng.Next(1, max + 1), 1, max),
                Day(rng.Next(0, horizon + 200)),
                Actor(),
                Chance(70) ? Chance(80) : null,
                Chance(70) ? Chance(80) : null));
        }

        if (Chance(80))
        {
            Evidence.Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(rng.Next(0, 5), 0, 4), Day(0), Actor()));
        }

        if (Chance(60))
        {
            Evidence.Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(rng.Next(0, 5), 0, 4), Day(horizon), Actor()));
        }

        AsOf = OpenedAt + Duration.FromHours(rng.Next(0, 24 * 500));
    }

    public int Seed { get; }

    public int Size { get; }

    public Instant OpenedAt { get; }

    public Instant? ClosedAt { get; }

    public ClosureReason Reason { get; }

    public LocalDate? PlannedEnd { get; }

    /// <summary>Gets a random as-of instant after the opening.</summary>
    public Instant AsOf { get; }

    public List<object> Structure { get; } = [];

    public List<object> Evidence { get; } = [];

    public static RandomHistory Create(int seed, int size) => new(seed, size);

    /// <summary>Builds the record from the structure and the evidence kept by <paramref name="keep"/> (all when null), in UTC unless another zone is given.</summary>
    public CaseRecord Build(Func<object, bool>? keep = null, bool withClosure = true, DateTimeZone? zone = null)
    {
        var builder = new CaseRecordBuilder(
                new InterventionId(new Guid(Seed + 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
                new ClientId(new Guid(Seed + 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
                new CounsellorId(new Guid(Seed % 7 + 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13)),
                "programme-" + (Seed % 3),
                OpenedAt,
                zone ?? DateTimeZone.Utc)
            .WithPlannedEnd(PlannedEnd);
        if (withClosure && ClosedAt is { } closed)
        {
            builder.Close(closed, Reason);
        }

        foreach (var fact in Structure.Concat(Evidence.Where(f => keep?.Invoke(f) ?? true)))
        {
            Add(builder, fact);
        }

        return builder.Build();
    }

    public override string ToString() => $"history(seed {Seed}, size {Size})";

    internal static void Add(CaseRecordBuilder builder, object fact)
    {
        switch (fact)
        {
            case SessionFact f: builder.Add(f); break;
            case ObjectiveFact f: builder.Add(f); break;
            case IndicatorReading f: builder.Add(f); break;
            case ActionFact f: builder.Add(f); break;
            case DecisionFact f: builder.Add(f); break;
            case OptionFact f: builder.Add(f); break;
            case SituationFact f: builder.Add(f); break;
            case SatisfactionAnswer f: builder.Add(f); break;
            case AutonomyReading f: builder.Add(f); break;
            default: throw new ArgumentException("Not a fact.", nameof(fact));
        }
    }

    internal static Instant KnownAt(object fact) => fact switch
    {
        SessionFact f => f.KnownAt,
        ObjectiveFact f => f.KnownAt,
        IndicatorReading f => f.KnownAt,
        ActionFact f => f.KnownAt,
        DecisionFact f => f.KnownAt,
        OptionFact f => f.KnownAt,
        SituationFact f => f.KnownAt,
        SatisfactionAnswer f => f.KnownAt,
        AutonomyReading f => f.KnownAt,
        _ => throw new ArgumentException("Not a fact.", nameof(fact)),
    };
}
