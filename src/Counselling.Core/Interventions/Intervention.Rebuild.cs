using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// The validated rebuild: each stored event is judged as the action that records it, with the lifecycle table and the
/// same named rules the intent methods apply, at the instant the event carries. An event the intent methods could not
/// have recorded where it stands makes the whole history refused with <see cref="InvalidHistoryException"/>.
/// </content>
public sealed partial class Intervention
{
    private static readonly Actor Rules = Actor.System("rules");

    private void Replay(InterventionEvent? evt)
    {
        var position = _history.Count + 1;
        if (evt is null)
        {
            throw InvalidHistory(position, "null", new Reason("history.event-missing"));
        }

        if (evt.Position != 0 && evt.Position != position)
        {
            throw PositionMismatch(position, evt);
        }

        if (evt.By.IsDefault)
        {
            throw InvalidHistory(position, evt, new Reason("history.actor-missing"));
        }

        if (_history.Count == 0)
        {
            ReplayOpening(evt);
            return;
        }

        var kind = evt.Kind;
        if (kind == EventKind.InterventionOpened)
        {
            throw InvalidHistory(position, evt, new Reason("history.opened-twice"));
        }

        if (evt.At < LastChangeAt)
        {
            throw InvalidHistory(position, evt, new Reason("clock.before-last-change"));
        }

        if (kind == EventKind.SpecialistReferralRecommended && evt is SpecialistReferralRecommended recommended)
        {
            // Recorded by the rules with the session that completed the streak, never on its own.
            if (!_referralDue || recommended.SessionsWithoutProgress != _sessionsWithoutProgress || recommended.By != Rules || recommended.At != LastChangeAt)
            {
                throw InvalidHistory(position, evt, new Reason("history.referral-unexpected"));
            }

            Apply(evt, kind, replay: true);
            return;
        }

        if (_referralDue)
        {
            throw InvalidHistory(position, evt, new Reason("history.referral-missing"));
        }

        JudgeAsItsAction(evt, kind, position);
        Apply(evt, kind, replay: true);
    }

    /// <summary>
    /// Judges a stored event as its action, with the input the intent method would have built, at the event's instant:
    /// the dates in range, the lifecycle and every rule; then moves the lifecycle's state.
    /// </summary>
    private void Judge<TInput>(in TInput context, int position, InterventionEvent evt)
        where TInput : struct, IActionInput<TInput>
    {
        if (OutOfRangeField(in context) is { } field)
        {
            throw InvalidHistory(position, evt, Bounds.DateOutOfRange(field));
        }

        bool decided;
        try
        {
            // Replay refused an event dated before the last change before judging it.
            decided = Decides(in context, clockRead: true);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            // A stored value outside what the rules can compute (a date beyond the calendar's range) is no recordable fact.
            throw InvalidHistory(position, evt, new Reason("history.value-out-of-range"));
        }

        if (!decided)
        {
            var reasons = Evaluate(in context).Reasons;
            throw new InvalidHistoryException(position, evt.GetType().Name, reasons.Count > 0 ? reasons : [NotAllowedInState(context.Action)]);
        }

        _state = LifecycleTable.TargetOf(_state, context.Action);
    }

    /// <summary>
    /// Replays a long array of events, each after asking for what a few events later will read (<see cref="HistoryPrefetch"/>):
    /// the event objects, and the index slot of each session planned and each action agreed.
    /// </summary>
    private void ReplayAhead(InterventionEvent[] history)
    {
        for (var i = 0; i < history.Length; i++)
        {
            // Unchecked: an index of an array plus a few cannot overflow.
            var ahead = unchecked(i + HistoryPrefetch.EventDistance);
            if ((uint)ahead < (uint)history.Length)
            {
                HistoryPrefetch.Event(history[ahead]);
            }

            ahead = unchecked(i + HistoryPrefetch.SlotDistance);
            if ((uint)ahead < (uint)history.Length)
            {
                // A type test reads only the object's header, which the prefetch above brought in.
                var next = history[ahead];
                if (next is SessionPlanned planned)
                {
                    _sessions.Prefetch(planned.Session);
                }
                else if (next is PlanActionAgreed { Action: { } action })
                {
                    _actions.Prefetch(action.Id);
                }
            }

            Replay(history[i]);
        }
    }

    /// <summary>
    /// Makes room for the sessions and actions a history will make (<see cref="HistoryRoom"/>), so their lists and indexes
    /// are made once. A session is planned, recorded, or both: the store keeps room for the sum (its chunks are made only
    /// as sessions come), the index is made for the larger count (half the size, so it stays in the caches longer) and
    /// grows if the sessions outnumber it.
    /// </summary>
    private void MakeRoomFor(HistoryRoom room)
    {
        var sessions = (int)Math.Min(int.MaxValue, (long)room.Planned + room.Recorded);
        _sessions.EnsureCapacity(sessions, Math.Max(room.Planned, room.Recorded));
        _actions.EnsureCapacity(room.Actions);
    }

    private void EndReplay()
    {
        if (_history.Count == 0)
        {
            throw new InvalidHistoryException(1, "none", [new Reason("history.empty")]);
        }

        if (_referralDue)
        {
            throw new InvalidHistoryException(_history.Count + 1, "none", [new Reason("history.referral-missing")]);
        }
    }

    private void ReplayOpening(InterventionEvent evt)
    {
        if (evt is not InterventionOpened opened)
        {
            throw InvalidHistory(1, evt, new Reason("history.opening-missing"));
        }

        if (opened.Intervention.IsDefault || opened.Client.IsDefault || opened.Counsellor.IsDefault || opened.Programme is null || opened.ZoneId is null
            || opened.Previous is { IsDefault: true } || opened.Previous == opened.Intervention)
        {
            throw InvalidHistory(1, evt, new Reason("history.event-incomplete"));
        }

        if (!SupportedDates.Contains(opened.At))
        {
            throw InvalidHistory(1, evt, Bounds.DateOutOfRange("at"));
        }

        _zone = _zones.GetZoneOrNull(opened.ZoneId) ?? throw InvalidHistory(1, evt, new Reason("history.unknown-zone"));
        _state = InterventionState.Requested;
        Apply(evt, replay: true);
    }

    /// <summary>
    /// The action an event records, with the arguments the intent method would have been given, at the event's instant:
    /// judged. One small method per event: each builds its own input, so no call pays for clearing the inputs of every
    /// other kind (one method holding them all cleared about three kilobytes of stack per event).
    /// </summary>
    private void JudgeAsItsAction(InterventionEvent evt, EventKind kind, int position)
    {
        switch (kind)
        {
            case EventKind.IntakeStarted:
                JudgeTransition(InterventionAction.StartIntake, evt, position);
                return;
            case EventKind.IntakeCompleted:
                JudgeTransition(InterventionAction.CompleteIntake, evt, position);
                return;
            case EventKind.InterventionActivated:
                JudgeTransition(InterventionAction.Activate, evt, position);
                return;
            case EventKind.InterventionResumed:
                JudgeTransition(InterventionAction.Resume, evt, position);
                return;
            case EventKind.FollowUpStarted:
                JudgeTransition(InterventionAction.StartFollowUp, evt, position);
                return;
            case EventKind.ActiveHelpResumed:
                JudgeTransition(InterventionAction.ResumeActiveHelp, evt, position);
                return;
            case EventKind.DiagnosisShared when evt is DiagnosisShared shared:
                JudgeStored(shared, position);
                return;
            case EventKind.SpecialistReferralMade when evt is SpecialistReferralMade made:
                JudgeStored(made, position);
                return;
            case EventKind.ReferralMade when evt is ReferralMade referral:
                JudgeStored(referral, position);
                return;
            case EventKind.ReferralStatusRecorded when evt is ReferralStatusRecorded status:
                JudgeStored(status, position);
                return;
            case EventKind.AspirationRecorded when evt is AspirationRecorded aspiration:
                JudgeStored(aspiration, position);
                return;
            case EventKind.InterventionPutOnHold when evt is InterventionPutOnHold hold:
                JudgeStored(hold, position);
                return;
            case EventKind.InterventionClosed when evt is InterventionClosed closed:
                JudgeStored(closed, position);
                return;
            case EventKind.SessionPlanned when evt is SessionPlanned planned:
                JudgeStored(planned, position);
                return;
            case EventKind.SessionRecorded when evt is SessionRecorded recorded:
                JudgeStored(recorded, position);
                return;
            case EventKind.SessionMissed when evt is SessionMissed missed:
                JudgeSession(InterventionAction.MarkSessionMissed, missed.Session, evt, position);
                return;
            case EventKind.SessionCancelled when evt is SessionCancelled cancelled:
                JudgeSession(InterventionAction.CancelSession, cancelled.Session, evt, position);
                return;
            case EventKind.ObjectiveProposed when evt is ObjectiveProposed proposed:
                JudgeObjective(InterventionAction.ProposeObjective, proposed.Objective, evt, position);
                return;
            case EventKind.ObjectiveRevised when evt is ObjectiveRevised revised:
                JudgeObjective(InterventionAction.ReviseObjective, revised.Objective, evt, position);
                return;
            case EventKind.ObjectiveAgreed when evt is ObjectiveAgreed agreed:
                JudgeStored(agreed, position);
                return;
            case EventKind.DesiredBenefitAdded when evt is DesiredBenefitAdded added:
                JudgeStored(added, position);
                return;
            case EventKind.BarrierIdentified when evt is BarrierIdentified identified:
                JudgeStored(identified, position);
                return;
            case EventKind.BarrierStatusChanged when evt is BarrierStatusChanged changed:
                JudgeStored(changed, position);
                return;
            case EventKind.PlanActionAgreed when evt is PlanActionAgreed agreedAction:
                JudgeStored(agreedAction, position);
                return;
            case EventKind.PlanActionStatusRecorded when evt is PlanActionStatusRecorded actionStatus:
                JudgeStored(actionStatus, position);
                return;
            case EventKind.PlanActionReviewed when evt is PlanActionReviewed reviewed:
                JudgeStored(reviewed, position);
                return;
            case EventKind.SituationAssessed when evt is SituationAssessed situation:
                JudgeStored(situation, position);
                return;
            case EventKind.AutonomyAssessed when evt is AutonomyAssessed autonomy:
                JudgeStored(autonomy, position);
                return;
            case EventKind.OptionAdded when evt is OptionAdded option:
                JudgeStored(option, position);
                return;
            case EventKind.DecisionAwaited when evt is DecisionAwaited awaited:
                JudgeStored(awaited, position);
                return;
            case EventKind.AwaitedDecisionReceived when evt is AwaitedDecisionReceived received:
                JudgeStored(received, position);
                return;
            default:
                // Evidence is judged as one action, whatever the fact; any other event is one this version does not know.
                if (evt is not EvidenceRecorded evidence)
                {
                    throw InvalidHistory(position, evt, new Reason("history.event-unknown"));
                }

                JudgeEvidence(evidence, kind, position);
                return;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeTransition(InterventionAction action, InterventionEvent evt, int position)
        => Judge(new TransitionInput(action, evt.At, false), position, evt);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(DiagnosisShared shared, int position)
    {
        var session = Present(shared.Session, position, shared);
        Require(shared.Agreement is null || !shared.Agreement.Client.IsDefault, position, shared);
        Judge(new DiagnosisInput(shared.At, false, session, shared.Agreement?.Client ?? default), position, shared);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(SpecialistReferralMade made, int position)
    {
        // The count is the run the intent method reads when the referral is made.
        Require(made.SessionsWithoutProgress == _sessionsWithoutProgress, position, made);
        Judge(new ReferralInput(InterventionAction.ReferToSpecialist, made.At, false, default, null), position, made);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(ReferralMade referral, int position)
    {
        // A referral after sessions without progress carries the run the intent method reads; any other carries none.
        Require(
            !referral.Service.IsDefault && !referral.Organization.IsDefault && !string.IsNullOrWhiteSpace(referral.ServiceName) && Enum.IsDefined(referral.OriginKind)
            && !(referral.OrganizationName is { } provider && string.IsNullOrWhiteSpace(provider))
            && (referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress
                ? referral.SessionsWithoutProgress == _sessionsWithoutProgress
                : referral.SessionsWithoutProgress == 0),
            position,
            referral);
        var action = referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress ? InterventionAction.ReferToSpecialist : InterventionAction.Refer;
        Judge(new ReferralInput(action, referral.At, false, Present(referral.Referral, position, referral), null), position, referral);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(ReferralStatusRecorded status, int position)
    {
        Require(Enum.IsDefined(status.Action), position, status);
        Judge(new ReferralStatusInput(status.At, false, Present(status.Referral, position, status), status.Action, status.By), position, status);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(AspirationRecorded aspiration, int position)
    {
        Require(aspiration.Aspiration is { ExpressedBy.IsDefault: false }, position, aspiration);
        Judge(new AspirationInput(aspiration.At, false, aspiration.Aspiration.ExpressedBy, aspiration.Aspiration.Session ?? default), position, aspiration);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(InterventionPutOnHold hold, int position)
    {
        Require(Enum.IsDefined(hold.Reason), position, hold);
        Judge(new HoldInput(hold.At, false, hold.ExpectedBy), position, hold);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(InterventionClosed closed, int position)
    {
        Require(Enum.IsDefined(closed.Reason), position, closed);
        Judge(new CloseInput(closed.At, false, closed.Reason), position, closed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(SessionPlanned planned, int position)
    {
        var session = Present(planned.Session, position, planned);
        Require(planned.ZoneId is not null, position, planned);
        var zoneId = ZoneOrNull(planned.ZoneId!) is null ? throw InvalidHistory(position, planned, new Reason("history.unknown-zone")) : planned.ZoneId;
        Judge(new PlanSessionInput(planned.At, false, session, planned.Start, zoneId), position, planned);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(SessionRecorded recorded, int position)
    {
        var session = Present(recorded.Session, position, recorded);
        Require(!recorded.Outcomes.IsDefault && Enum.IsDefined(recorded.Progress), position, recorded);
        foreach (var outcome in recorded.Outcomes)
        {
            Require(!outcome.IsDefault, position, recorded);
        }

        Judge(new RecordSessionInput(recorded.At, false, session, recorded.HeldAt, recorded.Outcomes.Length), position, recorded);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeSession(InterventionAction action, SessionId session, InterventionEvent evt, int position)
        => Judge(new SessionInput(action, evt.At, false, Present(session, position, evt)), position, evt);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeObjective(InterventionAction action, SmartObjective? objective, InterventionEvent evt, int position)
    {
        Require(objective is not null, position, evt);
        Judge(new ObjectiveInput(action, evt.At, false, objective), position, evt);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(ObjectiveAgreed agreed, int position)
    {
        // The agreement is dated by the event and recorded by its author, as the intent method builds it.
        Require(agreed.Agreement is { } a && a.At == agreed.At && a.RecordedBy == agreed.By, position, agreed);
        var objective = Present(agreed.Objective, position, agreed);
        Judge(new ObjectiveAgreementInput(agreed.At, false, objective, agreed.Agreement.Session, agreed.Agreement.Client), position, agreed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(DesiredBenefitAdded added, int position)
    {
        Require(added.Benefit is not null, position, added);
        Judge(new BenefitInput(added.At, false, added.Benefit), position, added);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(BarrierIdentified identified, int position)
    {
        Require(identified.Barrier is not null, position, identified);
        Judge(new BarrierInput(identified.At, false, identified.Barrier), position, identified);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(BarrierStatusChanged changed, int position)
    {
        Require(Enum.IsDefined(changed.Status), position, changed);
        Judge(new BarrierStatusInput(changed.At, false, Present(changed.Barrier, position, changed), changed.Status), position, changed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(PlanActionAgreed agreed, int position)
    {
        Require(agreed.Action is { Status: PlanActionStatus.Agreed, IsReviewed: false }, position, agreed);

        // The client's agreement, when recorded, is dated by the event, at the action's session, recorded by its author.
        Require(
            agreed.Action.Agreement is not { } agreement
            || (agreement.At == agreed.At && agreement.RecordedBy == agreed.By && agreement.Session == agreed.Action.AgreedAt),
            position,
            agreed);
        Judge(new PlanActionInput(agreed.At, false, agreed.Action, agreed.Action.Agreement?.Client ?? default), position, agreed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(PlanActionStatusRecorded status, int position)
    {
        Require(Enum.IsDefined(status.Status), position, status);
        Judge(new ActionStatusInput(status.At, false, Present(status.Action, position, status), status.Status), position, status);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(PlanActionReviewed reviewed, int position)
    {
        Require(Enum.IsDefined(reviewed.Outcome) && reviewed.Outcome != PlanActionStatus.Agreed, position, reviewed);
        var action = Present(reviewed.Action, position, reviewed);
        Judge(new ReviewInput(reviewed.At, false, action, Present(reviewed.Session, position, reviewed), reviewed.Outcome), position, reviewed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(SituationAssessed situation, int position)
    {
        Require(situation.Assessment is not null, position, situation);
        Judge(new SituationInput(situation.At, false, situation.Assessment), position, situation);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(AutonomyAssessed autonomy, int position)
    {
        Require(!autonomy.Assessment.IsDefault, position, autonomy);
        Judge(new AutonomyInput(autonomy.At, false, autonomy.Assessment), position, autonomy);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(OptionAdded option, int position)
    {
        Require(IsOptionLabel(option.Label) && option.Occupation is not { IsDefault: true }, position, option);
        Judge(new AddOptionInput(option.At, false, option.Label), position, option);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(DecisionAwaited awaited, int position)
    {
        // Numbers follow the order decisions are noted in; the name is the words chosen, erasable, so it identifies nothing.
        Require(IsOptionLabel(awaited.Option) && awaited.Decision == _awaitedDecisions + 1 && !Bounds.ShowsNothing(awaited.Label ?? string.Empty), position, awaited);
        Judge(new AwaitDecisionInput(awaited.At, false, awaited.Option, null, awaited.ExpectedOn), position, awaited);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(AwaitedDecisionReceived received, int position)
    {
        Require(IsOptionLabel(received.Option) && received.Decision > 0 && Enum.IsDefined(received.Outcome) && IsDecisionOutcome(received.Outcome), position, received);
        Judge(new DecisionOutcomeInput(received.At, false, received.Option, received.Decision, received.Outcome), position, received);
    }

    /// <summary>Evidence, judged as one action whatever its fact: the fact's own method reads it, so no other fact is copied on the way.</summary>
    private void JudgeEvidence(EvidenceRecorded evt, EventKind kind, int position)
    {
        switch (kind)
        {
            case EventKind.DecisionRecorded when evt is DecisionRecorded decision:
                JudgeStored(decision, position);
                return;
            case EventKind.OptionRecorded when evt is OptionRecorded option:
                JudgeStored(option, position);
                return;
            case EventKind.SituationRecorded when evt is SituationRecorded situation:
                JudgeStored(situation, position);
                return;
            case EventKind.SatisfactionRecorded when evt is SatisfactionRecorded satisfaction:
                JudgeStored(satisfaction, position);
                return;
            case EventKind.IndicatorMeasured when evt is IndicatorMeasured indicator:
                JudgeStored(indicator, position);
                return;
            case EventKind.InitialQuestionRecorded when evt is InitialQuestionRecorded question:
                JudgeStored(question, position);
                return;
            case EventKind.CounsellorObjectiveSet when evt is CounsellorObjectiveSet objective:
                JudgeStored(objective, position);
                return;
            case EventKind.JudgementRecorded when evt is JudgementRecorded judgement:
                JudgeStored(judgement, position);
                return;
            case EventKind.ContributionRecorded when evt is ContributionRecorded contribution:
                JudgeStored(contribution, position);
                return;
            case EventKind.CourseOutcomeRecorded when evt is CourseOutcomeRecorded course:
                JudgeStored(course, position);
                return;
            default:
                throw InvalidHistory(position, evt, new Reason("history.event-incomplete"));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(DecisionRecorded evt, int position) => JudgeFact(evt, evt.Fact, evt.Fact.Session ?? default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(OptionRecorded evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(SituationRecorded evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(SatisfactionRecorded evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(IndicatorMeasured evt, int position) => JudgeFact(evt, evt.Fact, default, evt.Fact.Objective, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(InitialQuestionRecorded evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(CounsellorObjectiveSet evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(JudgementRecorded evt, int position) => JudgeFact(evt, evt.Fact, evt.Fact.Session ?? default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(ContributionRecorded evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void JudgeStored(CourseOutcomeRecorded evt, int position) => JudgeFact(evt, evt.Fact, default, default, position);

    /// <summary>A stored fact: complete, then judged with the input the intent method builds (<see cref="Described"/> adds what the one-truth rules read).</summary>
    private void JudgeFact<TFact>(EvidenceRecorded evt, in TFact fact, SessionId session, ObjectiveId objective, int position)
        where TFact : struct, IKnownFact
    {
        if (fact.IsDefault)
        {
            throw InvalidHistory(position, evt, new Reason("history.event-incomplete"));
        }

        Judge(Described(new EvidenceInput(evt.At, false, fact.KnownAt, session, objective), evt), position, evt);
    }

    private static TId Present<TId>(TId id, int position, InterventionEvent evt)
        where TId : struct, IIdentifier
        => id.IsDefault ? throw InvalidHistory(position, evt, new Reason("history.event-incomplete")) : id;

    private static void Require(bool condition, int position, InterventionEvent evt)
    {
        if (!condition)
        {
            throw InvalidHistory(position, evt, new Reason("history.event-incomplete"));
        }
    }

    private static InvalidHistoryException PositionMismatch(int position, InterventionEvent evt)
        => InvalidHistory(position, evt, new Reason("history.position-mismatch", new ReasonArgument("stored", evt.Position), new ReasonArgument("expected", position)));

    private static InvalidHistoryException InvalidHistory(int position, InterventionEvent evt, Reason reason)
        => InvalidHistory(position, evt.GetType().Name, reason);

    private static InvalidHistoryException InvalidHistory(int position, string eventType, Reason reason)
        => new(position, eventType, [reason]);
}
