using System;
using System.Collections.Generic;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Research.Files.Evaluation;

/// <summary>
/// Turns a <see cref="CohortRow"/> into the <see cref="CaseRecord"/> the evaluation engine reads: the one place where the
/// flat layout meets the engine's facts. Counts become sessions a week apart from the opening (held first, then missed),
/// actions agreed at the opening and done by the last session held, a closure without employment becomes a job search.
/// A blank evidence column (<see cref="CohortRow.Blanks"/>) is not recorded: its kind of evidence is named with
/// <see cref="CaseRecordBuilder.NotRecorded"/>, so the criteria reading it stay unknown unless what is recorded meets
/// them; sessions held given without the sessions planned are a count only (<see cref="CaseRecordBuilder.WithSessionCount"/>).
/// </summary>
/// <remarks>
/// Identifiers that are not GUIDs are turned into stable ones by a hash of their text, so the same case gets the same
/// record on every run. Not thread-safe (it caches zones and ids); one per reader.
/// </remarks>
public sealed class CohortRecordMapper
{
    private static readonly LocalTime Noon = new(12, 0);
    private static readonly LocalDate PlainFirst = new(1901, 1, 1);
    private static readonly LocalDate PlainLast = new(8800, 12, 31);
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>The day number of <see cref="LocalDate.MaxIsoValue"/> (31 December 9999): the last day of a case not closed.</summary>
    private const int LastDay = 2_932_896;

    /// <summary>The day numbers (<see cref="DayOf"/>) of 1 January 1901 and 31 December 8800, the plain rows' dates' range.</summary>
    private const int PlainFirstDay = -25_202, PlainLastDay = 2_494_971;

    /// <summary>A day number that stands for no date (a column left empty): below every date NodaTime holds.</summary>
    internal const int NoDay = int.MinValue + 1;

    /// <summary>
    /// What <see cref="DayOf"/> gives for a date of another calendar; 31 December 1969 has this number too, and its rows
    /// take the slower comparison of dates, to the same answer.
    /// </summary>
    internal const int OtherCalendar = -1;

    /// <summary>
    /// The case a counted summary names when the run only counts it (<see cref="Count(CohortRow, in PlainDays, DateTimeZone, Instant, bool)"/>
    /// with <c>namesCase</c> false): a summary's case changes none of its counts, so no hash of the case id is needed.
    /// </summary>
    private static readonly InterventionId CountedOnly = new(new Guid(1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]));
    private readonly IDateTimeZoneProvider _zones;
    private readonly Dictionary<string, DateTimeZone?> _zoneCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _counsellors = new(StringComparer.Ordinal);
    private readonly Dictionary<DateTimeZone, ZoneInstants> _instantsByZone = new(ReferenceEqualityComparer.Instance);
    private readonly string?[] _codes = new string?[8];
    private readonly string?[] _recentZoneIds = new string?[8];
    private readonly DateTimeZone?[] _recentZones = new DateTimeZone?[8];
    private int _nextZone;
    private int _nextCode;
    private readonly DateTimeZone?[] _instantZones = new DateTimeZone?[4];
    private readonly ZoneInstants?[] _instants = new ZoneInstants?[4];
    private int _nextInstants;

    /// <summary>Initializes a new mapper.</summary>
    /// <param name="zones">The zones the file's <see cref="CohortColumns.Zone"/> names (a host passes <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is <see langword="null"/>.</exception>
    public CohortRecordMapper(IDateTimeZoneProvider zones) => _zones = zones ?? throw new ArgumentNullException(nameof(zones));

    /// <summary>Gets the zones the mapper reads.</summary>
    internal IDateTimeZoneProvider Zones => _zones;

    /// <summary>Gets the zone a row names, UTC when it names none.</summary>
    /// <param name="row">The row.</param>
    /// <param name="zone">The zone, when known.</param>
    /// <returns><see langword="false"/> when the zone id is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    internal bool TryGetZone(CohortRow row, out DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Zone is not { } id)
        {
            zone = DateTimeZone.Utc;
            return true;
        }

        // A file's zone ids are one string each (the reader keeps one per value): the last few are found by reference.
        var recent = 0;
        while (recent < _recentZoneIds.Length && !ReferenceEquals(_recentZoneIds[recent], id))
        {
            recent++;
        }

        DateTimeZone? found;
        if (recent < _recentZoneIds.Length)
        {
            found = _recentZones[recent];
        }
        else
        {
            if (!_zoneCache.TryGetValue(id, out found))
            {
                found = _zones.GetZoneOrNull(id);
                _zoneCache[id] = found;
            }

            (_recentZoneIds[_nextZone], _recentZones[_nextZone]) = (id, found);
            _nextZone = (_nextZone + 1) % _recentZoneIds.Length;
        }

        zone = found ?? DateTimeZone.Utc;
        return found is not null;
    }

    /// <summary>Builds the case record of a row.</summary>
    /// <param name="row">The row.</param>
    /// <param name="line">The row's line, for the problem.</param>
    /// <param name="record">The record, when it could be built.</param>
    /// <param name="problem">What is wrong, otherwise.</param>
    /// <returns>Whether the record was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public bool TryMap(CohortRow row, long line, out CaseRecord? record, out CohortProblem problem)
    {
        ArgumentNullException.ThrowIfNull(row);
        record = null;
        if (!TryCheck(row, line, out var zone, out problem))
        {
            return false;
        }

        var caseGuid = IdOf(row.CaseId, "case");
        try
        {
            var opened = Cached(row.OpenedOn, zone);
            var builder = new CaseRecordBuilder(
                new InterventionId(caseGuid),
                new ClientId(row.ClientId is { } client ? IdOf(client, "client") : Derive(caseGuid, 0x10, 0)),
                new CounsellorId(row.CounsellorId is { } counsellor ? CounsellorGuid(counsellor) : Derive(caseGuid, 0x20, 0)),
                row.Programme,
                opened,
                zone);
            Fill(builder, row, zone, caseGuid, opened);
            record = builder.Build();
            return true;
        }
        catch (ArgumentException)
        {
            problem = new CohortProblem(line, null, CohortFileCodes.Inconsistent);
            return false;
        }
    }

    /// <summary>Checks what a row names before its facts: a known zone, a programme and a site that are codes.</summary>
    /// <param name="row">The row.</param>
    /// <param name="line">The row's line, for the problem.</param>
    /// <param name="zone">The row's zone, UTC when it names none.</param>
    /// <param name="problem">What is wrong, otherwise.</param>
    /// <param name="codesChecked">Whether the row comes straight from a file's reader, which checked its codes by a stricter rule.</param>
    /// <returns>Whether the row passed.</returns>
    internal bool TryCheck(CohortRow row, long line, out DateTimeZone zone, out CohortProblem problem, bool codesChecked = false)
    {
        problem = default;
        if (!TryGetZone(row, out zone))
        {
            problem = new CohortProblem(line, CohortColumns.Zone, CohortFileCodes.ZoneUnknown);
            return false;
        }

        // A row read from a file has its codes checked already; one made by a script is checked here, by the same rule.
        var badCode = codesChecked ? null
            : !IsCode(row.Programme) ? CohortColumns.Programme
            : row.Site is { } site && !IsCode(site) ? CohortColumns.Site
            : null;
        if (badCode is not null)
        {
            problem = new CohortProblem(line, badCode, CohortFileCodes.CodeInvalid);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a text is a code as the evidence accepts it; the last few strings found to be codes are remembered by
    /// reference (a file's codes are one string each, read once): a string found again is not checked again.
    /// </summary>
    private bool IsCode(string text)
    {
        foreach (var known in _codes)
        {
            if (ReferenceEquals(known, text))
            {
                return true;
            }
        }

        if (!EvidenceGuard.IsCode(text))
        {
            return false;
        }

        _codes[_nextCode] = text;
        _nextCode = (_nextCode + 1) % _codes.Length;
        return true;
    }

    /// <summary>
    /// Whether a row's record is sure to build (what the file reader lets through: counts from 0 to 10,000, scores from 1 to
    /// 5, a closure with its reason and not before the opening, a decision and an entry not before the opening, dates far
    /// from the ends of the supported range), so that it can be evaluated from its counts (<see cref="Count(CohortRow, DateTimeZone, LocalDate, Instant)"/>). Other rows,
    /// made by a script, go through the record and its checks.
    /// </summary>
    internal static bool IsPlain(CohortRow row, LocalDate asOf) => IsPlain(row, asOf, out _);

    /// <summary><see cref="IsPlain(CohortRow, LocalDate)"/>, giving the row's day numbers too, for <see cref="Count(CohortRow, in PlainDays, DateTimeZone, Instant, bool)"/>.</summary>
    internal static bool IsPlain(CohortRow row, LocalDate asOf, out PlainDays days)
    {
        days = default;
        if (!HasPlainValues(row))
        {
            return false;
        }

        // The dates as day numbers (no calendar check per comparison); a date of another calendar than the ISO one is
        // compared as dates, as before (which refuses dates of different calendars).
        var opened = DayOf(row.OpenedOn);
        var at = DayOf(asOf);
        var closed = row.ClosedOn is { } c ? DayOf(c) : NoDay;
        var end = row.PlannedEnd is { } p ? DayOf(p) : NoDay;
        var decision = row.DecisionOn is { } d ? DayOf(d) : NoDay;
        var entered = row.EmploymentOrTrainingOn is { } e ? DayOf(e) : NoDay;
        if (opened == OtherCalendar || at == OtherCalendar || closed == OtherCalendar || end == OtherCalendar || decision == OtherCalendar || entered == OtherCalendar)
        {
            return IsPlainInAnyCalendar(row, asOf);
        }

        return IsPlainDays(opened, at, closed, end, decision, entered, out days);
    }

    /// <summary>
    /// <see cref="IsPlain(CohortRow, LocalDate, out PlainDays)"/> for a row whose ISO dates' day numbers are known already
    /// (<paramref name="known"/>, found by the reader as it read them), as of the ISO day <paramref name="asOf"/>.
    /// </summary>
    internal static bool IsPlain(CohortRow row, int asOf, in RowDays known, out PlainDays days)
    {
        days = default;
        return HasPlainValues(row) && IsPlainDays(known.Opened, asOf, known.Closed, known.PlannedEnd, known.Decision, known.Entered, out days);
    }

    /// <summary>The values' part of <see cref="IsPlain(CohortRow, LocalDate, out PlainDays)"/>: counts, scores, a closure with its reason.</summary>
    private static bool HasPlainValues(CohortRow row)
    {
        static bool Count(int n) => n is >= 0 and <= 10_000;
        static bool Score(int? n) => n is null or (>= 1 and <= 5);
        return Count(row.SessionsPlanned) && Count(row.SessionsHeld) && Count(row.SessionsWithOutcome) && Count(row.ActionsAgreed) && Count(row.ActionsDone)
            && Score(row.Satisfaction) && Score(row.AutonomyAtIntake) && Score(row.AutonomyAtClosure)
            && (row.ClosedOn is null ? row.ClosureReason is null : row.ClosureReason is { } reason && Enum.IsDefined(reason));
    }

    /// <summary>The dates' part of <see cref="IsPlain(CohortRow, LocalDate, out PlainDays)"/>, on ISO day numbers (<see cref="NoDay"/> for a date left empty).</summary>
    private static bool IsPlainDays(int opened, int at, int closed, int end, int decision, int entered, out PlainDays days)
    {
        static bool Date(int day) => day is >= PlainFirstDay and <= PlainLastDay;
        days = new PlainDays(opened, at, closed, decision, entered);
        return Date(opened) && Date(at) && at >= opened
            && (closed == NoDay || (Date(closed) && closed >= opened))
            && (end == NoDay || Date(end))
            && (decision == NoDay || (Date(decision) && decision >= opened))
            && (entered == NoDay || (Date(entered) && entered >= opened));
    }

    /// <summary><see cref="IsPlain(CohortRow, LocalDate)"/> on dates compared as dates, for a row made by a script with dates of another calendar.</summary>
    private static bool IsPlainInAnyCalendar(CohortRow row, LocalDate asOf)
    {
        static bool Date(LocalDate d) => d >= PlainFirst && d <= PlainLast;
        return Date(row.OpenedOn) && Date(asOf) && asOf >= row.OpenedOn
            && (row.ClosedOn is not { } closed || (Date(closed) && closed >= row.OpenedOn))
            && (row.PlannedEnd is not { } end || Date(end))
            && (row.DecisionOn is not { } decision || (Date(decision) && decision >= row.OpenedOn))
            && (row.EmploymentOrTrainingOn is not { } entered || (Date(entered) && entered >= row.OpenedOn));
    }

    /// <summary>
    /// The day number of an ISO date: days since 1 January 1970, proleptic Gregorian, for any year NodaTime holds (the
    /// civil-date formula, with the year counted from March); <see cref="OtherCalendar"/> for a date of another calendar.
    /// </summary>
    internal static int DayOf(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            return OtherCalendar;
        }

        return DayNumber(date.Year, date.Month, date.Day);
    }

    /// <summary>The day number (<see cref="DayOf"/>) of a valid ISO year, month and day: what a reader that has them at hand gives without a <see cref="LocalDate"/>.</summary>
    internal static int DayNumber(int year, int month, int day)
    {
        // Unchecked: NodaTime's years run from -9998 to 9999, so every step stays within a few million.
        unchecked
        {
            year -= month <= 2 ? 1 : 0;
            var era = (year >= 0 ? year : year - 399) / 400;
            var yearOfEra = year - (era * 400);
            var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
            var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146_097) + dayOfEra - 719_468;
        }
    }

    /// <summary>
    /// What the engine reads of a plain row's record (<see cref="IsPlain(CohortRow, LocalDate)"/>) as of a day, counted from the row without
    /// building the record: the facts <see cref="TryMap"/> would write (sessions a week apart, actions agreed then reviewed,
    /// the decision, the entry, the answers), each counted when its instant is known at the as-of instant.
    /// </summary>
    /// <param name="row">The plain row.</param>
    /// <param name="zone">Its zone.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="at">The as-of instant: the end of <paramref name="asOf"/> in the zone.</param>
    internal CountedCase Count(CohortRow row, DateTimeZone zone, LocalDate asOf, Instant at)
    {
        IsPlain(row, asOf, out var days);
        return Count(row, days, zone, at);
    }

    /// <summary><see cref="Count(CohortRow, DateTimeZone, LocalDate, Instant)"/> from the day numbers <see cref="IsPlain(CohortRow, LocalDate, out PlainDays)"/> gave.</summary>
    /// <param name="row">The plain row.</param>
    /// <param name="days">Its day numbers.</param>
    /// <param name="zone">Its zone.</param>
    /// <param name="at">The as-of instant.</param>
    /// <param name="namesCase">Whether the counts name the row's case (its id's GUID); a run that only counts the summary leaves it out.</param>
    internal CountedCase Count(CohortRow row, in PlainDays days, DateTimeZone zone, Instant at, bool namesCase = true)
    {
        // A plain row's dates are ISO dates (IsPlain compared them with ISO dates): they are counted as day numbers.
        var blanks = row.Blanks;
        var table = InstantsOf(zone);
        var opened = days.Opened;
        var sessionFacts = (blanks & (CohortBlanks.SessionsPlanned | CohortBlanks.SessionsHeld)) == 0;
        var last = row.ClosedOn is not null ? days.Closed : LastDay;
        var planned = sessionFacts ? row.SessionsPlanned : 0;

        // Session dates never go back: the first not yet known ends the known ones (found from the days, checked on the instants).
        // Unchecked: a plain row's days are within 1901 to 8800 (under three million), its counts at most 10,000.
        var sessions = planned == 0 ? 0 : Math.Min(planned, unchecked(((days.AsOf - opened) / 7) + 1));
        while (sessions < planned && CachedDay(SessionDay(opened, sessions, last), zone, table) <= at)
        {
            sessions++;
        }

        while (sessions > 0 && CachedDay(SessionDay(opened, sessions - 1, last), zone, table) > at)
        {
            sessions--;
        }

        var held = Math.Min(row.SessionsHeld, sessions);
        var lastHeld = sessionFacts && row.SessionsHeld > 0 ? SessionDay(opened, row.SessionsHeld - 1, last) : opened;
        var closed = row.ClosedOn is not null;
        var endKnown = CachedDay(closed ? last : lastHeld, zone, table) <= at;
        var closedKnown = closed && CachedDay(last, zone, table) <= at;

        var agreed = row.ActionsAgreed;
        var reviewed = agreed == 0 || (blanks & CohortBlanks.ActionsDone) != 0 ? 0 : !closed ? Math.Min(row.ActionsDone, agreed) : agreed;
        var done = Math.Min(row.ActionsDone, reviewed);
        var doneKnown = done > 0 && CachedDay(lastHeld, zone, table) <= at ? done : 0;
        var notDoneKnown = reviewed > done && closedKnown ? reviewed - done : 0;
        return new CountedCase
        {
            Intervention = namesCase ? new InterventionId(IdOf(row.CaseId, "case")) : CountedOnly,
            Today = TodayOf(at, zone, table),
            ClosedOn = closedKnown ? CachedDate(last, zone, table) : null,
            ClosureReason = row.ClosureReason,
            PlannedEnd = row.PlannedEnd,
            Unrecorded = NotRecorded(blanks),
            Sessions = sessions,
            SessionsHeld = held,
            SessionsWithOutcome = Math.Min(row.SessionsWithOutcome, held),
            ActionsAgreed = agreed - doneKnown - notDoneKnown,
            ActionsDone = doneKnown,
            ActionsNotDone = notDoneKnown,
            Decided = row.DecisionOn is not null && CachedDay(days.Decision, zone, table) <= at,
            Entered = row.EmploymentOrTrainingOn is not null && CachedDay(days.Entered, zone, table) <= at,
            Satisfaction = row.Satisfaction is { } satisfaction && endKnown ? new ScaleScore(satisfaction, 1, 5) : null,
            WouldRecommend = row.Satisfaction is not null && endKnown ? row.WouldRecommend : null,
            AutonomyAtIntake = row.AutonomyAtIntake is { } intake && CachedDay(opened, zone, table) <= at ? new ScaleScore(intake, 1, 5) : null,
            AutonomyAtClosure = row.AutonomyAtClosure is { } closure && endKnown ? new ScaleScore(closure, 1, 5) : null,
        };
    }

    /// <summary>The days from one date to another, as <see cref="Period.DaysBetween"/> counts them (from day numbers for ISO dates).</summary>
    internal static int DaysBetween(LocalDate from, LocalDate to)
    {
        var (start, end) = (DayOf(from), DayOf(to));
        return start == OtherCalendar || end == OtherCalendar ? Period.DaysBetween(from, to) : end - start;
    }

    /// <summary>The day of the session <paramref name="i"/> (a week apart from the opening), not after the last day.</summary>
    /// <remarks>Unchecked: a plain row's days are within 1901 to 8800 (under three million) and its counts at most 10,000.</remarks>
    private static int SessionDay(int opened, int i, int last) => Math.Min(unchecked(opened + (7 * i)), last);

    /// <summary>Gets the instant a date of the file stands for: noon in the case's zone (never in a daylight-saving gap).</summary>
    /// <param name="date">The date.</param>
    /// <param name="zone">The case's zone.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    internal static Instant At(LocalDate date, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.AtLeniently(date.At(Noon)).ToInstant();
    }

    /// <summary>
    /// Writes a row's facts straight into arrays of their final size, each in the order the facts became known, and hands
    /// them to the builder, which checks them as it checks facts added one by one (no copy, no sort, no list). The facts
    /// are those of the layout: sessions a week apart from the opening (held first, then missed), actions agreed at the
    /// opening then done by the last session held or not done at the closure, the decision, the situation entered (or a
    /// job search at a closure without one), the satisfaction and the autonomy readings.
    /// </summary>
    private void Fill(CaseRecordBuilder builder, CohortRow row, DateTimeZone zone, Guid caseGuid, Instant opened)
    {
        builder.WithSite(row.Site).WithPlannedEnd(row.PlannedEnd).NotRecorded(NotRecorded(row.Blanks));
        var sessionFacts = (row.Blanks & (CohortBlanks.SessionsPlanned | CohortBlanks.SessionsHeld)) == 0;
        if (!sessionFacts && (row.Blanks & CohortBlanks.SessionsHeld) == 0)
        {
            builder.WithSessionCount(row.SessionsHeld);
        }

        var last = row.ClosedOn ?? LocalDate.MaxIsoValue;
        var sessions = sessionFacts && row.SessionsPlanned > 0 ? new SessionFact[row.SessionsPlanned] : [];
        for (var i = 0; i < sessions.Length; i++)
        {
            var on = SessionDate(row.OpenedOn, i, last);
            var held = i < row.SessionsHeld;
            var session = new SessionId(Derive(caseGuid, 0x30, i));
            sessions[i] = held && i < row.SessionsWithOutcome
                ? new SessionFact(session, true, SessionStatus.Held, Cached(on, zone), ActorKind.Counsellor, on, SessionProgress.Progressed, SessionOutcomeKind.Proposal)
                : new SessionFact(session, true, held ? SessionStatus.Held : SessionStatus.Missed, Cached(on, zone), ActorKind.Counsellor, on);
        }

        var lastHeld = sessionFacts && row.SessionsHeld > 0 ? SessionDate(row.OpenedOn, row.SessionsHeld - 1, last) : row.OpenedOn;
        var end = row.ClosedOn ?? lastHeld;
        builder.Adopt(sessions, Actions(row, zone, caseGuid, opened, lastHeld), Decisions(row, zone), Situations(row, zone), Satisfaction(row, zone, end), Autonomy(row, zone, opened, end));
        if (row.ClosedOn is { } closed)
        {
            builder.Close(Cached(closed, zone), row.ClosureReason!.Value);
        }
    }

    private static LocalDate SessionDate(LocalDate opened, int i, LocalDate last)
    {
        var date = opened.PlusDays(7 * i);
        return date > last ? last : date;
    }

    /// <summary>
    /// The actions' facts in the order they became known: every agreement (at the opening) first, then the reviews, done
    /// ones (by the last session held) before those not done (at the closure), each group in the order of the actions. A
    /// stable sort of the facts taken action by action gives this same order; the builder checks it.
    /// </summary>
    private ActionFact[] Actions(CohortRow row, DateTimeZone zone, Guid caseGuid, Instant opened, LocalDate lastHeld)
    {
        var agreed = row.ActionsAgreed;
        if (agreed == 0)
        {
            return [];
        }

        var reviewed = (row.Blanks & CohortBlanks.ActionsDone) != 0 ? 0
            : row.ClosedOn is null ? Math.Min(row.ActionsDone, agreed)
            : agreed;
        var done = Math.Min(row.ActionsDone, reviewed);
        var doneAt = done > 0 ? Cached(lastHeld, zone) : opened;
        var notDoneAt = reviewed > done ? Cached(row.ClosedOn!.Value, zone) : opened;
        var facts = new ActionFact[agreed + reviewed];
        var next = 0;

        // Reviews known at the opening itself keep their place right after their own agreement, as a stable sort leaves them.
        for (var i = 0; i < agreed; i++)
        {
            var action = new PlanActionId(Derive(caseGuid, 0x40, i));
            facts[next++] = new ActionFact(action, ActorKind.Client, PlanActionStatus.Agreed, opened, ActorKind.Counsellor);
            if (i < reviewed && (i < done ? doneAt : notDoneAt) == opened)
            {
                facts[next++] = Review(action, i < done, i < done ? doneAt : notDoneAt);
            }
        }

        for (var i = 0; i < reviewed; i++)
        {
            var at = i < done ? doneAt : notDoneAt;
            if (at != opened)
            {
                facts[next++] = Review(new PlanActionId(Derive(caseGuid, 0x40, i)), i < done, at);
            }
        }

        return facts;
    }

    private static ActionFact Review(PlanActionId action, bool done, Instant at)
        => new(action, ActorKind.Client, done ? PlanActionStatus.Done : PlanActionStatus.NotDone, at, ActorKind.Counsellor);

    private DecisionFact[] Decisions(CohortRow row, DateTimeZone zone)
        => row.DecisionOn is { } decision ? [new DecisionFact(DecisionKind.Other, Cached(decision, zone), ActorKind.Counsellor)] : [];

    private SatisfactionAnswer[] Satisfaction(CohortRow row, DateTimeZone zone, LocalDate end)
        => row.Satisfaction is { } satisfaction ? [new SatisfactionAnswer(new ScaleScore(satisfaction, 1, 5), Cached(end, zone), ActorKind.Client, wouldRecommend: row.WouldRecommend)] : [];

    /// <summary>The autonomy readings: at intake (known at the opening), then at closure (known at the end).</summary>
    private AutonomyReading[] Autonomy(CohortRow row, DateTimeZone zone, Instant opened, LocalDate end)
    {
        AutonomyReading? intake = row.AutonomyAtIntake is { } i ? new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(i, 1, 5), opened, ActorKind.Counsellor) : null;
        AutonomyReading? closure = row.AutonomyAtClosure is { } c ? new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(c, 1, 5), Cached(end, zone), ActorKind.Counsellor) : null;
        return (intake, closure) switch
        {
            ({ } a, { } b) => [a, b],
            ({ } a, null) => [a],
            (null, { } b) => [b],
            _ => [],
        };
    }

    private SituationFact[] Situations(CohortRow row, DateTimeZone zone)
    {
        if (row.EmploymentOrTrainingOn is { } entered)
        {
            return [new SituationFact(SituationKind.Employed, Cached(entered, zone), ActorKind.Counsellor)];
        }

        return row.ClosedOn is { } closedWithout && (row.Blanks & CohortBlanks.EmploymentOrTrainingOn) == 0
            ? [new SituationFact(SituationKind.JobSeeking, Cached(closedWithout, zone), ActorKind.Counsellor)]
            : [];
    }

    /// <summary>The kinds of evidence a row's blank columns leave unknown: a kind is recorded only when each of its columns is filled.</summary>
    internal static EvidenceKinds NotRecorded(CohortBlanks blanks)
    {
        if (blanks == CohortBlanks.None)
        {
            return EvidenceKinds.None;
        }

        var kinds = EvidenceKinds.None;
        kinds |= (blanks & (CohortBlanks.SessionsPlanned | CohortBlanks.SessionsHeld | CohortBlanks.SessionsWithOutcome)) != 0 ? EvidenceKinds.Sessions : 0;
        kinds |= (blanks & (CohortBlanks.ActionsAgreed | CohortBlanks.ActionsDone)) != 0 ? EvidenceKinds.Actions : 0;
        kinds |= (blanks & CohortBlanks.DecisionOn) != 0 ? EvidenceKinds.Decisions : 0;
        kinds |= (blanks & CohortBlanks.EmploymentOrTrainingOn) != 0 ? EvidenceKinds.Situations | EvidenceKinds.Courses : 0;
        kinds |= (blanks & (CohortBlanks.Satisfaction | CohortBlanks.WouldRecommend)) != 0 ? EvidenceKinds.Satisfaction : 0;
        kinds |= (blanks & (CohortBlanks.AutonomyAtIntake | CohortBlanks.AutonomyAtClosure)) != 0 ? EvidenceKinds.Autonomy : 0;
        return kinds;
    }

    /// <summary>The instant of a date in a zone, remembered: a file's dates repeat, and converting them is most of the mapping's cost.</summary>
    internal Instant Cached(LocalDate date, DateTimeZone zone)
    {
        var day = DayOf(date);
        return day == OtherCalendar ? At(date, zone) : CachedDay(day, zone);
    }

    /// <summary>The instant of an ISO date, given by its day number (<see cref="DayOf"/>), in a zone, remembered.</summary>
    internal Instant CachedDay(int day, DateTimeZone zone) => CachedDay(day, zone, InstantsOf(zone));

    /// <summary><see cref="CachedDay(int, DateTimeZone)"/> from the zone's table, found once for all of a row's dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Instant CachedDay(int day, DateTimeZone zone, ZoneInstants table)
    {
        // One table per zone, the last zone's at hand (a row's dates are all in its case's zone). A day's slot is its number
        // modulo the table's size (the days of about eleven years fall in distinct slots), and the slot keeps the day it
        // holds beside its instant; another day in the slot is converted and takes its place.
        var slot = day & (ZoneInstants.Slots - 1);
        return table.Days[slot] == day ? table.Instants[slot] : table.Convert(day, zone, slot);
    }

    /// <summary>The remembered instants of a zone, the last four zones' at hand (a file's cases take turns among a few zones).</summary>
    private ZoneInstants InstantsOf(DateTimeZone zone)
    {
        for (var i = 0; i < _instantZones.Length; i++)
        {
            if (ReferenceEquals(_instantZones[i], zone))
            {
                return _instants[i]!;
            }
        }

        if (!_instantsByZone.TryGetValue(zone, out var forZone))
        {
            _instantsByZone[zone] = forZone = new ZoneInstants();
        }

        (_instantZones[_nextInstants], _instants[_nextInstants]) = (zone, forZone);
        _nextInstants = (_nextInstants + 1) % _instantZones.Length;
        return forZone;
    }

    /// <summary>The date, in its zone, of the instant <see cref="CachedDay(int, DateTimeZone)"/> gives for a day: remembered beside it.</summary>
    private static LocalDate CachedDate(int day, DateTimeZone zone, ZoneInstants table)
    {
        var instant = CachedDay(day, zone, table);
        var slot = day & (ZoneInstants.Slots - 1);
        if (table.Dates[slot] == default)
        {
            table.Dates[slot] = instant.InZone(zone).Date;
        }

        return table.Dates[slot];
    }

    /// <summary>The date of an as-of instant in a zone: the same for every case of the zone evaluated as of the same day, remembered.</summary>
    private static LocalDate TodayOf(Instant at, DateTimeZone zone, ZoneInstants table)
    {
        if (!table.HasToday || table.TodayAt != at)
        {
            (table.TodayAt, table.Today, table.HasToday) = (at, at.InZone(zone).Date, true);
        }

        return table.Today;
    }

    private Guid CounsellorGuid(string id)
    {
        if (!_counsellors.TryGetValue(id, out var guid))
        {
            guid = IdOf(id, "counsellor");
            if (_counsellors.Count < 100_000)
            {
                _counsellors[id] = guid;
            }
        }

        return guid;
    }

    /// <summary>
    /// The GUID an identifier stands for: itself when it is one, otherwise a stable hash of <c>kind:text</c> (two 64-bit
    /// FNV-1a lanes finished by a 64-bit mixer). The GUID never leaves the process (every row is given back by its own
    /// ids), so a cheap hash that is the same on every run and machine is all it needs: no cryptographic digest per row.
    /// </summary>
    internal static Guid IdOf(string text, string kind)
    {
        // Every written form of a GUID has at least 32 characters: shorter ids skip the parse.
        if (text.Length >= 32 && Guid.TryParse(text, out var parsed) && parsed != Guid.Empty)
        {
            return parsed;
        }

        ulong a = 0xCBF29CE484222325UL, b = 0x84222325CBF29CE4UL ^ (ulong)text.Length;
        Lanes(kind, ref a, ref b);
        Lanes(":", ref a, ref b);
        Lanes(text, ref a, ref b);

        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Mix(a ^ (b >> 29)));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], Mix(b ^ (a << 17)));
        bytes[0] |= 1;
        return new Guid(bytes);
    }

    private static void Lanes(string text, ref ulong a, ref ulong b)
    {
        foreach (var ch in text)
        {
            a = unchecked((a ^ ch) * 0x100000001B3UL);
            b = unchecked((b ^ ch) * 0x9E3779B97F4A7C15UL);
        }
    }

    /// <summary>The 64-bit finaliser of MurmurHash3: every input bit moves every output bit.</summary>
    private static ulong Mix(ulong k)
    {
        k ^= k >> 33;
        k = unchecked(k * 0xFF51AFD7ED558CCDUL);
        k ^= k >> 33;
        k = unchecked(k * 0xC4CEB9FE1A85EC53UL);
        return k ^ (k >> 33);
    }

    internal static Guid Derive(Guid from, byte kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        from.TryWriteBytes(bytes);
        bytes[15] ^= kind;
        bytes[11] ^= (byte)(index + 1);
        bytes[12] ^= (byte)((index + 1) >> 8);
        bytes[13] ^= (byte)((index + 1) >> 16);
        bytes[0] |= 1;
        return new Guid(bytes);
    }

    /// <summary>A plain row's dates as day numbers (<see cref="DayOf"/>), found once by <see cref="IsPlain(CohortRow, LocalDate, out PlainDays)"/>: a date left empty has none.</summary>
    /// <param name="Opened">The opening.</param>
    /// <param name="AsOf">The as-of date.</param>
    /// <param name="Closed">The closure.</param>
    /// <param name="Decision">The decision.</param>
    /// <param name="Entered">The entry into employment or training.</param>
    internal readonly record struct PlainDays(int Opened, int AsOf, int Closed, int Decision, int Entered);

    /// <summary>The day numbers (<see cref="DayOf"/>) of a row's ISO dates, as a reader finds them: <see cref="NoDay"/> for a date left empty or written <c>none</c>.</summary>
    /// <param name="Opened">The opening.</param>
    /// <param name="Closed">The closure.</param>
    /// <param name="PlannedEnd">The planned end.</param>
    /// <param name="Decision">The decision.</param>
    /// <param name="Entered">The entry into employment or training.</param>
    internal readonly record struct RowDays(int Opened, int Closed, int PlannedEnd, int Decision, int Entered);

    /// <summary>The instants of noon in one zone, by the slot of their day: the day number (none at first) and its unix ticks.</summary>
    private sealed class ZoneInstants
    {
        public const int Slots = 4096;

        public ZoneInstants() => Array.Fill(Days, NoDay);

        public int[] Days { get; } = new int[Slots];

        public Instant[] Instants { get; } = new Instant[Slots];

        /// <summary>The date in the zone of each slot's instant, once asked for (the default date until then).</summary>
        public LocalDate[] Dates { get; } = new LocalDate[Slots];

        /// <summary>Gets or sets the last as-of instant asked for in this zone, and its date there.</summary>
        public Instant TodayAt { get; set; }

        public LocalDate Today { get; set; }

        public bool HasToday { get; set; }

        /// <summary>Converts a day not in its slot (noon in the zone) and keeps it there in place of the day the slot held.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public Instant Convert(int day, DateTimeZone zone, int slot)
        {
            var instant = At(Epoch.PlusDays(day), zone);
            Instants[slot] = instant;
            Days[slot] = day;
            Dates[slot] = default;
            return instant;
        }
    }
}
