using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// Facts keep their values in a compact form (an instant as ticks, small enumerations as bytes, an optional value beside
/// a flag). What they give back must be what they were given, to the nanosecond, and two facts must be equal exactly
/// when every value they show is equal, with equal hash codes and the same text when equal.
/// </summary>
public sealed class FactLayoutProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool SessionFact_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(SessionFact a, SessionFact b)
        => Holds(a, b, f => new SessionFact(f.Session, f.Planned, f.Status, f.KnownAt, f.Source, f.ScheduledOn, f.Progress, [.. f.Outcomes]),
            (x, y) => x.Session == y.Session && x.Planned == y.Planned && x.Status == y.Status && x.KnownAt == y.KnownAt && x.Source == y.Source
                && x.ScheduledOn == y.ScheduledOn && x.Progress == y.Progress && x.HasOutcome == y.HasOutcome && x.Outcomes.SequenceEqual(y.Outcomes)
                && Enum.GetValues<SessionOutcomeKind>().All(k => x.Has(k) == y.Has(k)));

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool ActionFact_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(ActionFact a, ActionFact b)
        => Holds(a, b, f => new ActionFact(f.Action, f.Owner, f.Status, f.KnownAt, f.Source, f.AgreedAt),
            (x, y) => x.Action == y.Action && x.Owner == y.Owner && x.Status == y.Status && x.KnownAt == y.KnownAt && x.Source == y.Source && x.AgreedAt == y.AgreedAt);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool ObjectiveFact_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(ObjectiveFact a, ObjectiveFact b)
        => Holds(a, b, f => new ObjectiveFact(f.Objective, f.Deadline, f.Baseline, f.Target, f.Direction, f.KnownAt, f.Source),
            (x, y) => x.Objective == y.Objective && x.Deadline == y.Deadline && x.Baseline == y.Baseline && x.Target == y.Target && x.Direction == y.Direction
                && x.KnownAt == y.KnownAt && x.Source == y.Source);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool IndicatorReading_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(IndicatorReading a, IndicatorReading b)
        => Holds(a, b, f => new IndicatorReading(f.Objective, f.Value, f.KnownAt, f.Source),
            (x, y) => x.Objective == y.Objective && x.Value == y.Value && x.KnownAt == y.KnownAt && x.Source == y.Source);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool SituationFact_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(SituationFact a, SituationFact b)
        => Holds(a, b, f => new SituationFact(f.Activity, f.KnownAt, f.Source, f.MonthsAfterClosure, f.Job),
            (x, y) => x.Activity == y.Activity && x.KnownAt == y.KnownAt && x.Source == y.Source && x.MonthsAfterClosure == y.MonthsAfterClosure
                && x.IsFollowUp == y.IsFollowUp && x.IsEmploymentOrTraining == y.IsEmploymentOrTraining && SameJob(x.Job, y.Job));

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool AutonomyReading_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(AutonomyReading a, AutonomyReading b)
        => Holds(a, b, f => new AutonomyReading(f.Moment, f.Level, f.KnownAt, f.Source),
            (x, y) => x.Moment == y.Moment && x.Level == y.Level && x.KnownAt == y.KnownAt && x.Source == y.Source);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool DecisionFact_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(DecisionFact a, DecisionFact b)
        => Holds(a, b, f => new DecisionFact(f.Kind, f.KnownAt, f.Source, f.Session),
            (x, y) => x.Kind == y.Kind && x.KnownAt == y.KnownAt && x.Source == y.Source && x.Session == y.Session);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool SatisfactionAnswer_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(SatisfactionAnswer a, SatisfactionAnswer b)
        => Holds(a, b, f => new SatisfactionAnswer(f.Score, f.KnownAt, f.Source, f.WouldComeBack, f.WouldRecommend),
            (x, y) => x.Score == y.Score && x.KnownAt == y.KnownAt && x.Source == y.Source && x.WouldComeBack == y.WouldComeBack && x.WouldRecommend == y.WouldRecommend);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FactArbitraries) })]
    public bool JobQuality_GivesBackItsValues_AndEqualsExactlyWhenTheyAreEqual(JobQuality a, JobQuality b)
        => Holds(a, b, j => new JobQuality(j.Contract, j.WeeklyHours, j.MonthlyEarnings, j.SocialProtection, j.MeetsExpectations), (x, y) => SameJob(x, y));

    [Fact]
    public void SessionFact_Text_ShowsItsOutcomes_NotTheSequenceThatYieldsThem()
    {
        var session = SessionId.New();
        var at = Instant.FromUtc(2026, 3, 2, 10, 0);
        var held = new SessionFact(session, true, SessionStatus.Held, at, ActorKind.Counsellor, new LocalDate(2026, 3, 2), SessionProgress.Progressed, SessionOutcomeKind.AgreedAction, SessionOutcomeKind.Proposal);

        Assert.Equal(
            $"SessionFact {{ Session = {session}, Planned = True, Status = Held, KnownAt = {at}, Source = Counsellor, ScheduledOn = {new LocalDate(2026, 3, 2)}, "
            + "Progress = Progressed, HasOutcome = True, Outcomes = [Proposal, AgreedAction], IsDefault = False }",
            held.ToString());
        Assert.Contains("Outcomes = [], IsDefault = True", default(SessionFact).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultFacts_ShowTheValuesTheyAlwaysShowed()
    {
        Assert.Null(default(SessionFact).ScheduledOn);
        Assert.Equal(Instant.FromUnixTimeTicks(0), default(SessionFact).KnownAt);
        Assert.Null(default(ActionFact).AgreedAt);
        Assert.Null(default(SituationFact).MonthsAfterClosure);
        Assert.False(default(SituationFact).IsFollowUp);
        Assert.Null(default(SituationFact).Job);
        Assert.Null(default(JobQuality).WeeklyHours);
        Assert.Null(default(JobQuality).MonthlyEarnings);
        Assert.Null(default(JobQuality).Contract);
        Assert.Null(new JobQuality().SocialProtection);
        Assert.Equal(default(JobQuality), new JobQuality(null, null, null, null, null));
        Assert.True(default(AutonomyReading).IsDefault);
    }

    /// <summary>The copy made from a fact's values equals it (same hash, same text); two facts are equal exactly when their values are.</summary>
    private static bool Holds<T>(T a, T b, Func<T, T> copy, Func<T, T, bool> sameValues)
        where T : struct, IEquatable<T>
    {
        var again = copy(a);
        return again.Equals(a) && sameValues(again, a) && again.GetHashCode() == a.GetHashCode() && again.ToString() == a.ToString()
            && a.Equals(b) == sameValues(a, b)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
            && a.Equals((object)b) == a.Equals(b);
    }

    private static bool SameJob(JobQuality? x, JobQuality? y)
        => x is { } a && y is { } b
            ? a.Contract == b.Contract && a.WeeklyHours == b.WeeklyHours && a.MonthlyEarnings == b.MonthlyEarnings && a.SocialProtection == b.SocialProtection && a.MeetsExpectations == b.MeetsExpectations
            : x is null && y is null;

    /// <summary>Facts drawn from few values each, so that equal ones come often; instants to the nanosecond across the supported range.</summary>
    public static class FactArbitraries
    {
        private static readonly Gen<Instant> Instants = Gen.OneOf(
            Gen.Elements(
                SupportedDates.MinimumInstant,
                SupportedDates.MinimumInstant.PlusNanoseconds(1),
                Instant.FromUnixTimeTicks(0),
                Instant.FromUnixTimeTicks(0).PlusNanoseconds(99),
                Instant.FromUnixTimeTicks(0).PlusNanoseconds(-1),
                Instant.FromUnixTimeTicks(1),
                Instant.FromUtc(2024, 5, 1, 9, 30),
                SupportedDates.MaximumInstant,
                SupportedDates.MaximumInstant.PlusNanoseconds(-37)),
            from seconds in Gen.Choose(-22_000_000, 2_000_000_000)
            from nanoseconds in Gen.Choose(0, 999_999_999)
            select Instant.FromUnixTimeSeconds(seconds * 100L).PlusNanoseconds(nanoseconds));

        private static readonly Gen<ActorKind> Sources = Gen.Elements(ActorKind.Counsellor, ActorKind.Client, ActorKind.System);

        private static readonly Gen<LocalDate> Dates = Gen.Elements(SupportedDates.MinimumDate, new LocalDate(1969, 12, 31), new LocalDate(2024, 6, 1), SupportedDates.MaximumDate);

        private static readonly SessionId[] SessionIds = [new(new Guid(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)), new(new Guid(2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2))];

        private static readonly ObjectiveId[] ObjectiveIds = [new(new Guid(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3)), new(new Guid(4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4))];

        public static Arbitrary<SessionFact> Sessions()
            => Arb.From(
                from session in Gen.Elements(SessionIds)
                from planned in Gen.Elements(true, false)
                from status in Gen.Elements(Enum.GetValues<SessionStatus>())
                from known in Instants
                from source in Gen.Elements(ActorKind.Counsellor, ActorKind.Client, ActorKind.Partner, ActorKind.Relative, ActorKind.System)
                from scheduled in Gen.OneOf(Gen.Constant<LocalDate?>(null), Dates.Select(d => (LocalDate?)d))
                from progress in Gen.Elements(Enum.GetValues<SessionProgress>())
                from outcomes in Gen.Elements(Array.Empty<SessionOutcomeKind>(), [SessionOutcomeKind.Decision], [SessionOutcomeKind.Proposal, SessionOutcomeKind.JobLead], Enum.GetValues<SessionOutcomeKind>())
                select new SessionFact(session, planned, status, known, source, scheduled, progress, status == SessionStatus.Held ? outcomes : []));

        public static Arbitrary<ActionFact> Actions()
            => Arb.From(
                from action in Gen.Elements(new PlanActionId(new Guid(5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5)), new PlanActionId(new Guid(6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6)))
                from owner in Sources
                from status in Gen.Elements(Enum.GetValues<PlanActionStatus>())
                from known in Instants
                from source in Sources
                from agreedAt in Gen.OneOf(Gen.Constant<SessionId?>(null), Gen.Elements(SessionIds).Select(s => (SessionId?)s))
                select new ActionFact(action, owner, status, known, source, agreedAt));

        public static Arbitrary<ObjectiveFact> Objectives()
            => Arb.From(
                from objective in Gen.Elements(ObjectiveIds)
                from deadline in Dates
                from baseline in Gen.Elements(0m, 1m, 1.0m, 2.5m)
                from step in Gen.Elements(1m, 1.00m, 3m)
                from increase in Gen.Elements(true, false)
                from known in Instants
                from source in Sources
                select new ObjectiveFact(objective, deadline, baseline, increase ? baseline + step : baseline - step, increase ? IndicatorDirection.Increase : IndicatorDirection.Decrease, known, source));

        public static Arbitrary<IndicatorReading> Readings()
            => Arb.From(
                from objective in Gen.Elements(ObjectiveIds)
                from value in Gen.Elements(0m, 2m, 2.0m, -1.5m)
                from known in Instants
                from source in Sources
                select new IndicatorReading(objective, value, known, source));

        public static Arbitrary<JobQuality> Jobs() => Arb.From(JobQualities);

        public static Arbitrary<DecisionFact> Decisions()
            => Arb.From(
                from kind in Gen.Elements(Enum.GetValues<DecisionKind>().Where(k => k != 0).ToArray())
                from known in Instants
                from source in Sources
                from session in Gen.OneOf(Gen.Constant<SessionId?>(null), Gen.Elements(SessionIds).Select(s => (SessionId?)s))
                select new DecisionFact(kind, known, source, session));

        public static Arbitrary<SatisfactionAnswer> Answers()
            => Arb.From(
                from score in Gen.Elements(new ScaleScore(1, 1, 5), new ScaleScore(5, 1, 5), new ScaleScore(0, 0, 4))
                from known in Instants
                from source in Sources
                from comeBack in Gen.Elements<bool?>(null, false, true)
                from recommend in Gen.Elements<bool?>(null, false, true)
                select new SatisfactionAnswer(score, known, source, comeBack, recommend));

        public static Arbitrary<SituationFact> Situations()
            => Arb.From(
                from activity in Gen.Elements(Enum.GetValues<SituationKind>())
                from known in Instants
                from source in Sources
                from months in Gen.Elements<int?>(null, 0, 3, 120)
                from job in Gen.OneOf(Gen.Constant<JobQuality?>(null), JobQualities.Select(j => (JobQuality?)j))
                select new SituationFact(activity, known, source, months, activity is SituationKind.Employed or SituationKind.SelfEmployed ? job : null));

        public static Arbitrary<AutonomyReading> Autonomy()
            => Arb.From(
                from moment in Gen.Elements(AssessmentMoment.Intake, AssessmentMoment.Closure)
                from level in Gen.Elements(new ScaleScore(1, 1, 5), new ScaleScore(3, 1, 5), new ScaleScore(0, 0, 4))
                from known in Instants
                from source in Sources
                select new AutonomyReading(moment, level, known, source));

        private static Gen<JobQuality> JobQualities
            => from contract in Gen.Elements<ContractKind?>(null, ContractKind.Permanent, ContractKind.Informal)
               from hours in Gen.Elements<double?>(null, 0.0, -0.0, 35, 168)
               from earnings in Gen.Elements<double?>(null, 0.0, 1500.5)
               from protection in Gen.Elements<bool?>(null, false, true)
               from meets in Gen.Elements<bool?>(null, false, true)
               select new JobQuality(contract, hours, earnings, protection, meets);
    }
}
