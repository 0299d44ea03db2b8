using System;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// The facts the default rubric's summary reads, packed with the record in one array of sixteen-byte entries, so that
/// judging a record touches a few cache lines rather than a dozen arrays: sessions, actions, objectives (each with the
/// instant a reading first reached it), situations and options, in that order, each kind in the order its facts
/// became known; dates as day numbers. Everything packed is a fact of the record, independent of the as-of instant and
/// of any rubric.
/// </summary>
/// <remarks>
/// Layout: entry 0 holds the first decision's instant (<see cref="PackedFact.Ticks"/>), the end of the sessions
/// (<see cref="PackedFact.Next"/>) and of the actions (<see cref="PackedFact.Data"/>); entry 1 the end of the objectives
/// (<see cref="PackedFact.Next"/>) and of the situations (<see cref="PackedFact.Data"/>); the options run to the end.
/// A record is packed only when every instant packed is a whole tick (so that a fact is known at a cutoff exactly when
/// its ticks are at most the cutoff's) and every date packed is in the ISO calendar; otherwise the engine reads the
/// record's own arrays, as it always may.
/// </remarks>
internal static class PackedFacts
{
    /// <summary>The number of header entries before the sessions.</summary>
    public const int Header = 2;

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

    /// <summary>No next observation, or no instant.</summary>
    public const int None = int.MaxValue;

    /// <summary>The day number of a date (days since 1 January of year 1, ISO).</summary>
    public static int Day(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>The date of a day number.</summary>
    public static LocalDate Date(int day) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(day));

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
        int situationsEnd = objectivesEnd + situations.Length, length = situationsEnd + options.Length;
        var packed = new PackedFact[length];
        packed[0] = new PackedFact(firstDecision, sessionsEnd, actionsEnd);
        packed[1] = new PackedFact(0, objectivesEnd, situationsEnd);
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

        return packed;
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
