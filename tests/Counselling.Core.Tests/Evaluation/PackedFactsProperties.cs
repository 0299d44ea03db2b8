using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Situation;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// A record packs the facts a summary reads side by side (sessions, actions, objectives with the instant a reading first
/// reached them, situations, options, satisfaction answers, autonomy readings; dates as day numbers, levels by their place on the scale). The packed form must hold exactly the record's public facts,
/// and the engine must give the same summaries and reports from it as from the record's own arrays, as of any instant,
/// including instants a nanosecond before or after a fact became known.
/// </summary>
public sealed class PackedFactsProperties
{
    private static readonly EvaluationEngine OnePass = new(BuiltInRubrics.Default);

    private static readonly EvaluationEngine OneByOne = new(BuiltInRubrics.Default, onePass: false);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Packed_HoldsThePublicFacts_KindByKind(RandomHistory history, int variant)
    {
        var record = Vary(history, variant);
        var p = record.Packed;
        if (p is null)
        {
            return false;
        }

        int sessionsEnd = p[0].Next, actionsEnd = p[0].Data, objectivesEnd = p[1].Next, situationsEnd = p[1].Data, optionsEnd = p[2].Next, satisfactionEnd = p[2].Data;
        var sessions = record.Sessions;
        var actions = record.Actions;
        var objectives = record.Objectives;
        var situations = record.Situations;
        var options = record.Options;
        var answers = record.Satisfaction;
        var autonomy = record.Autonomy;
        return sessionsEnd - PackedFacts.Header == sessions.Length
            && actionsEnd - sessionsEnd == actions.Length
            && objectivesEnd - actionsEnd == 2 * objectives.Length
            && situationsEnd - objectivesEnd == situations.Length
            && optionsEnd - situationsEnd == options.Length
            && satisfactionEnd - optionsEnd == answers.Length
            && p.Length - satisfactionEnd == autonomy.Length
            && p[0].Ticks == (record.Decisions.IsEmpty ? long.MaxValue : record.Decisions[0].KnownAt.ToUnixTimeTicks())
            && Enumerable.Range(0, sessions.Length).All(i => SameSession(sessions[i], p[PackedFacts.Header + i], NextOf(sessions, i, s => s.Session), PackedFacts.Header, 1))
            && Enumerable.Range(0, actions.Length).All(i => p[sessionsEnd + i].Ticks == actions[i].KnownAt.ToUnixTimeTicks()
                && p[sessionsEnd + i].Data == (int)actions[i].Status
                && p[sessionsEnd + i].Next == Link(NextOf(actions, i, a => a.Action), sessionsEnd, 1))
            && Enumerable.Range(0, objectives.Length).All(i => SameObjective(record, i, p[actionsEnd + (2 * i)], p[actionsEnd + (2 * i) + 1], Link(NextOf(objectives, i, o => o.Objective), actionsEnd, 2)))
            && Enumerable.Range(0, situations.Length).All(i => SameSituation(situations[i], p[objectivesEnd + i]))
            && Enumerable.Range(0, options.Length).All(i => p[situationsEnd + i].Ticks == options[i].KnownAt.ToUnixTimeTicks()
                && (OptionStatus)(p[situationsEnd + i].Data & PackedFacts.KindMask) == options[i].Status
                && DayOf(p[situationsEnd + i].Data, PackedFacts.Expected, PackedFacts.OptionDayShift) == options[i].ExpectedBy
                && p[situationsEnd + i].Next == Link(NextOf(options, i, o => o.Label), situationsEnd, 1))
            && Enumerable.Range(0, answers.Length).All(i => p[optionsEnd + i].Ticks == answers[i].KnownAt.ToUnixTimeTicks()
                && PackedFacts.Level(p[optionsEnd + i].Data).Equals(answers[i].Score.Normalised)
                && (p[optionsEnd + i].Data & PackedFacts.AnswerMask) == Answer(answers[i].WouldComeBack)
                && ((p[optionsEnd + i].Data >> PackedFacts.RecommendShift) & PackedFacts.AnswerMask) == Answer(answers[i].WouldRecommend))
            && Enumerable.Range(0, autonomy.Length).All(i => p[satisfactionEnd + i].Ticks == autonomy[i].KnownAt.ToUnixTimeTicks()
                && PackedFacts.Level(p[satisfactionEnd + i].Data).Equals(autonomy[i].Level.Normalised)
                && ((p[satisfactionEnd + i].Data & PackedFacts.Intake) != 0) == (autonomy[i].Moment == AssessmentMoment.Intake));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Summaries_FromPackedFacts_AreThoseFromTheRecordsArrays(RandomHistory history, int variant)
    {
        var record = Vary(history, variant);
        var unpacked = record.WithoutPackedFacts();
        return record.Packed is not null && unpacked.Packed is null
            && AsOfs(history, record).All(asOf => OnePass.Summarize(record, asOf) == OnePass.Summarize(unpacked, asOf)
                && OneByOne.Summarize(record, asOf) == OnePass.Summarize(unpacked, asOf)
                && OneByOne.Summarize(unpacked, asOf) == OnePass.Summarize(unpacked, asOf));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Reports_FromPackedFacts_AreThoseFromTheRecordsArrays(RandomHistory history, int variant)
    {
        var record = Vary(history, variant);
        var unpacked = record.WithoutPackedFacts();
        return AsOfs(history, record).Take(4).All(asOf => SameReport(OnePass.Evaluate(record, asOf), OnePass.Evaluate(unpacked, asOf)));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IndexedWalkProperties.CohortArbitraries) })]
    public bool Cohorts_FromPackedFacts_CountAsFromTheRecordsArrays(RandomHistory[] histories)
    {
        var records = histories.Select((h, i) => Vary(h, i)).ToArray();
        var unpacked = records.Select(r => r.WithoutPackedFacts()).ToArray();
        var asOf = Instant.FromUtc(2024, 10, 1, 0, 0);
        return OnePass.EvaluateCohort(records, asOf) == OnePass.EvaluateCohort(unpacked, asOf)
            && OnePass.SummarizeAll(records, asOf).SequenceEqual(OnePass.SummarizeAll(unpacked, asOf));
    }

    [Fact]
    public void Record_WithAnInstantFinerThanATick_IsNotPacked_AndGivesTheSameSummary()
    {
        var opened = Instant.FromUtc(2026, 3, 2, 9, 0);
        var record = new CaseRecordBuilder("case-1", "career-choice", opened, DateTimeZone.Utc)
            .Add(new SessionFact(SessionId.New(), true, SessionStatus.Held, opened.PlusNanoseconds(7), ActorKind.Counsellor, new LocalDate(2026, 3, 2), SessionProgress.Progressed, SessionOutcomeKind.Decision))
            .Build();

        Assert.Null(record.Packed);
        Assert.Equal(OneByOne.Summarize(record, opened.PlusNanoseconds(7)), OnePass.Summarize(record, opened.PlusNanoseconds(7)));
        Assert.Equal(OneByOne.Summarize(record, opened.PlusNanoseconds(6)), OnePass.Summarize(record, opened.PlusNanoseconds(6)));
    }

    [Fact]
    public void Record_WithAScaleTooWideToPack_IsNotPacked_AndGivesTheSameSummary()
    {
        var opened = Instant.FromUtc(2026, 3, 2, 9, 0);
        var answered = opened + Duration.FromDays(10);
        var record = new CaseRecordBuilder("case-2", "career-choice", opened, DateTimeZone.Utc)
            .Add(new SatisfactionAnswer(new ScaleScore(12_345, 0, 20_000), answered, ActorKind.Client, wouldComeBack: true))
            .Build();

        Assert.Null(record.Packed);
        Assert.Equal(OneByOne.Summarize(record, answered), OnePass.Summarize(record, answered));
    }

    [Fact]
    public void Record_WithWholeTicks_IsPacked_AndAFactIsKnownFromItsInstantToTheNanosecond()
    {
        var opened = Instant.FromUtc(2026, 3, 2, 9, 0);
        var held = opened + Duration.FromHours(1);
        var record = new CaseRecordBuilder("case-1", "career-choice", opened, DateTimeZone.Utc)
            .Add(new SessionFact(SessionId.New(), true, SessionStatus.Held, held, ActorKind.Counsellor, new LocalDate(2026, 3, 2), SessionProgress.Progressed, SessionOutcomeKind.Decision))
            .Build();

        Assert.NotNull(record.Packed);
        Assert.Equal(CriterionStatus.Met, OnePass.Summarize(record, held).StatusOf(1));
        Assert.Equal(CriterionStatus.Met, OnePass.Summarize(record, held.PlusNanoseconds(99)).StatusOf(1));
        Assert.NotEqual(CriterionStatus.Met, OnePass.Summarize(record, held.PlusNanoseconds(-1)).StatusOf(1));
        Assert.Equal(OnePass.Summarize(record.WithoutPackedFacts(), held.PlusNanoseconds(-1)), OnePass.Summarize(record, held.PlusNanoseconds(-1)));
    }

    /// <summary>The history's record, with courses in some variants (the situations are then read from the arrays).</summary>
    private static CaseRecord Vary(RandomHistory history, int variant)
    {
        var record = history.Build();
        if ((variant & 3) != 1)
        {
            return record;
        }

        var rng = new Random(history.Seed);
        return record.ToBuilder()
            .Add(new CourseFact("course", CourseStatus.Completed, history.OpenedAt + Duration.FromDays(rng.Next(0, 400)), ActorKind.Client, rng.Next(2) == 0))
            .Build();
    }

    /// <summary>The history's as-of instant, the opening, the closure and the follow-ups, and a nanosecond either side of a fact's instant.</summary>
    private static IEnumerable<Instant> AsOfs(RandomHistory history, CaseRecord record)
    {
        var closed = record.ClosedAt ?? history.OpenedAt + Duration.FromDays(90);
        var fact = record.Sessions.IsEmpty ? record.OpenedAt + Duration.FromDays(30) : record.Sessions[history.Seed % record.Sessions.Length].KnownAt;
        var action = record.Actions.IsEmpty ? closed : record.Actions[history.Seed % record.Actions.Length].KnownAt;
        return new[]
        {
            history.AsOf, record.OpenedAt, closed, closed + Duration.FromDays(200), closed + Duration.FromDays(400),
            fact, fact.PlusNanoseconds(-1), fact.PlusNanoseconds(1), action.PlusNanoseconds(-1), action,
        }.Where(i => i >= record.OpenedAt);
    }

    private static bool SameReport(EvaluationReport a, EvaluationReport b)
        => a.Summary == b.Summary
            && a.Criteria.Zip(b.Criteria).All(p => p.First.Status == p.Second.Status && p.First.Score.Equals(p.Second.Score)
                && p.First.ExpectedBy == p.Second.ExpectedBy && p.First.Reasons.SequenceEqual(p.Second.Reasons))
            && a.Reasons.SequenceEqual(b.Reasons);

    private static bool SameSession(SessionFact s, PackedFact p, int next, int start, int width)
        => p.Ticks == s.KnownAt.ToUnixTimeTicks()
            && (SessionStatus)(p.Data & PackedFacts.StatusMask) == s.Status
            && ((p.Data & PackedFacts.Planned) != 0) == s.Planned
            && ((p.Data & PackedFacts.HasOutcome) != 0) == s.HasOutcome
            && ((p.Data & PackedFacts.Decision) != 0) == s.Has(SessionOutcomeKind.Decision)
            && DayOf(p.Data, PackedFacts.Scheduled, PackedFacts.DayShift) == s.ScheduledOn
            && p.Next == Link(next, start, width);

    private static bool SameObjective(CaseRecord record, int i, PackedFact objective, PackedFact reach, int next)
    {
        var o = record.Objectives[i];
        var firstReading = record.Readings.Where(r => r.Objective == o.Objective && o.IsReachedBy(r.Value)).Select(r => (Instant?)r.KnownAt).FirstOrDefault();
        return objective.Ticks == o.KnownAt.ToUnixTimeTicks()
            && PackedFacts.Date(objective.Data) == o.Deadline
            && objective.Next == next
            && reach.Ticks == (firstReading is { } at ? at.ToUnixTimeTicks() : long.MaxValue);
    }

    private static bool SameSituation(SituationFact s, PackedFact p)
        => p.Ticks == s.KnownAt.ToUnixTimeTicks()
            && (SituationKind)(p.Data & PackedFacts.KindMask) == s.Activity
            && ((p.Data & PackedFacts.Entered) != 0) == s.IsEmploymentOrTraining
            && ((p.Data & PackedFacts.FollowUp) != 0) == s.IsFollowUp
            && ((p.Data & PackedFacts.HasJob) != 0) == (s.Job is not null)
            && ((p.Data & PackedFacts.MeetsYes) != 0) == (s.Job?.MeetsExpectations == true)
            && ((p.Data & PackedFacts.MeetsNo) != 0) == (s.Job?.MeetsExpectations == false)
            && p.Next == PackedFacts.None;

    private static int Answer(bool? answer) => answer is { } yes ? (yes ? 2 : 1) : 0;

    private static LocalDate? DayOf(int data, int flag, int shift) => (data & flag) != 0 ? PackedFacts.Date(data >> shift) : null;

    /// <summary>The index of the next fact observing the same item, or -1, found from the public facts.</summary>
    private static int NextOf<T, TKey>(IReadOnlyList<T> facts, int i, Func<T, TKey> key)
    {
        for (var j = i + 1; j < facts.Count; j++)
        {
            if (EqualityComparer<TKey>.Default.Equals(key(facts[j]), key(facts[i])))
            {
                return j;
            }
        }

        return -1;
    }

    private static int Link(int next, int start, int width) => next < 0 ? PackedFacts.None : start + (width * next);
}
