using Counselling.Core.Evidence;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using NodaTime;
using System.Collections.ObjectModel;

namespace Counselling.Core.Interventions;

/// <summary>
/// One accompaniment of one client by a counsellor, over several sessions: the aggregate every capability hangs on.
/// </summary>
/// <remarks>
/// <para>Callers use intent methods (<see cref="StartIntake"/>, <see cref="RecordSession"/>, <see cref="PutOnHold"/>,
/// <see cref="Close"/>, …) and ask <see cref="Check"/> or the <c>Can…</c> queries whether an action is allowed now and,
/// if not, why. A refused action throws <see cref="ActionRefusedException"/> with every reason and leaves the
/// intervention exactly as it was.</para>
/// <para>Every change appends an immutable event to <see cref="History"/>, attributed to an <see cref="Actor"/> at an
/// <see cref="Instant"/> read from the injected <see cref="IClock"/>. <see cref="FromHistory"/> rebuilds an intervention
/// from its events without replaying them through the lifecycle's state machine.</para>
/// <para>Not thread-safe: one instance serves one unit of work.</para>
/// </remarks>
public sealed partial class Intervention
{
    // Room left in a loaded history for the events one unit of work records (an action and the rules' recommendation).
    private const int UnitOfWorkRoom = 4;

    // Past this many events, a history held in memory is counted by kind first, so its sessions and actions are stored
    // in lists made at their size rather than grown a doubling at a time.
    private const int LongHistory = 64;

    // The first length of the lists that most interventions keep short: their objectives, desired benefits and actions.
    internal const int ShortList = 2;

    private readonly IClock _clock;
    private readonly IDateTimeZoneProvider _zones;
    private readonly EventList _history = new();
    private readonly IndexedList<SessionId, Session> _sessions = new(static s => s.Id);
    private ReadOnlyCollection<InterventionEvent>? _historyView;
    private InterventionState _state;
    private int _loadedVersion;
    private DateTimeZone _zone = null!;
    private InterventionOpened _opened = null!;
    private int _plannedSessions;
    private int _heldSessions;
    private int _sessionsWithoutProgress;

    // Whether the sessions were handed out (through Sessions or FindSession): until then, a change to a session is made
    // in place, since nobody else holds it; from then on, a change makes a new session, so what was handed out never changes.
    private bool _sessionsShared;

    private Intervention(IClock clock, IDateTimeZoneProvider zones)
    {
        _clock = clock;
        _zones = zones;
    }

    /// <summary>Gets the intervention's identifier.</summary>
    public InterventionId Id => _opened.Intervention;

    /// <summary>Gets the client accompanied.</summary>
    public ClientId ClientId => _opened.Client;

    /// <summary>Gets the counsellor in charge.</summary>
    public CounsellorId CounsellorId => _opened.Counsellor;

    /// <summary>Gets the rules of the programme the intervention runs under.</summary>
    public ProgrammeSettings Programme => _opened.Programme;

    /// <summary>Gets the agency's time-zone identifier, in which its dates are read.</summary>
    public string ZoneId => _opened.ZoneId;

    /// <summary>Gets the earlier intervention this one follows when the client came back, if any.</summary>
    public InterventionId? PreviousInterventionId => _opened.Previous;

    /// <summary>Gets when the intervention was opened.</summary>
    public Instant OpenedAt => _opened.At;

    /// <summary>Gets the last date the programme allows, in the agency's zone: the opening date plus the programme's maximum duration.</summary>
    public LocalDate ProgrammeEndDate => OpenedAt.InZone(_zone).Date.Plus(Programme.MaximumDuration);

    /// <summary>Gets the lifecycle's current state.</summary>
    public InterventionState State => _state;

    /// <summary>Gets why the intervention is on hold, or <see langword="null"/> when it is not.</summary>
    public Hold? Hold { get; private set; }

    /// <summary>Gets why the intervention was closed, or <see langword="null"/> while it is open.</summary>
    public ClosureReason? ClosureReason { get; private set; }

    /// <summary>Gets when the intervention was closed, or <see langword="null"/> while it is open.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets the sessions, in the order they were planned or recorded.</summary>
    public IReadOnlyList<Session> Sessions
    {
        get
        {
            _sessionsShared = true;
            return _sessions.View;
        }
    }

    /// <summary>Gets the history: every event, in order, each carrying its <see cref="InterventionEvent.Position"/>. The list is read-only.</summary>
    public IReadOnlyList<InterventionEvent> History => _historyView ??= new ReadOnlyCollection<InterventionEvent>(_history);

    /// <summary>Gets the number of events in the history: the position of the last event.</summary>
    public int Version => _history.Count;

    /// <summary>
    /// Gets the version the intervention had when it was loaded (or last marked committed): the number of events its store
    /// already holds. A store appends <see cref="UncommittedEvents"/> only if its stream still ends at this version.
    /// </summary>
    /// <remarks>An intervention just opened has a loaded version of 0: even its opening is still to be stored.</remarks>
    public int LoadedVersion => _loadedVersion;

    /// <summary>Gets the events recorded since the intervention was loaded or last marked committed, in order: what a store appends.</summary>
    public ImmutableArray<InterventionEvent> UncommittedEvents => _history.From(_loadedVersion);

    /// <summary>Gets the instant of the last change.</summary>
    public Instant LastChangeAt => _history.Last.At;

    /// <summary>
    /// Gets how many sessions in a row were recorded without progress or without a concrete outcome (a session with a
    /// concrete outcome and not assessed is skipped; one that progressed with a concrete outcome ends the run).
    /// </summary>
    public int SessionsWithoutProgress => _sessionsWithoutProgress;

    /// <summary>
    /// Gets a value indicating whether the rules recommend referring the client to a psychologist or another specialist,
    /// and the referral was not made yet (<see cref="SpecialistReferralRecommendation"/> says why).
    /// </summary>
    public bool IsSpecialistReferralRecommended => _sessionsWithoutProgress >= Programme.SessionsWithoutProgressBeforeReferral && !_specialistReferred;

    internal bool HasHeldSession => _heldSessions > 0;

    internal int PlannedSessionCount => _plannedSessions;

    /// <summary>Opens an intervention: a client was referred or asked for help.</summary>
    /// <param name="agency">The agency's clock, zone provider and time zone: the intervention's dates are read in that zone.</param>
    /// <param name="id">The intervention's identifier.</param>
    /// <param name="client">The client.</param>
    /// <param name="counsellor">The counsellor in charge.</param>
    /// <param name="programme">The programme's settings.</param>
    /// <param name="by">Who opened it.</param>
    /// <returns>The intervention, in <see cref="InterventionState.Requested"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier or the actor is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The clock reads an instant outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>).</exception>
    public static Intervention Open(AgencyClock agency, InterventionId id, ClientId client, CounsellorId counsellor, ProgrammeSettings programme, Actor by)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return OpenCore(id, client, counsellor, programme, agency.ZoneId, null, by, agency.Clock, agency.Zones);
    }

    /// <summary>
    /// Opens a new intervention for a client who comes back after an earlier one was closed: the earlier one
    /// never reopens, and the new one is linked to it so the trajectory keeps every episode.
    /// </summary>
    /// <param name="earlier">The closed intervention the client comes back from.</param>
    /// <param name="id">The new intervention's identifier.</param>
    /// <param name="counsellor">The counsellor in charge of the new intervention.</param>
    /// <param name="programme">The programme's settings.</param>
    /// <param name="by">Who opened it.</param>
    /// <returns>The new intervention, in <see cref="InterventionState.Requested"/>, in the earlier one's zone and dated by its clock.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier or the actor is the default value, or <paramref name="id"/> is the earlier one's.</exception>
    /// <exception cref="ActionRefusedException">The earlier intervention is not closed (<c>return.earlier-still-open</c>), or the clock reads a time before its closure (<c>return.before-earlier-closure</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The clock reads an instant outside <see cref="SupportedDates"/> (<c>date.out-of-range</c>).</exception>
    public static Intervention OpenReturn(
        Intervention earlier, InterventionId id, CounsellorId counsellor, ProgrammeSettings programme, Actor by)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (id == earlier.Id)
        {
            throw new ArgumentException("A return is a new intervention with its own identifier.", nameof(id));
        }

        if (earlier.State != InterventionState.Closed)
        {
            throw new ActionRefusedException("OpenReturn", [new Reason("return.earlier-still-open", new ReasonArgument("state", earlier.State))]);
        }

        CheckReturnAfterClosure(earlier, earlier._clock);

        return OpenCore(id, earlier.ClientId, counsellor, programme, earlier.ZoneId, earlier.Id, by, earlier._clock, earlier._zones);
    }

    /// <summary>
    /// Rebuilds an intervention from its history, checking every event against the lifecycle and the same rules the
    /// intent methods apply: the opening first and once, each transition legal from the state it starts in, identifiers
    /// unique and naming what exists, the actor allowed, instants never going back, positions in order, zones known.
    /// </summary>
    /// <param name="history">The events, in order; the first is <see cref="InterventionOpened"/>.</param>
    /// <param name="agency">The agency's clock, which dates further changes, and its zone provider, which reads the zones the
    /// history names (the intervention keeps the zone it was opened in).</param>
    /// <returns>The intervention, in the state its history leaves it in, with <see cref="LoadedVersion"/> equal to its <see cref="Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidHistoryException">
    /// The history is empty, holds <see langword="null"/>, or an event could not have been recorded where it stands; the
    /// exception names the event's position and type and gives coded reasons. Nothing is returned half-built.
    /// </exception>
    public static Intervention FromHistory(IEnumerable<InterventionEvent> history, AgencyClock agency)
        => Rebuild(history, agency, HistoryPrefetch.LongestInCache);

    /// <summary>
    /// Rebuilds an intervention as <see cref="FromHistory"/> does, asking for memory ahead (<see cref="HistoryPrefetch"/>)
    /// in an array of more than <paramref name="prefetchAbove"/> events: a test gives a short history the long one's path.
    /// With <paramref name="room"/>, the lists are made for those counts instead of the history's own (a test gives any
    /// estimate, too low or too high, to show that the rebuild does not depend on it).
    /// </summary>
    internal static Intervention Rebuild(IEnumerable<InterventionEvent> history, AgencyClock agency, int prefetchAbove, HistoryRoom? room = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(agency);
        var intervention = new Intervention(agency.Clock, agency.Zones);
        if (System.Linq.Enumerable.TryGetNonEnumeratedCount(history, out var count))
        {
            // One allocation for the whole history and the few events a unit of work adds: no copy per doubling, and no
            // large array left behind at each one.
            intervention._history.EnsureCapacity(count + UnitOfWorkRoom);
            if (room is null && count > LongHistory && history is IReadOnlyList<InterventionEvent> events)
            {
                // A history too long for the caches is estimated from a sample: the replay reads each event anyway.
                room = count > prefetchAbove && history is InterventionEvent[] longArray ? HistoryRoom.Estimate(longArray) : HistoryRoom.Count(events);
            }
        }

        if (room is { } made)
        {
            intervention.MakeRoomFor(made);
        }

        if (history is InterventionEvent[] array)
        {
            // An array is read directly, not through an enumerator's two interface calls per event.
            if (array.Length > prefetchAbove)
            {
                intervention.ReplayAhead(array);
            }
            else
            {
                foreach (var evt in array)
                {
                    intervention.Replay(evt);
                }
            }
        }
        else
        {
            foreach (var evt in history)
            {
                intervention.Replay(evt);
            }
        }

        intervention.EndReplay();
        intervention._loadedVersion = intervention.Version;
        return intervention;
    }

    /// <summary>Says that every event so far is stored: <see cref="LoadedVersion"/> becomes <see cref="Version"/> and <see cref="UncommittedEvents"/> is empty.</summary>
    public void MarkCommitted() => _loadedVersion = _history.Count;

    /// <summary>Says whether an action may be offered now, and if not every reason, without its arguments.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    public Permission Check(InterventionAction action)
    {
        Guard.Defined(action);
        return EvaluateGeneral(action, _clock.GetCurrentInstant());
    }

    /// <summary>Lists every action with whether it may be offered now and why not: what a screen shows.</summary>
    /// <returns>One entry per action, in the order of <see cref="InterventionAction"/>.</returns>
    public IReadOnlyList<ActionOption> AvailableActions()
    {
        var now = _clock.GetCurrentInstant();
        var actions = Enum.GetValues<InterventionAction>();
        var options = new ActionOption[actions.Length];
        for (var i = 0; i < actions.Length; i++)
        {
            options[i] = new ActionOption(actions[i], EvaluateGeneral(actions[i], now));
        }

        return options;
    }

    /// <summary>Starts the intake: the request is heard.</summary>
    /// <param name="by">Who started it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void StartIntake(Actor by) => Transit(InterventionAction.StartIntake, by, static (now, actor) => new IntakeStarted(now, actor));

    /// <summary>Completes the intake; the shared diagnosis starts. Needs an intake session held and the client's autonomy assessed at intake.</summary>
    /// <param name="by">Who completed it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void CompleteIntake(Actor by) => Transit(InterventionAction.CompleteIntake, by, static (now, actor) => new IntakeCompleted(now, actor));

    /// <summary>Records that the diagnosis was shared with the client and negotiated at a held session; planning starts.</summary>
    /// <param name="session">The held session where it was shared.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentException"><paramref name="session"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void ShareDiagnosis(SessionId session, Actor by)
    {
        Guard.Known(by);
        var context = ShareDiagnosisContext(session);
        Execute(in context, new DiagnosisShared(session, context.Now, by));
    }

    /// <summary>Enters the active phase (needs an agreed SMART objective with a desired benefit).</summary>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void Activate(Actor by) => Transit(InterventionAction.Activate, by, static (now, actor) => new InterventionActivated(now, actor));

    /// <summary>Puts the intervention on hold while waiting for an outside decision.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="expectedBy">When the decision is expected, in the agency's zone; today or later.</param>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void PutOnHold(HoldReason reason, LocalDate expectedBy, Actor by)
    {
        Guard.Known(by);
        var context = PutOnHoldContext(reason, expectedBy);
        Execute(in context, new InterventionPutOnHold(reason, expectedBy, context.Now, by));
    }

    /// <summary>Resumes the active phase after a hold.</summary>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void Resume(Actor by) => Transit(InterventionAction.Resume, by, static (now, actor) => new InterventionResumed(now, actor));

    /// <summary>Ends the active phase and starts the follow-up. Needs no session still planned.</summary>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void StartFollowUp(Actor by) => Transit(InterventionAction.StartFollowUp, by, static (now, actor) => new FollowUpStarted(now, actor));

    /// <summary>Closes the intervention; sessions still planned are cancelled with it. A closed intervention never reopens.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="by">Who did it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void Close(ClosureReason reason, Actor by)
    {
        var context = CloseContext(reason);
        Guard.Known(by);
        Execute(in context, new InterventionClosed(reason, context.Now, by));
    }

    /// <summary>Says whether the intervention may be closed now for the given reason, and if not why.</summary>
    /// <param name="reason">The closure reason.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    public Permission CanClose(ClosureReason reason) => Evaluate(CloseContext(reason));

    /// <summary>Plans a session for a local date and time in a zone; it is converted to an instant only when needed, so later tz rules apply.</summary>
    /// <param name="session">The new session's identifier.</param>
    /// <param name="start">The local date and time.</param>
    /// <param name="zoneId">The zone, such as <c>Europe/Brussels</c>.</param>
    /// <param name="by">Who planned it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> or <paramref name="by"/> is the default value, or <paramref name="zoneId"/> is unknown.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void PlanSession(SessionId session, LocalDateTime start, string zoneId, Actor by)
    {
        Guard.Known(by);
        var context = PlanSessionContext(session, start, zoneId);
        Execute(in context, new SessionPlanned(session, start, zoneId, context.Now, by));
    }

    /// <summary>
    /// Records a session held, planned or not, with its concrete outcomes and whether the client progressed.
    /// After the programme's number of sessions in a row without progress or without a concrete outcome, a <see cref="SpecialistReferralRecommended"/>
    /// event is recorded too.
    /// </summary>
    /// <param name="session">The session: a planned one, or a new identifier for a session held without being planned.</param>
    /// <param name="heldAt">When it was held: between the opening and now.</param>
    /// <param name="outcomes">The concrete outcomes; an empty list is recorded and flagged, or refused if the programme says so.</param>
    /// <param name="progress">Whether the client progressed.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> or <paramref name="by"/> is the default value, or an outcome is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void RecordSession(SessionId session, Instant heldAt, IEnumerable<SessionOutcome> outcomes, SessionProgress progress, Actor by)
    {
        var list = Outcomes(outcomes);
        Guard.Known(by);
        var context = RecordSessionContext(session, heldAt, list, progress);
        var recorded = new SessionRecorded(session, heldAt, list, progress, context.Now, by);
        Execute(in context, recorded);
        if (_referralDue)
        {
            // The session completed a run without progress: the rules recommend a specialist with it, at the same instant.
            Apply(new SpecialistReferralRecommended(_sessionsWithoutProgress, context.Now, Rules), replay: false);
        }
    }

    /// <summary>Records that the client missed a planned session whose start has passed.</summary>
    /// <param name="session">The session.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentException"><paramref name="session"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void MarkSessionMissed(SessionId session, Actor by)
    {
        Guard.Known(by);
        var context = SessionContext(InterventionAction.MarkSessionMissed, session);
        Execute(in context, new SessionMissed(session, context.Now, by));
    }

    /// <summary>Cancels a planned session.</summary>
    /// <param name="session">The session.</param>
    /// <param name="by">Who cancelled it.</param>
    /// <exception cref="ArgumentException"><paramref name="session"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void CancelSession(SessionId session, Actor by)
    {
        Guard.Known(by);
        var context = SessionContext(InterventionAction.CancelSession, session);
        Execute(in context, new SessionCancelled(session, context.Now, by));
    }

    /// <summary>Gets the session with the given identifier.</summary>
    /// <param name="session">The identifier.</param>
    /// <returns>The session, or <see langword="null"/> if the intervention has none with that identifier.</returns>
    public Session? FindSession(SessionId session)
    {
        _sessionsShared = true;
        return SessionNamed(session);
    }

    /// <summary>Gets the instant a planned session starts, converting its local time in its zone with today's rules (leniently across gaps and overlaps).</summary>
    /// <param name="session">A planned session.</param>
    /// <returns>The instant, or <see langword="null"/> if the session was not planned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is <see langword="null"/>.</exception>
    public Instant? StartOf(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.PlannedStart is { } start && session.ZoneId is { } zone ? ToInstant(start, zone) : null;
    }

    /// <summary>Returns the identifier, state and version: never personal data.</summary>
    /// <returns>The intervention as text.</returns>
    public override string ToString() => Id + " " + State + " v" + Version;

    internal LocalDate Today(Instant now) => now.InZone(_zone).Date;

    private static Intervention OpenCore(
        InterventionId id, ClientId client, CounsellorId counsellor, ProgrammeSettings programme, string zoneId, InterventionId? previous, Actor by, IClock clock, IDateTimeZoneProvider zones)
    {
        Guard.NotDefault(id);
        Guard.NotDefault(client);
        Guard.NotDefault(counsellor);
        ArgumentNullException.ThrowIfNull(programme);
        Guard.Known(by);
        var zone = Guard.Zone(zones, zoneId);
        var now = Bounds.Instant(clock.GetCurrentInstant(), nameof(clock));
        var intervention = new Intervention(clock, zones) { _zone = zone };
        intervention.Apply(new InterventionOpened(id, client, counsellor, programme, zoneId, previous, now, by), replay: false);
        return intervention;
    }

    private CloseInput CloseContext(ClosureReason reason)
    {
        Guard.Defined(reason);
        return new CloseInput(_clock.GetCurrentInstant(), false, reason);
    }

    private void Transit(InterventionAction action, Actor by, Func<Instant, Actor, InterventionEvent> create)
    {
        Guard.Known(by);
        var context = new TransitionInput(action, _clock.GetCurrentInstant(), false);
        Execute(in context, create(context.Now, by));
    }

    private void Execute<TInput>(in TInput context, InterventionEvent evt)
        where TInput : struct, IActionInput<TInput>
    {
        // The lifecycle table (read from the Stateless machine) says whether the state allows the action and where it
        // leads; the rules judge its arguments and the aggregate's data. Nothing changes unless both agree.
        CheckDates(in context);
        if (!Decides(in context))
        {
            throw Refusal(in context);
        }

        _state = LifecycleTable.TargetOf(_state, context.Action);
        Apply(evt, replay: false);
    }

    /// <summary>Whether the current state handles the action and every rule of it holds: the decision, without reasons.</summary>
    /// <param name="context">The action's input.</param>
    /// <param name="clockRead">Whether the caller already found that the clock reads no earlier than the last change (a
    /// rebuild does, before judging any stored event): the rule is then not asked twice.</param>
    private bool Decides<TInput>(in TInput context, bool clockRead = false)
        where TInput : struct, IActionInput<TInput>
    {
        if (!LifecycleTable.Handles(_state, context.Action) || (!clockRead && !InterventionRules.ClockMovesForward.IsSatisfied(this, context.Now)))
        {
            return false;
        }

        var rules = context.Rules;
        return AllHold(rules.Checks, in context) && AllHold(rules.Guards, in context);
    }

    private bool AllHold<TInput>(InterventionRule<TInput>[] rules, in TInput context)
        where TInput : struct, IActionInput<TInput>
    {
        foreach (var rule in rules)
        {
            if (!rule.IsSatisfied(this, in context))
            {
                return false;
            }
        }

        return true;
    }

    private Permission Evaluate<TInput>(in TInput context)
        where TInput : struct, IActionInput<TInput>
    {
        List<Reason>? reasons = null;
        var inState = LifecycleTable.Handles(_state, context.Action);
        if (!inState)
        {
            // The stage does not allow the action at all: its other rules would only distract from that.
            reasons = [NotAllowedInState(context.Action)];
        }

        var clock = InterventionRules.ClockMovesForward;
        if (!clock.IsSatisfied(this, context.Now))
        {
            (reasons ??= []).Add(clock.Explain());
        }

        if (inState)
        {
            var rules = context.Rules;
            ExplainBroken(rules.Checks, in context, ref reasons);
            ExplainBroken(rules.Guards, in context, ref reasons);
        }

        return reasons is null ? Permission.Allowed : Permission.Refused(reasons);
    }

    private void ExplainBroken<TInput>(InterventionRule<TInput>[] rules, in TInput context, ref List<Reason>? reasons)
        where TInput : struct, IActionInput<TInput>
    {
        foreach (var rule in rules)
        {
            if (!rule.IsSatisfied(this, in context))
            {
                rule.ExplainInto(this, in context, reasons ??= []);
            }
        }
    }

    /// <summary>Says whether an action may be offered now, without its arguments: its rules asked a general question.</summary>
    private Permission EvaluateGeneral(InterventionAction action, Instant now) => action switch
    {
        InterventionAction.StartIntake or InterventionAction.CompleteIntake or InterventionAction.Activate or InterventionAction.Resume
            or InterventionAction.StartFollowUp or InterventionAction.ResumeActiveHelp => Evaluate(new TransitionInput(action, now, true)),
        InterventionAction.ShareDiagnosis => Evaluate(new DiagnosisInput { Now = now, IsGeneral = true }),
        InterventionAction.PutOnHold => Evaluate(new HoldInput { Now = now, IsGeneral = true }),
        InterventionAction.Close => Evaluate(new CloseInput { Now = now, IsGeneral = true }),
        InterventionAction.PlanSession => Evaluate(new PlanSessionInput { Now = now, IsGeneral = true }),
        InterventionAction.RecordSession => Evaluate(new RecordSessionInput { Now = now, IsGeneral = true }),
        InterventionAction.MarkSessionMissed or InterventionAction.CancelSession => Evaluate(new SessionInput { Action = action, Now = now, IsGeneral = true }),
        InterventionAction.ProposeObjective or InterventionAction.ReviseObjective => Evaluate(new ObjectiveInput { Action = action, Now = now, IsGeneral = true }),
        InterventionAction.AgreeObjective => Evaluate(new ObjectiveAgreementInput { Now = now, IsGeneral = true }),
        InterventionAction.AddDesiredBenefit => Evaluate(new BenefitInput { Now = now, IsGeneral = true }),
        InterventionAction.IdentifyBarrier => Evaluate(new BarrierInput { Now = now, IsGeneral = true }),
        InterventionAction.ChangeBarrierStatus => Evaluate(new BarrierStatusInput { Now = now, IsGeneral = true }),
        InterventionAction.AgreeAction => Evaluate(new PlanActionInput { Now = now, IsGeneral = true }),
        InterventionAction.RecordActionStatus => Evaluate(new ActionStatusInput { Now = now, IsGeneral = true }),
        InterventionAction.ReviewAction => Evaluate(new ReviewInput { Now = now, IsGeneral = true }),
        InterventionAction.RecordEvidence => Evaluate(new EvidenceInput { Now = now, IsGeneral = true }),
        InterventionAction.RecordAspiration => Evaluate(new AspirationInput { Now = now, IsGeneral = true }),
        InterventionAction.AssessSituation => Evaluate(new SituationInput { Now = now, IsGeneral = true }),
        InterventionAction.AssessAutonomy => Evaluate(new AutonomyInput { Now = now, IsGeneral = true }),
        InterventionAction.AddOption => Evaluate(new AddOptionInput { Now = now, IsGeneral = true }),
        InterventionAction.AwaitDecision => Evaluate(new AwaitDecisionInput { Now = now, IsGeneral = true }),
        InterventionAction.RecordDecisionOutcome => Evaluate(new DecisionOutcomeInput { Now = now, IsGeneral = true }),
        InterventionAction.Refer or InterventionAction.ReferToSpecialist => Evaluate(new ReferralInput { Action = action, Now = now, IsGeneral = true }),
        _ => Evaluate(new ReferralStatusInput { Now = now, IsGeneral = true }),
    };

    private ActionRefusedException Refusal<TInput>(in TInput context)
        where TInput : struct, IActionInput<TInput>
        => new(context.Action.ToString(), Evaluate(in context).Reasons is { Count: > 0 } reasons ? reasons : [NotAllowedInState(context.Action)]);

    private Reason NotAllowedInState(InterventionAction action)
        => new("lifecycle.not-allowed-in-state", new ReasonArgument("action", action), new ReasonArgument("state", _state));

    /// <summary>The session with the given identifier, read by the aggregate and its rules without handing it out (see <see cref="Session"/>).</summary>
    internal Session? SessionNamed(SessionId session) => IndexOf(session) is var index and >= 0 ? _sessions[index] : null;

    private int IndexOf(SessionId id) => _sessions.IndexOf(id);

    /// <summary>Whether no session has this identifier, asked of a session being planned.</summary>
    internal bool IsNewSession(SessionId session) => _sessions.IsNew(session);
}
