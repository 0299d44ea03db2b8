using System;
using System.Collections.Generic;
using System.Buffers.Binary;
using Counselling.Core.Common;
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
    private readonly IDateTimeZoneProvider _zones;
    private readonly Dictionary<string, DateTimeZone?> _zoneCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _counsellors = new(StringComparer.Ordinal);
    private readonly Dictionary<DateTimeZone, Dictionary<LocalDate, Instant>> _instantsByZone = new(ReferenceEqualityComparer.Instance);
    private DateTimeZone? _lastZone;
    private Dictionary<LocalDate, Instant>? _lastInstants;
    private int _instantsCached;

    /// <summary>Initializes a new mapper.</summary>
    /// <param name="zones">The zones the file's <see cref="CohortColumns.Zone"/> names (a host passes <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is <see langword="null"/>.</exception>
    public CohortRecordMapper(IDateTimeZoneProvider zones) => _zones = zones ?? throw new ArgumentNullException(nameof(zones));

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

        if (!_zoneCache.TryGetValue(id, out var found))
        {
            found = _zones.GetZoneOrNull(id);
            _zoneCache[id] = found;
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
        problem = default;
        if (!TryGetZone(row, out var zone))
        {
            problem = new CohortProblem(line, CohortColumns.Zone, CohortFileCodes.ZoneUnknown);
            return false;
        }

        var caseGuid = IdOf(row.CaseId, "case");
        var opened = Cached(row.OpenedOn, zone);
        var builder = new CaseRecordBuilder(
            new InterventionId(caseGuid),
            new ClientId(row.ClientId is { } client ? IdOf(client, "client") : Derive(caseGuid, 0x10, 0)),
            new CounsellorId(row.CounsellorId is { } counsellor ? CounsellorGuid(counsellor) : Derive(caseGuid, 0x20, 0)),
            row.Programme,
            opened,
            zone);
        try
        {
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

    private void Fill(CaseRecordBuilder builder, CohortRow row, DateTimeZone zone, Guid caseGuid, Instant opened)
    {
        builder.WithSite(row.Site).WithPlannedEnd(row.PlannedEnd).NotRecorded(NotRecorded(row.Blanks));
        var sessionFacts = (row.Blanks & (CohortBlanks.SessionsPlanned | CohortBlanks.SessionsHeld)) == 0;
        if (!sessionFacts && (row.Blanks & CohortBlanks.SessionsHeld) == 0)
        {
            builder.WithSessionCount(row.SessionsHeld);
        }

        var last = row.ClosedOn ?? LocalDate.MaxIsoValue;
        LocalDate SessionDate(int i)
        {
            var date = row.OpenedOn.PlusDays(7 * i);
            return date > last ? last : date;
        }

        for (var i = 0; sessionFacts && i < row.SessionsPlanned; i++)
        {
            var on = SessionDate(i);
            var held = i < row.SessionsHeld;
            var session = new SessionId(Derive(caseGuid, 0x30, i));
            if (held && i < row.SessionsWithOutcome)
            {
                builder.Add(new SessionFact(session, true, SessionStatus.Held, Cached(on, zone), ActorKind.Counsellor, on, SessionProgress.Progressed, SessionOutcomeKind.Proposal));
            }
            else
            {
                builder.Add(new SessionFact(session, true, held ? SessionStatus.Held : SessionStatus.Missed, Cached(on, zone), ActorKind.Counsellor, on));
            }
        }

        var lastHeld = sessionFacts && row.SessionsHeld > 0 ? SessionDate(row.SessionsHeld - 1) : row.OpenedOn;
        var actionsReviewed = (row.Blanks & CohortBlanks.ActionsDone) == 0;
        for (var i = 0; i < row.ActionsAgreed; i++)
        {
            var action = new PlanActionId(Derive(caseGuid, 0x40, i));
            builder.Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.Agreed, opened, ActorKind.Counsellor));
            if (!actionsReviewed)
            {
                continue;
            }

            if (i < row.ActionsDone)
            {
                builder.Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.Done, Cached(lastHeld, zone), ActorKind.Counsellor));
            }
            else if (row.ClosedOn is { } closedOn)
            {
                builder.Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.NotDone, Cached(closedOn, zone), ActorKind.Counsellor));
            }
        }

        if (row.DecisionOn is { } decision)
        {
            builder.Add(new DecisionFact(DecisionKind.Other, Cached(decision, zone), ActorKind.Counsellor));
        }

        if (row.EmploymentOrTrainingOn is { } entered)
        {
            builder.Add(new SituationFact(SituationKind.Employed, Cached(entered, zone), ActorKind.Counsellor));
        }
        else if (row.ClosedOn is { } closedWithout && (row.Blanks & CohortBlanks.EmploymentOrTrainingOn) == 0)
        {
            builder.Add(new SituationFact(SituationKind.JobSeeking, Cached(closedWithout, zone), ActorKind.Counsellor));
        }

        var end = row.ClosedOn ?? lastHeld;
        if (row.Satisfaction is { } satisfaction)
        {
            builder.Add(new SatisfactionAnswer(new ScaleScore(satisfaction, 1, 5), Cached(end, zone), ActorKind.Client, wouldRecommend: row.WouldRecommend));
        }

        if (row.AutonomyAtIntake is { } intake)
        {
            builder.Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(intake, 1, 5), opened, ActorKind.Counsellor));
        }

        if (row.AutonomyAtClosure is { } closure)
        {
            builder.Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(closure, 1, 5), Cached(end, zone), ActorKind.Counsellor));
        }

        if (row.ClosedOn is { } closed)
        {
            builder.Close(Cached(closed, zone), row.ClosureReason!.Value);
        }
    }

    /// <summary>The kinds of evidence a row's blank columns leave unknown: a kind is recorded only when each of its columns is filled.</summary>
    private static EvidenceKinds NotRecorded(CohortBlanks blanks)
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
    private Instant Cached(LocalDate date, DateTimeZone zone)
    {
        // One table of dates per zone, the last zone's at hand: a row's dates are all in its case's zone.
        if (!ReferenceEquals(zone, _lastZone))
        {
            if (!_instantsByZone.TryGetValue(zone, out var forZone))
            {
                _instantsByZone[zone] = forZone = [];
            }

            (_lastZone, _lastInstants) = (zone, forZone);
        }

        if (!_lastInstants!.TryGetValue(date, out var instant))
        {
            instant = At(date, zone);
            if (_instantsCached < 200_000)
            {
                _lastInstants[date] = instant;
                _instantsCached++;
            }
        }

        return instant;
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
    private static Guid IdOf(string text, string kind)
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

    private static Guid Derive(Guid from, byte kind, int index)
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
}
