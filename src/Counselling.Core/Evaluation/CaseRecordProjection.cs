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
    // Past this many events, the evidence is counted by kind first, so each of the record's lists is made once at its size.
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
    public static CaseRecord ToCaseRecord(this Intervention intervention, string? site = null)
    {
        ArgumentNullException.ThrowIfNull(intervention);

        // The session and action facts are counted by the intervention as it folds its events: their lists are made once,
        // at their size, and handed to the record as they are.
        var builder = new CaseRecordBuilder(intervention.Id, intervention.ClientId, intervention.CounsellorId, intervention.Programme.Code, intervention.OpenedAt, intervention.TimeZone)
            .FollowingOn(intervention.PreviousInterventionId)
            .WithSite(site)
            .WithPlannedEnd(intervention.ProgrammeEndDate)
            .Reserve(intervention.SessionFactCount, intervention.ActionFactCount);
        if (intervention.Version > LongHistory)
        {
            builder.Reserve(CountEvidence(intervention.EventsInOrder));
        }

        var links = new Links(intervention);

        // The decisions each option waits for, folded as the intervention folds them: each change is a fact on the option.
        Dictionary<string, PlanOption>? waiting = null;
        var events = intervention.EventsInOrder;
        for (var e = 0; e < events.Count; e++)
        {
            var evt = events[e];
            var source = evt.By.Kind;
            switch (evt.Kind)
            {
                case EventKind.SessionPlanned:
                    var p = (SessionPlanned)evt;
                    links.Planned(p.Session, p.At);
                    builder.Add(new SessionFact(p.Session, true, SessionStatus.Planned, p.At, source, p.Start.Date));
                    break;
                case EventKind.SessionRecorded:
                    var r = (SessionRecorded)evt;
                    AddHeld(builder, r, links.Resolved(r.Session, r.At), source);
                    break;
                case EventKind.SessionMissed:
                    var m = (SessionMissed)evt;
                    builder.Add(new SessionFact(m.Session, true, SessionStatus.Missed, m.At, source, links.Resolved(m.Session, m.At).PlannedStart?.Date));
                    break;
                case EventKind.SessionCancelled:
                    var c = (SessionCancelled)evt;
                    builder.Add(new SessionFact(c.Session, true, SessionStatus.Cancelled, c.At, source, links.Resolved(c.Session, c.At).PlannedStart?.Date));
                    break;
                case EventKind.ObjectiveAgreed:
                    var agreed = (ObjectiveAgreed)evt;
                    if (intervention.FindObjective(agreed.Objective) is { Indicator: { Target: { } target } indicator, Deadline: { } deadline } objective
                        && Intervention.IsMeasurable(objective))
                    {
                        builder.Add(new ObjectiveFact(agreed.Objective, deadline, indicator.Baseline ?? 0m, target, indicator.Direction, agreed.At, source));
                    }

                    break;
                case EventKind.PlanActionAgreed:
                    var a = (PlanActionAgreed)evt;
                    links.Action(intervention.ActionIndex(a.Action.Id), a.At);
                    builder.Add(new ActionFact(a.Action.Id, a.Action.Owner.Kind, PlanActionStatus.Agreed, a.At, source, a.Action.AgreedAt));
                    break;
                case EventKind.PlanActionStatusRecorded:
                    var s = (PlanActionStatusRecorded)evt;
                    if (intervention.ActionIndex(s.Action) is var statusOf and >= 0)
                    {
                        links.Action(statusOf, s.At);
                        var owner = intervention.ActionOrigin(statusOf);
                        builder.Add(new ActionFact(s.Action, owner.Owner, s.Status, s.At, source, owner.AgreedAt));
                    }

                    break;
                case EventKind.PlanActionReviewed:
                    var v = (PlanActionReviewed)evt;
                    if (intervention.ActionIndex(v.Action) is var reviewedOf and >= 0)
                    {
                        links.Action(reviewedOf, v.At);
                        var owner = intervention.ActionOrigin(reviewedOf);
                        builder.Add(new ActionFact(v.Action, owner.Owner, v.Outcome, v.At, source, owner.AgreedAt));
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
                case EventKind.InterventionClosed:
                    var closed = (InterventionClosed)evt;
                    for (var i = 0; i < intervention.SessionCount; i++)
                    {
                        // Closing cancels the sessions still planned then; they show as cancelled from the closure on.
                        if (links.CancelledIfPlanned(i, closed.At))
                        {
                            var session = intervention.SessionAt(i);
                            builder.Add(new SessionFact(session.Id, true, SessionStatus.Cancelled, closed.At, source, session.PlannedStart?.Date));
                        }
                    }

                    builder.Close(closed.At, closed.Reason);
                    break;
            }
        }

        return links.Into(builder).Build();
    }

    /// <summary>A held session's fact, its outcomes' kinds read into the stack.</summary>
    private static void AddHeld(CaseRecordBuilder builder, SessionRecorded recorded, Session held, ActorKind source)
    {
        var outcomes = recorded.Outcomes;
        var length = outcomes.IsDefault ? 0 : outcomes.Length;
        var kinds = length <= 16 ? stackalloc SessionOutcomeKind[length] : new SessionOutcomeKind[length];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = outcomes[i].Kind;
        }

        builder.Add(new SessionFact(recorded.Session, held.WasPlanned, SessionStatus.Held, recorded.At, source, held.PlannedStart?.Date, recorded.Progress, kinds));
    }

    /// <summary>How many facts of each kind of evidence the history makes at most: one reading of each event's kind.</summary>
    private static CaseRecordBuilder.EvidenceCounts CountEvidence(EventList events)
    {
        var counts = default(CaseRecordBuilder.EvidenceCounts);
        for (var e = 0; e < events.Count; e++)
        {
            switch (events[e].Kind)
            {
                case EventKind.ObjectiveAgreed:
                    counts.Objectives++;
                    break;
                case EventKind.IndicatorMeasured:
                    counts.Readings++;
                    break;
                case EventKind.DecisionRecorded:
                    counts.Decisions++;
                    break;
                case EventKind.OptionRecorded or EventKind.OptionAdded or EventKind.DecisionAwaited or EventKind.AwaitedDecisionReceived:
                    counts.Options++;
                    break;
                case EventKind.SituationRecorded:
                    counts.Situations++;
                    break;
                case EventKind.SatisfactionRecorded:
                    counts.Satisfaction++;
                    break;
                case EventKind.AutonomyAssessed:
                    counts.Autonomy++;
                    break;
                case EventKind.JudgementRecorded:
                    counts.Judgements++;
                    break;
                case EventKind.ContributionRecorded:
                    counts.Contributions++;
                    break;
                case EventKind.CourseOutcomeRecorded:
                    counts.Courses++;
                    break;
                case EventKind.InitialQuestionRecorded:
                    counts.InitialQuestions++;
                    break;
                case EventKind.CounsellorObjectiveSet:
                    counts.CounsellorObjectives++;
                    break;
            }
        }

        return counts;
    }

    /// <summary>
    /// The links between observations of one session or one action, made as the facts are added: each session and action
    /// is found by its position in the intervention, so no index of identifiers is built, here or by the record.
    /// </summary>
    private struct Links
    {
        private readonly Intervention _intervention;

        // Per session and per action: the position plus one of its last fact (0 for none); a session still planned is negative.
        private readonly int[] _lastSession;
        private readonly int[] _lastAction;
        private int[]? _sessionNext;
        private int[]? _actionNext;
        private int _sessions;
        private int _actions;
        private NodaTime.Instant _sessionAt;
        private NodaTime.Instant _actionAt;
        private bool _inOrder;

        public Links(Intervention intervention)
        {
            _intervention = intervention;
            _lastSession = intervention.SessionCount == 0 ? [] : new int[intervention.SessionCount];
            _lastAction = intervention.ActionCount == 0 ? [] : new int[intervention.ActionCount];
            _sessionAt = _actionAt = NodaTime.Instant.MinValue;
            _inOrder = true;
        }

        public void Planned(SessionId session, NodaTime.Instant at)
        {
            var index = _intervention.SessionIndex(session);
            Session(index, at);
            if (index >= 0)
            {
                _lastSession[index] = -_lastSession[index];
            }
        }

        /// <summary>A session held, missed or cancelled: no longer planned; the session as the intervention holds it.</summary>
        public Interventions.Session Resolved(SessionId session, NodaTime.Instant at)
        {
            var index = _intervention.SessionIndex(session);
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
                (_actionNext ??= NoLinks(_intervention.ActionFactCount))[last - 1] = _actions;
            }

            last = ++_actions;
        }

        /// <summary>Hands the links to the builder when the facts are in the order they became known (as a valid history keeps them).</summary>
        public readonly CaseRecordBuilder Into(CaseRecordBuilder builder)
            => _inOrder ? builder.WithLinks(_sessions, _sessionNext, _actions, _actionNext, _intervention.HasSession) : builder;

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
                (_sessionNext ??= NoLinks(_intervention.SessionFactCount))[previous - 1] = _sessions;
            }

            last = ++_sessions;
        }

        private static int[] NoLinks(int length)
        {
            var links = new int[length];
            Array.Fill(links, -1);
            return links;
        }
    }
}
