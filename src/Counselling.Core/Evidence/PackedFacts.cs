using System;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// The facts the default rubric's summary reads, packed with the record in one array of sixteen-byte entries, so that
/// judging a record touches a few cache lines rather than a dozen arrays: sessions, actions, objectives (each with the
/// instant a reading first reached it), situations, options, satisfaction answers and autonomy readings, in that order, each kind in the order its facts
/// became known; dates as day numbers. Everything packed is a fact of the record, independent of the as-of instant and
/// of any rubric.
/// </summary>
/// <remarks>
/// Layout: entry 0 holds the first decision's instant (<see cref="PackedFact.Ticks"/>), the end of the sessions
/// (<see cref="PackedFact.Next"/>) and of the actions (<see cref="PackedFact.Data"/>); entry 1 the end of the objectives
/// (<see cref="PackedFact.Next"/>) and of the situations (<see cref="PackedFact.Data"/>); entry 2 the end of the options
/// (<see cref="PackedFact.Next"/>) and of the satisfaction answers (<see cref="PackedFact.Data"/>); the autonomy readings
/// run to the end. A level on a scale is kept as its distance from the bottom and the scale's span (13 bits each).
/// A record is packed only when every instant packed is a whole tick (so that a fact is known at a cutoff exactly when
/// its ticks are at most the cutoff's), every date packed is in the ISO calendar and every level fits; otherwise the engine reads the
/// record's own arrays, as it always may.
/// </remarks>
internal static class PackedFacts
{
    /// <summary>The number of header entries before the sessions.</summary>
    public const int Header = 3;

    /// <summary>A session's status, in its two lowest bits.</summary>
    public const int StatusMask = 3;

    /// <summary>A session planned ahead.</summary>
    public const int Planned = 1 << 2;

    /// <summary>A session that ended with at least one concrete outcome.</summary>
    public const int HasOutcome = 1 << 3;

    /// <summary>A session that ended with a decision.</summary>
    public const int Decision = 1 << 4;

    /// <summary>A session whose date is known, that date's day number from <see cref="DayShift"/> on.</summary>
    public const int Scheduled = 1 << 5;

    /// <summary>Where a session's day number starts.</summary>
    public const int DayShift = 6;

    /// <summary>A situation's activity, or an option's status, in its four lowest bits.</summary>
    public const int KindMask = 0xF;

    /// <summary>A situation in employment or training.</summary>
    public const int Entered = 1 << 4;

    /// <summary>A situation reported at a follow-up.</summary>
    public const int FollowUp = 1 << 5;

    /// <summary>A situation describing its job.</summary>
    public const int HasJob = 1 << 6;

    /// <summary>A described job meeting the person's expectations, when they said so.</summary>
    public const int MeetsYes = 1 << 7;

    /// <summary>A described job not meeting the person's expectations, when they said so.</summary>
    public const int MeetsNo = 1 << 8;

    /// <summary>An option with an expected date, its day number from <see cref="OptionDayShift"/> on.</summary>
    public const int Expected = 1 << 4;

    /// <summary>Where an option's day number starts.</summary>
    public const int OptionDayShift = 5;

    /// <summary>An answer's would-come-back (bits 0–1) or would-recommend (bits 2–3): 0 not said, 1 no, 2 yes.</summary>
    public const int AnswerMask = 3;

    /// <summary>Where an answer's would-recommend starts.</summary>
    public const int RecommendShift = 2;

    /// <summary>An autonomy reading taken at intake.</summary>
    public const int Intake = 1;

    /// <summary>Where a level's distance from the bottom of its scale starts (13 bits), its scale's span following.</summary>
    public const int LevelShift = 4;

    /// <summary>The largest distance or span a packed level keeps.</summary>
    private const int LevelMax = (1 << 13) - 1;

    /// <summary>No next observation, or no instant.</summary>
    public const int None = int.MaxValue;

    /// <summary>The day number of a date (days since 1 January of year 1, ISO).</summary>
    public static int Day(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The date of a day number.</summary>
    public static LocalDate Date(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

    /// <summary>A packed level as <see cref="ScaleScore.Normalised"/> gives it, to the last bit.</summary>
    /// <param name="data">The fact's data.</param>
    /// <returns>The level between 0 and 1.</returns>
    public static double Level(int data)
    {
        var value = (data >> LevelShift) & LevelMax;
        var span = (data >> (LevelShift + 13)) & LevelMax;
        return span == 0 ? 0 : (double)value / span;
    }

    /// <summary>Packs a record's facts, or returns <see langword="null"/> when one of them cannot be packed exactly.</summary>
    /// <param name="a">The record's sorted, linked arrays.</param>
    /// <returns>The packed facts, or <see langword="null"/>.</returns>
    public static PackedFact[]? Pack(CaseRecordArrays a)
    {
        var sessions = a.Sessions;
        var actions = a.Actions;
        var objectives = a.Objectives;
        var situations = a.Situations;
        var options = a.Options;
        var firstDecision = long.MaxValue;
        if (a.Decisions.Length > 0 && !WholeTicks(a.Decisions[0].KnownAt, out firstDecision))
        {
            return null;
        }

        int sessionsEnd = Header + sessions.Length, actionsEnd = sessionsEnd + actions.Length, objectivesEnd = actionsEnd + (2 * objectives.Length);
        var satisfaction = a.Satisfaction;
        var autonomy = a.Autonomy;
        int situationsEnd = objectivesEnd + situations.Length, optionsEnd = situationsEnd + options.Length;
        int satisfactionEnd = optionsEnd + satisfaction.Length, length = satisfactionEnd + autonomy.Length;
        var packed = new PackedFact[length];
        packed[0] = new PackedFact(firstDecision, sessionsEnd, actionsEnd);
        packed[1] = new PackedFact(0, objectivesEnd, situationsEnd);
        packed[2] = new PackedFact(0, optionsEnd, satisfactionEnd);
        for (var i = 0; i < sessions.Length; i++)
        {
            ref readonly var s = ref sessions[i];
            var scheduled = 0;
            if (s.KnownNanoseconds != 0 || (s.IsScheduled && !TryDay(s.ScheduledDate, out scheduled)))
            {
                return null;
            }

            var data = (int)s.Status | (s.Planned ? Planned : 0) | (s.HasOutcome ? HasOutcome : 0) | (s.Has(SessionOutcomeKind.Decision) ? Decision : 0)
                | (s.IsScheduled ? Scheduled | (scheduled << DayShift) : 0);
            packed[Header + i] = new PackedFact(s.KnownTicks, Link(a.SessionNext, i, Header, 1), data);
        }

        for (var i = 0; i < actions.Length; i++)
        {
            ref readonly var x = ref actions[i];
            if (x.KnownNanoseconds != 0)
            {
                return null;
            }

            packed[sessionsEnd + i] = new PackedFact(x.KnownTicks, Link(a.ActionNext, i, sessionsEnd, 1), (int)x.Status);
        }

        var readings = a.Readings;
        var reach = a.ObjectiveReach;
        for (var i = 0; i < objectives.Length; i++)
        {
            ref readonly var o = ref objectives[i];
            var reached = long.MaxValue;
            if (o.KnownNanoseconds != 0 || !TryDay(o.Deadline, out var deadline)
                || (reach[i] >= 0 && readings[reach[i]].KnownNanoseconds != 0))
            {
                return null;
            }

            if (reach[i] >= 0)
            {
                reached = readings[reach[i]].KnownTicks;
            }

            var at = actionsEnd + (2 * i);
            packed[at] = new PackedFact(o.KnownTicks, Link(a.ObjectiveNext, i, actionsEnd, 2), deadline);
            packed[at + 1] = new PackedFact(reached, None, 0);
        }

        for (var i = 0; i < situations.Length; i++)
        {
            ref readonly var s = ref situations[i];
            if (s.KnownNanoseconds != 0)
            {
                return null;
            }

            var meets = s.HasJob ? s.JobOrDefault.MeetsExpectations : null;
            var data = (int)s.Activity | (s.IsEmploymentOrTraining ? Entered : 0) | (s.IsFollowUp ? FollowUp : 0) | (s.HasJob ? HasJob : 0)
                | (meets == true ? MeetsYes : meets == false ? MeetsNo : 0);
            packed[objectivesEnd + i] = new PackedFact(s.KnownTicks, None, data);
        }

        for (var i = 0; i < options.Length; i++)
        {
            ref readonly var o = ref options[i];
            var expected = 0;
            if (!WholeTicks(o.KnownAt, out var ticks) || (o.ExpectedBy is { } e && !TryDay(e, out expected)))
            {
                return null;
            }

            var data = (int)o.Status | (o.ExpectedBy is not null ? Expected | (expected << OptionDayShift) : 0);
            packed[situationsEnd + i] = new PackedFact(ticks, Link(a.OptionNext, i, situationsEnd, 1), data);
        }

        for (var i = 0; i < satisfaction.Length; i++)
        {
            ref readonly var x = ref satisfaction[i];
            if (!WholeTicks(x.KnownAt, out var ticks) || !TryLevel(x.Score, out var level))
            {
                return null;
            }

            packed[optionsEnd + i] = new PackedFact(ticks, None, level | Answer(x.WouldComeBack) | (Answer(x.WouldRecommend) << RecommendShift));
        }

        for (var i = 0; i < autonomy.Length; i++)
        {
            ref readonly var x = ref autonomy[i];
            if (x.KnownNanoseconds != 0 || !TryLevel(x.Level, out var level))
            {
                return null;
            }

            packed[satisfactionEnd + i] = new PackedFact(x.KnownTicks, None, level | (x.Moment == AssessmentMoment.Intake ? Intake : 0));
        }

        return packed;
    }

    private static int Answer(bool? answer) => answer switch { null => 0, false => 1, true => 2 };

    /// <summary>A level as its distance from the bottom of its scale and the scale's span, when both fit.</summary>
    private static bool TryLevel(ScaleScore score, out int level)
    {
        long value = (long)score.Value - score.Minimum, span = (long)score.Maximum - score.Minimum;
        if (value < 0 || value > LevelMax || span < 0 || span > LevelMax)
        {
            level = 0;
            return false;
        }

        level = ((int)value << LevelShift) | ((int)span << (LevelShift + 13));
        return true;
    }

    /// <summary>The index in the packed facts of the next observation of the fact at <paramref name="i"/>, or <see cref="None"/>.</summary>
    private static int Link(int[]? next, int i, int start, int width)
        => next is null || next[i] < 0 ? None : start + (width * next[i]);

    /// <summary>The day number of a date that has one here (ISO, year 1 to 9999), or <see langword="false"/>.</summary>
    private static bool TryDay(LocalDate date, out int day)
    {
        if (date.Calendar != CalendarSystem.Iso || date.Year < 1)
        {
            day = 0;
            return false;
        }

        day = Day(date);
        return true;
    }

    private static bool WholeTicks(Instant instant, out long ticks)
    {
        ticks = FactInstant.Ticks(instant, out var nanoseconds);
        return nanoseconds == 0;
    }
}
