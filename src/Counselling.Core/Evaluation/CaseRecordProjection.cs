using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;

namespace Counselling.Core.Evaluation;

/// <summary>
/// Projects an <see cref="Intervention"/>'s history into the <see cref="CaseRecord"/> the evaluation engine reads:
/// every session, agreed objective, action and piece of evidence as a fact with the instant it became known (the
/// event's instant, or the fact's own for evidence) and its source (who did it).
/// </summary>
public static class CaseRecordProjection
{
    // Past this many events, the kinds of evidence that could fill more than one chunk are written in chunks.
    private const int LongHistory = 64;

    /// <summary>Builds the case record of an intervention from its history.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="site">The site's code, a grouping key for cohorts, if any.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// An agreed objective enters the record only when it has what the "indicator reached" criterion needs (an
    /// indicator with a target beyond its baseline, and a deadline); one without is not measurable, and the intervention already
    /// refuses to start the active phase on it.
    /// </remarks>
    public static CaseRecord ToCaseRecord(this Intervention intervention, string? site = null) => Project(intervention, site, null);

    /// <summary>Builds the case record of an intervention from its history, its long lists in chunks of <c>2^chunkShift</c> facts (tests cross chunk boundaries with few facts so), or of 64 KB when <see langword="null"/>.</summary>
    internal static CaseRecord Project(Intervention intervention, string? site, int? chunkShift)
    {
        ArgumentNullException.ThrowIfNull(intervention);

        // The session and action facts are counted by the intervention as it folds its events: the projection writes them
        // into arrays made once at their size, which the record then keeps as they are.
        var builder = new CaseRecordBuilder(intervention.Id, intervention.ClientId, intervention.CounsellorId, intervention.Programme.Code, intervention.OpenedAt, intervention.TimeZone)
            .FollowingOn(intervention.PreviousInterventionId)
            .WithSite(site)
            .WithPlannedEnd(intervention.ProgrammeEndDate);
        builder.ChunkShift = chunkShift;
        var links = new Links(intervention, chunkShift);

        // In a long history, the kinds of evidence that could fill more than one chunk are written in chunks as they come.
        var events = intervention.EventsInOrder;
        if (events.Count > LongHistory)
        {
            // Each event that is neither a session's nor an action's carries at most one piece of evidence.
            builder.ExpectLong(events.Count, Math.Max(0, events.Count - intervention.SessionFactCount - intervention.ActionFactCount));
        }

        Dictionary<string, PlanOption>? waiting = null;
        for (var e = 0; e < events.Count; e++)
        {
            var evt = events[e];
            var source = evt.By.Kind;
            switch (evt.Kind)
            {
                case EventKind.SessionPlanned:
                    var p = (SessionPlanned)evt;
                    links.Planned(p.Session, p.At);
                    links.Add(new SessionFact(p.Session, true, SessionStatus.Planned, p.At, source, p.Start.Date));
                    break;
                case EventKind.SessionRecorded:
                    var r = (SessionRecorded)evt;
                    links.Add(Held(r, links.Resolved(r.Session, r.At), source));
                    break;
                case EventKind.SessionMissed:
                    var m = (SessionMissed)evt;
                    links.Add(new SessionFact(m.Session, true, SessionStatus.Missed, m.At, source, links.Resolved(m.Session, m.At).PlannedStart?.Date));
                    break;
                case EventKind.SessionCancelled:
                    var c = (SessionCancelled)evt;
                    links.Add(new SessionFact(c.Session, true, SessionStatus.Cancelled, c.At, source, links.Resolved(c.Session, c.At).PlannedStart?.Date));
                    break;
                case EventKind.PlanActionAgreed:
                    var a = (PlanActionAgreed)evt;
                    links.Action(links.ActionIndex(a.Action.Id), a.At);
                    links.Add(a.Action.Id, a.Action.Owner.Kind, PlanActionStatus.Agreed, a.At, source, a.Action.AgreedAt);
                    break;
                case EventKind.PlanActionStatusRecorded:
                    var s = (PlanActionStatusRecorded)evt;
                    if (links.ActionIndex(s.Action) is var statusOf and >= 0)
                    {
                        links.Action(statusOf, s.At);
                        var owner = intervention.ActionOrigin(statusOf);
                        links.Add(s.Action, owner.Owner, s.Status, s.At, source, owner.AgreedAt);
                    }

                    break;
                case EventKind.PlanActionReviewed:
                    var v = (PlanActionReviewed)evt;
                    if (links.ActionIndex(v.Action) is var reviewedOf and >= 0)
                    {
                        links.Action(reviewedOf, v.At);
                        var owner = intervention.ActionOrigin(reviewedOf);
                        links.Add(v.Action, owner.Owner, v.Outcome, v.At, source, owner.AgreedAt);
                    }

                    break;
                case EventKind.InterventionClosed:
                    var closed = (InterventionClosed)evt;
                    for (var i = 0; i < intervention.SessionCount; i++)
                    {
                        // Closing cancels the sessions still planned then; they show as cancelled from the closure on.
                        if (links.CancelledIfPlanned(i, closed.At))
                        {
                            var session = intervention.SessionAt(i);
                            links.Add(new SessionFact(session.Id, true, SessionStatus.Cancelled, closed.At, source, session.PlannedStart?.Date));
                        }
                    }

                    builder.Close(closed.At, closed.Reason);
                    break;
                default:
                    AddEvidence(builder, intervention, evt, ref waiting);
                    break;
            }
        }

        return links.Into(builder).Build();
    }

    /// <summary>Adds the facts of an event that carries evidence (the objectives agreed among them); any other adds nothing.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="intervention">The intervention, for the objectives as agreed.</param>
    /// <param name="evt">The event.</param>
    /// <param name="waiting">The decisions each option waits for, folded as the intervention folds them: each change is a fact on the option.</param>
    private static void AddEvidence(CaseRecordBuilder builder, Intervention intervention, InterventionEvent evt, ref Dictionary<string, PlanOption>? waiting)
    {
        var source = evt.By.Kind;
        switch (evt.Kind)
        {
            case EventKind.ObjectiveAgreed:
                var agreed = (ObjectiveAgreed)evt;
                if (intervention.FindObjective(agreed.Objective) is { Indicator: { Target: { } target } indicator, Deadline: { } deadline } objective
                    && Intervention.IsMeasurable(objective))
                {
                    builder.Add(new ObjectiveFact(agreed.Objective, deadline, indicator.Baseline ?? 0m, target, indicator.Direction, agreed.At, source));
                }

                break;
            case EventKind.DecisionRecorded:
                builder.Add(((DecisionRecorded)evt).Fact);
                break;
            case EventKind.OptionRecorded:
                builder.Add(((OptionRecorded)evt).Fact);
                break;
            case EventKind.SituationRecorded:
                builder.Add(((SituationRecorded)evt).Fact);
                break;
            case EventKind.SatisfactionRecorded:
                builder.Add(((SatisfactionRecorded)evt).Fact);
                break;
            case EventKind.AutonomyAssessed:
                if (((AutonomyAssessed)evt).Assessment is { Moment: not Situation.AssessmentMoment.AlongTheWay } assessment)
                {
                    builder.Add(new AutonomyReading(assessment));
                }

                break;
            case EventKind.OptionAdded:
                var o = (OptionAdded)evt;
                builder.Add(new OptionFact(o.Label, OptionStatus.Explored, o.At, source));
                break;
            case EventKind.DecisionAwaited:
                var d = (DecisionAwaited)evt;
                waiting ??= new Dictionary<string, PlanOption>(StringComparer.Ordinal);
                waiting[d.Option] = (waiting.TryGetValue(d.Option, out var before) ? before : new PlanOption(d.Option, null, d.At, OptionStatus.Explored, null, d.At))
                    .Awaiting(d.Decision, d.Label, d.ExpectedOn, d.At);
                builder.Add(waiting[d.Option].ToFact(d.At, source));
                break;
            case EventKind.AwaitedDecisionReceived:
                var received = (AwaitedDecisionReceived)evt;
                if (waiting is not null && waiting.TryGetValue(received.Option, out var awaiting))
                {
                    waiting[received.Option] = awaiting.Receiving(received.Decision, received.Outcome, received.At);
                    builder.Add(waiting[received.Option].ToFact(received.At, source));
                }

                break;
            case EventKind.IndicatorMeasured:
                builder.Add(((IndicatorMeasured)evt).Fact);
                break;
            case EventKind.JudgementRecorded:
                builder.Add(((JudgementRecorded)evt).Fact);
                break;
            case EventKind.ContributionRecorded:
                builder.Add(((ContributionRecorded)evt).Fact);
                break;
            case EventKind.CourseOutcomeRecorded:
                builder.Add(((CourseOutcomeRecorded)evt).Fact);
                break;
            case EventKind.InitialQuestionRecorded:
                builder.Add(((InitialQuestionRecorded)evt).Fact);
                break;
            case EventKind.CounsellorObjectiveSet:
                builder.Add(((CounsellorObjectiveSet)evt).Fact);
                break;
        }
    }

    /// <summary>A held session's fact, its outcomes' kinds read into the stack.</summary>
    private static SessionFact Held(SessionRecorded recorded, Session held, ActorKind source)
    {
        var outcomes = recorded.Outcomes;
        var length = outcomes.IsDefault ? 0 : outcomes.Length;
        var kinds = length <= 16 ? stackalloc SessionOutcomeKind[length] : new SessionOutcomeKind[length];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = outcomes[i].Kind;
        }

        return new SessionFact(recorded.Session, held.WasPlanned, SessionStatus.Held, recorded.At, source, held.PlannedStart?.Date, recorded.Progress, kinds);
    }

    /// <summary>
    /// Tells whether the intervention holds a session, trying first the few sessions from the last one found: the facts of
    /// a list name sessions in the order they were held, so checking a whole list reads the sessions in order, and only a
    /// session named out of that order is looked up in the intervention's index.
    /// </summary>
    internal sealed class HeldSessions(Intervention intervention)
    {
        // How many sessions from the last one found are tried before the index: read in order, side by side, they cost
        // less than one probe of the index once the sessions outgrow the caches, and a list of evidence (a decision
        // every few sessions) seldom skips more.
        private const int Ahead = 16;

        private int _last;

        /// <summary>Whether the intervention holds a session with this identifier.</summary>
        /// <param name="session">The session's identifier.</param>
        /// <returns><see langword="true"/> when the intervention holds it.</returns>
        public bool Holds(SessionId session)
        {
            var count = intervention.SessionCount;
            for (var i = _last; i < count && i < _last + Ahead; i++)
            {
                if (intervention.SessionIdAt(i) == session)
                {
                    _last = i;
                    return true;
                }
            }

            var index = intervention.SessionIndex(session);
            if (index < 0)
            {
                return false;
            }

            _last = index;
            return true;
        }
    }

    /// <summary>
    /// The session and action facts, written as they come into arrays made at the size the intervention counted, and the
    /// links between observations of one session or one action, made as the facts are added: each session and action is
    /// found by its position in the intervention, so no index of identifiers is built, here or by the record.
    /// </summary>
    /// <remarks>
    /// A history names its sessions and actions in the order the intervention lists them: each is either the next one
    /// not met yet or one met lately (the session just planned is held, the action agreed at the last session is reviewed).
    /// Those positions are tried first, reading the intervention's lists in order; any other is looked up in its index.
    /// </remarks>
    private struct Links
    {
        // How many of the latest sessions and actions met are tried before the index.
        private const int Recent = 2;

        private readonly Intervention _intervention;

        // Per session and per action: the position plus one of its last fact (0 for none); a session still planned is negative.
        private readonly int[] _lastSession;
        private readonly int[] _lastAction;

        // Per session: the place plus one of its first fact (0 for none), where the actions agreed at it point.
        private readonly int[] _firstSession;

        // The facts are written in chunks, so a long history leaves no array on the large-object heap; a short one (one
        // chunk) is written into one array, which the record keeps as it is.
        private ChunkWriter<SessionFact> _sessionFacts;

        // The actions in the record's compact form, each agreed-at session named by the place of its first fact, or, while
        // that session has no fact yet, by its position p in the intervention as -(p + 2); _unplaced counts those.
        private ChunkWriter<RecordedAction> _actionFacts;
        private Dictionary<int, SessionId>? _strays;
        private int _unplaced;

        // The links, in chunks beside the facts' own, made at the first one (until then, no item was observed twice).
        private ChunkWriter<int> _sessionNext;
        private ChunkWriter<int> _actionNext;
        private bool _sessionsLinked;
        private bool _actionsLinked;
        private int _sessions;
        private int _actions;
        private int _sessionsMet;
        private int _actionsMet;
        private NodaTime.Instant _sessionAt;
        private NodaTime.Instant _actionAt;
        private bool _inOrder;

        public Links(Intervention intervention, int? chunkShift)
        {
            _intervention = intervention;
            _lastSession = intervention.SessionCount == 0 ? [] : new int[intervention.SessionCount];
            _lastAction = intervention.ActionCount == 0 ? [] : new int[intervention.ActionCount];
            _firstSession = intervention.SessionCount == 0 ? [] : new int[intervention.SessionCount];

            // Every slot is written before the record reads it (a shorter list is copied at its length): no need to clear them.
            _sessionFacts = new ChunkWriter<SessionFact>(intervention.SessionFactCount, chunkShift ?? ChunkLength<SessionFact>.Shift);
            _actionFacts = new ChunkWriter<RecordedAction>(intervention.ActionFactCount, chunkShift ?? ChunkLength<RecordedAction>.Shift);
            _sessionNext = new ChunkWriter<int>(intervention.SessionFactCount, chunkShift ?? ChunkLength<SessionFact>.Shift, true, -1);
            _actionNext = new ChunkWriter<int>(intervention.ActionFactCount, chunkShift ?? ChunkLength<RecordedAction>.Shift, true, -1);
            _sessionAt = _actionAt = NodaTime.Instant.MinValue;
            _inOrder = true;
        }

        public void Planned(SessionId session, NodaTime.Instant at)
        {
            var index = SessionIndex(session);
            Session(index, at);
            if (index >= 0)
            {
                _lastSession[index] = -_lastSession[index];
            }
        }

        /// <summary>A session held, missed or cancelled: no longer planned; the session as the intervention holds it.</summary>
        public Interventions.Session Resolved(SessionId session, NodaTime.Instant at)
        {
            var index = SessionIndex(session);
            Session(index, at);
            return _intervention.SessionAt(index);
        }

        /// <summary>Whether the session at a position is still planned; if so, it is cancelled now.</summary>
        public bool CancelledIfPlanned(int index, NodaTime.Instant at)
        {
            if (_lastSession[index] >= 0)
            {
                return false;
            }

            Session(index, at);
            return true;
        }

        public void Action(int index, NodaTime.Instant at)
        {
            _inOrder &= at >= _actionAt;
            _actionAt = at;
            if (index < 0)
            {
                _inOrder = false;
                _actions++;
                return;
            }

            ref var last = ref _lastAction[index];
            if (last > 0)
            {
                _actionNext[last - 1] = _actions;
                _actionsLinked = true;
            }

            last = ++_actions;
        }

        /// <summary>The position of an action the history names, or -1: the next one not met yet, one met lately, or else the one the index finds.</summary>
        public int ActionIndex(PlanActionId action)
        {
            var met = _actionsMet;
            if (met < _lastAction.Length && _intervention.ActionIdAt(met) == action)
            {
                _actionsMet = met + 1;
                return met;
            }

            for (var i = met - 1; i >= 0 && i >= met - Recent; i--)
            {
                if (_intervention.ActionIdAt(i) == action)
                {
                    return i;
                }
            }

            var index = _intervention.ActionIndex(action);
            _actionsMet = Math.Max(met, index + 1);
            return index;
        }

        /// <summary>Writes the fact just linked (<see cref="Planned"/>, <see cref="Resolved"/>, <see cref="CancelledIfPlanned"/>).</summary>
        public void Add(in SessionFact fact) => _sessionFacts[_sessions - 1] = fact;

        /// <summary>Writes the fact just linked (<see cref="Action"/>), its agreed-at session named by the place of that session's first fact.</summary>
        public void Add(PlanActionId action, ActorKind owner, PlanActionStatus status, NodaTime.Instant at, ActorKind source, SessionId agreedAt)
        {
            var index = _actions - 1;
            var session = SessionOf(Guard.NotDefault(agreedAt, nameof(agreedAt)));
            int place;
            if (session < 0)
            {
                // A session the intervention does not hold: kept aside, so that the builder names it as a problem.
                (_strays ??= [])[index] = agreedAt;
                place = RecordedAction.NoSession;
            }
            else if (_firstSession[session] > 0)
            {
                place = _firstSession[session] - 1;
            }
            else
            {
                place = -(session + 2);
                _unplaced++;
            }

            _actionFacts[index] = new RecordedAction(action, owner, status, at, source, place);
        }

        /// <summary>
        /// Hands the facts to the builder, with their links when they are in the order they became known (as a valid history
        /// keeps them): then the actions in the record's compact form, as they are; otherwise as facts, for the builder to sort.
        /// </summary>
        public CaseRecordBuilder Into(CaseRecordBuilder builder)
        {
            var placed = _inOrder && _strays is null && Placed();
            if (placed && !(_sessionFacts.IsSingle(_sessions) && _actionFacts.IsSingle(_actions)))
            {
                // A long history: the facts and their links stay in chunks, for the record to keep as they are.
                return builder.Adopt(_sessionFacts.ToChunks(_sessions), _actionFacts.ToChunks(_actions))
                    .WithLinks(_sessionsLinked ? _sessionNext.ToChunks(_sessions) : null, _actionsLinked ? _actionNext.ToChunks(_actions) : null, new HeldSessions(_intervention).Holds);
            }

            var sessions = _sessionFacts.IsSingle(_sessions) ? _sessionFacts.Single(_sessions) : _sessionFacts.ToChunks(_sessions).ToArray();
            var actions = _actionFacts.IsSingle(_actions) ? _actionFacts.Single(_actions) : _actionFacts.ToChunks(_actions).ToArray();
            if (placed)
            {
                builder.Adopt(sessions, actions);
            }
            else
            {
                builder.Adopt(sessions, Facts(actions, sessions));
            }

            return _inOrder ? builder.WithLinks(_sessions, Exact(ref _sessionNext, _sessionsLinked, _sessions), _actions, Exact(ref _actionNext, _actionsLinked, _actions), new HeldSessions(_intervention).Holds) : builder;
        }

        /// <summary>Names by place the agreed-at sessions whose first fact came after the action; false when one never had a fact.</summary>
        private bool Placed()
        {
            for (var i = 0; _unplaced > 0 && i < _actions; i++)
            {
                ref var action = ref _actionFacts[i];
                if (action.AgreedAt < RecordedAction.NoSession)
                {
                    var first = _firstSession[-action.AgreedAt - 2];
                    if (first == 0)
                    {
                        return false;
                    }

                    action = action.WithAgreedAt(first - 1);
                }
            }

            return true;
        }

        /// <summary>The actions as facts, each agreed-at session named again by its identifier.</summary>
        private readonly ActionFact[] Facts(RecordedAction[] actions, SessionFact[] sessions)
        {
            var facts = new ActionFact[actions.Length];
            for (var i = 0; i < actions.Length; i++)
            {
                var at = actions[i].AgreedAt;
                var session = at >= 0 ? sessions[at].Session
                    : at < RecordedAction.NoSession ? _intervention.SessionAt(-at - 2).Id
                    : _strays is not null && _strays.TryGetValue(i, out var stray) ? stray : default;
                facts[i] = new ActionFact(actions[i].Action, actions[i].Owner, actions[i].Status, actions[i].KnownAt, actions[i].Source, session.IsDefault ? null : session);
            }

            return facts;
        }

        /// <summary>The position of the session an action was agreed at, or -1: one met lately (an action is agreed at the session just held), or else the one the index finds.</summary>
        private readonly int SessionOf(SessionId session)
        {
            for (var i = _sessionsMet - 1; i >= 0 && i >= _sessionsMet - 1 - Recent; i--)
            {
                if (_intervention.SessionIdAt(i) == session)
                {
                    return i;
                }
            }

            return _intervention.SessionIndex(session);
        }

        /// <summary>The links of a short list as one array at the list's length, or <see langword="null"/> when none was made.</summary>
        private static int[]? Exact(ref ChunkWriter<int> links, bool linked, int length) => linked ? links.Single(length) : null;

        /// <summary>The position of a session the history names, or -1: the next one not met yet, one met lately, or else the one the index finds.</summary>
        private int SessionIndex(SessionId session)
        {
            var met = _sessionsMet;
            if (met < _lastSession.Length && _intervention.SessionIdAt(met) == session)
            {
                _sessionsMet = met + 1;
                return met;
            }

            for (var i = met - 1; i >= 0 && i >= met - Recent; i--)
            {
                if (_intervention.SessionIdAt(i) == session)
                {
                    return i;
                }
            }

            var index = _intervention.SessionIndex(session);
            _sessionsMet = Math.Max(met, index + 1);
            return index;
        }

        private void Session(int index, NodaTime.Instant at)
        {
            _inOrder &= at >= _sessionAt;
            _sessionAt = at;
            if (index < 0)
            {
                _inOrder = false;
                _sessions++;
                return;
            }

            ref var last = ref _lastSession[index];
            var previous = Math.Abs(last);
            if (previous > 0)
            {
                _sessionNext[previous - 1] = _sessions;
                _sessionsLinked = true;
            }
            else
            {
                _firstSession[index] = _sessions + 1;
            }

            last = ++_sessions;
        }

    }
}
