using System;
using System.Collections.Generic;
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
            throw InvalidHistory(position, evt, new Reason("history.position-mismatch", new ReasonArgument("stored", evt.Position), new ReasonArgument("expected", position)));
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

        if (evt.Kind == EventKind.InterventionOpened)
        {
            throw InvalidHistory(position, evt, new Reason("history.opened-twice"));
        }

        if (evt.At < LastChangeAt)
        {
            throw InvalidHistory(position, evt, new Reason("clock.before-last-change"));
        }

        if (evt is SpecialistReferralRecommended recommended)
        {
            // Recorded by the rules with the session that completed the streak, never on its own.
            if (!_referralDue || recommended.SessionsWithoutProgress != _sessionsWithoutProgress || recommended.By != Rules || recommended.At != LastChangeAt)
            {
                throw InvalidHistory(position, evt, new Reason("history.referral-unexpected"));
            }

            Apply(evt, replay: true);
            return;
        }

        if (_referralDue)
        {
            throw InvalidHistory(position, evt, new Reason("history.referral-missing"));
        }

        JudgeAsItsAction(evt, position);
        Apply(evt, replay: true);
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
            decided = Decides(in context);
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

    private void MakeRoomFor(IReadOnlyList<InterventionEvent> history)
    {
        int sessions = 0, actions = 0;
        for (var i = 0; i < history.Count; i++)
        {
            switch (history[i]?.Kind)
            {
                case EventKind.SessionPlanned or EventKind.SessionRecorded:
                    sessions++;
                    break;
                case EventKind.PlanActionAgreed:
                    actions++;
                    break;
            }
        }

        _sessions.EnsureCapacity(sessions);
        _actions.EnsureCapacity(actions);
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

    /// <summary>The action an event records, with the arguments the intent method would have been given, at the event's instant: judged.</summary>
    private void JudgeAsItsAction(InterventionEvent evt, int position)
    {
        var at = evt.At;
        switch (evt.Kind)
        {
            case EventKind.IntakeStarted:
                Judge(new TransitionInput(InterventionAction.StartIntake, at, false), position, evt);
                return;
            case EventKind.IntakeCompleted:
                Judge(new TransitionInput(InterventionAction.CompleteIntake, at, false), position, evt);
                return;
            case EventKind.InterventionActivated:
                Judge(new TransitionInput(InterventionAction.Activate, at, false), position, evt);
                return;
            case EventKind.InterventionResumed:
                Judge(new TransitionInput(InterventionAction.Resume, at, false), position, evt);
                return;
            case EventKind.FollowUpStarted:
                Judge(new TransitionInput(InterventionAction.StartFollowUp, at, false), position, evt);
                return;
            case EventKind.ActiveHelpResumed:
                Judge(new TransitionInput(InterventionAction.ResumeActiveHelp, at, false), position, evt);
                return;
            case EventKind.DiagnosisShared when evt is DiagnosisShared shared:
                var diagnosisSession = Present(shared.Session, position, evt);
                Require(shared.Agreement is null || !shared.Agreement.Client.IsDefault, position, evt);
                Judge(new DiagnosisInput(at, false, diagnosisSession, shared.Agreement?.Client ?? default), position, evt);
                return;
            case EventKind.SpecialistReferralMade when evt is SpecialistReferralMade made:
                // The count is the run the intent method reads when the referral is made.
                Require(made.SessionsWithoutProgress == _sessionsWithoutProgress, position, evt);
                Judge(new ReferralInput(InterventionAction.ReferToSpecialist, at, false, default, null), position, evt);
                return;
            case EventKind.ReferralMade when evt is ReferralMade referral:
                // A referral after sessions without progress carries the run the intent method reads; any other carries none.
                Require(
                    !referral.Service.IsDefault && !referral.Organization.IsDefault && !string.IsNullOrWhiteSpace(referral.ServiceName) && Enum.IsDefined(referral.OriginKind)
                    && !(referral.OrganizationName is { } provider && string.IsNullOrWhiteSpace(provider))
                    && (referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress
                        ? referral.SessionsWithoutProgress == _sessionsWithoutProgress
                        : referral.SessionsWithoutProgress == 0),
                    position,
                    evt);
                var referralAction = referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress ? InterventionAction.ReferToSpecialist : InterventionAction.Refer;
                Judge(new ReferralInput(referralAction, at, false, Present(referral.Referral, position, evt), null), position, evt);
                return;
            case EventKind.ReferralStatusRecorded when evt is ReferralStatusRecorded status:
                Require(Enum.IsDefined(status.Action), position, evt);
                Judge(new ReferralStatusInput(at, false, Present(status.Referral, position, evt), status.Action, status.By), position, evt);
                return;
            case EventKind.AspirationRecorded when evt is AspirationRecorded aspiration:
                Require(aspiration.Aspiration is { ExpressedBy.IsDefault: false }, position, evt);
                Judge(new AspirationInput(at, false, aspiration.Aspiration.ExpressedBy, aspiration.Aspiration.Session ?? default), position, evt);
                return;
            case EventKind.InterventionPutOnHold when evt is InterventionPutOnHold hold:
                Require(Enum.IsDefined(hold.Reason), position, evt);
                Judge(new HoldInput(at, false, hold.ExpectedBy), position, evt);
                return;
            case EventKind.InterventionClosed when evt is InterventionClosed closed:
                Require(Enum.IsDefined(closed.Reason), position, evt);
                Judge(new CloseInput(at, false, closed.Reason), position, evt);
                return;
            case EventKind.SessionPlanned when evt is SessionPlanned planned:
                var plannedSession = Present(planned.Session, position, evt);
                Require(planned.ZoneId is not null, position, evt);
                var zoneId = ZoneOrNull(planned.ZoneId!) is null ? throw InvalidHistory(position, evt, new Reason("history.unknown-zone")) : planned.ZoneId;
                Judge(new PlanSessionInput(at, false, plannedSession, planned.Start, zoneId), position, evt);
                return;
            case EventKind.SessionRecorded when evt is SessionRecorded recorded:
                var recordedSession = Present(recorded.Session, position, evt);
                Require(!recorded.Outcomes.IsDefault && Enum.IsDefined(recorded.Progress), position, evt);
                foreach (var outcome in recorded.Outcomes)
                {
                    Require(!outcome.IsDefault, position, evt);
                }

                Judge(new RecordSessionInput(at, false, recordedSession, recorded.HeldAt, recorded.Outcomes.Length), position, evt);
                return;
            case EventKind.SessionMissed when evt is SessionMissed missed:
                Judge(new SessionInput(InterventionAction.MarkSessionMissed, at, false, Present(missed.Session, position, evt)), position, evt);
                return;
            case EventKind.SessionCancelled when evt is SessionCancelled cancelled:
                Judge(new SessionInput(InterventionAction.CancelSession, at, false, Present(cancelled.Session, position, evt)), position, evt);
                return;
            case EventKind.ObjectiveProposed when evt is ObjectiveProposed proposed:
                Require(proposed.Objective is not null, position, evt);
                Judge(new ObjectiveInput(InterventionAction.ProposeObjective, at, false, proposed.Objective), position, evt);
                return;
            case EventKind.ObjectiveRevised when evt is ObjectiveRevised revised:
                Require(revised.Objective is not null, position, evt);
                Judge(new ObjectiveInput(InterventionAction.ReviseObjective, at, false, revised.Objective), position, evt);
                return;
            case EventKind.ObjectiveAgreed when evt is ObjectiveAgreed agreed:
                // The agreement is dated by the event and recorded by its author, as the intent method builds it.
                Require(agreed.Agreement is { } a && a.At == evt.At && a.RecordedBy == evt.By, position, evt);
                var agreedObjective = Present(agreed.Objective, position, evt);
                Judge(new ObjectiveAgreementInput(at, false, agreedObjective, agreed.Agreement.Session, agreed.Agreement.Client), position, evt);
                return;
            case EventKind.DesiredBenefitAdded when evt is DesiredBenefitAdded added:
                Require(added.Benefit is not null, position, evt);
                Judge(new BenefitInput(at, false, added.Benefit), position, evt);
                return;
            case EventKind.BarrierIdentified when evt is BarrierIdentified identified:
                Require(identified.Barrier is not null, position, evt);
                Judge(new BarrierInput(at, false, identified.Barrier), position, evt);
                return;
            case EventKind.BarrierStatusChanged when evt is BarrierStatusChanged changed:
                Require(Enum.IsDefined(changed.Status), position, evt);
                Judge(new BarrierStatusInput(at, false, Present(changed.Barrier, position, evt), changed.Status), position, evt);
                return;
            case EventKind.PlanActionAgreed when evt is PlanActionAgreed agreedAction:
                Require(agreedAction.Action is { Status: PlanActionStatus.Agreed, IsReviewed: false }, position, evt);

                // The client's agreement, when recorded, is dated by the event, at the action's session, recorded by its author.
                Require(
                    agreedAction.Action.Agreement is not { } actionAgreement
                    || (actionAgreement.At == evt.At && actionAgreement.RecordedBy == evt.By && actionAgreement.Session == agreedAction.Action.AgreedAt),
                    position,
                    evt);
                Judge(new PlanActionInput(at, false, agreedAction.Action, agreedAction.Action.Agreement?.Client ?? default), position, evt);
                return;
            case EventKind.PlanActionStatusRecorded when evt is PlanActionStatusRecorded actionStatus:
                Require(Enum.IsDefined(actionStatus.Status), position, evt);
                Judge(new ActionStatusInput(at, false, Present(actionStatus.Action, position, evt), actionStatus.Status), position, evt);
                return;
            case EventKind.PlanActionReviewed when evt is PlanActionReviewed reviewed:
                Require(Enum.IsDefined(reviewed.Outcome) && reviewed.Outcome != PlanActionStatus.Agreed, position, evt);
                var reviewedAction = Present(reviewed.Action, position, evt);
                Judge(new ReviewInput(at, false, reviewedAction, Present(reviewed.Session, position, evt), reviewed.Outcome), position, evt);
                return;
            case EventKind.SituationAssessed when evt is SituationAssessed situation:
                Require(situation.Assessment is not null, position, evt);
                Judge(new SituationInput(at, false, situation.Assessment), position, evt);
                return;
            case EventKind.AutonomyAssessed when evt is AutonomyAssessed autonomy:
                Require(!autonomy.Assessment.IsDefault, position, evt);
                Judge(new AutonomyInput(at, false, autonomy.Assessment), position, evt);
                return;
            case EventKind.OptionAdded when evt is OptionAdded option:
                Require(IsOptionLabel(option.Label) && option.Occupation is not { IsDefault: true }, position, evt);
                Judge(new AddOptionInput(at, false, option.Label), position, evt);
                return;
            case EventKind.DecisionAwaited when evt is DecisionAwaited awaited:
                // Numbers follow the order decisions are noted in; the name is the words chosen, erasable, so it identifies nothing.
                Require(IsOptionLabel(awaited.Option) && awaited.Decision == _awaitedDecisions + 1 && !Bounds.ShowsNothing(awaited.Label ?? string.Empty), position, evt);
                Judge(new AwaitDecisionInput(at, false, awaited.Option, null, awaited.ExpectedOn), position, evt);
                return;
            case EventKind.AwaitedDecisionReceived when evt is AwaitedDecisionReceived received:
                Require(IsOptionLabel(received.Option) && received.Decision > 0 && Enum.IsDefined(received.Outcome) && IsDecisionOutcome(received.Outcome), position, evt);
                Judge(new DecisionOutcomeInput(at, false, received.Option, received.Decision, received.Outcome), position, evt);
                return;
            default:
                // Evidence is judged as one action, whatever the fact; any other event is one this version does not know.
                if (evt is not EvidenceRecorded evidence)
                {
                    throw InvalidHistory(position, evt, new Reason("history.event-unknown"));
                }

                Judge(Described(EvidenceInputOf(evidence, position), evidence), position, evt);
                return;
        }
    }

    private static EvidenceInput EvidenceInputOf(EvidenceRecorded evt, int position)
    {
        var at = evt.At;
        switch (evt.Kind)
        {
            case EventKind.DecisionRecorded when evt is DecisionRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, fact.Session ?? default, default);
            case EventKind.OptionRecorded when evt is OptionRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            case EventKind.SituationRecorded when evt is SituationRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            case EventKind.SatisfactionRecorded when evt is SatisfactionRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            case EventKind.IndicatorMeasured when evt is IndicatorMeasured { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, fact.Objective);
            case EventKind.InitialQuestionRecorded when evt is InitialQuestionRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            case EventKind.CounsellorObjectiveSet when evt is CounsellorObjectiveSet { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            case EventKind.JudgementRecorded when evt is JudgementRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, fact.Session ?? default, default);
            case EventKind.ContributionRecorded when evt is ContributionRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            case EventKind.CourseOutcomeRecorded when evt is CourseOutcomeRecorded { Fact: { IsDefault: false } fact }:
                return new EvidenceInput(at, false, fact.KnownAt, default, default);
            default:
                throw InvalidHistory(position, evt, new Reason("history.event-incomplete"));
        }
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

    private static InvalidHistoryException InvalidHistory(int position, InterventionEvent evt, Reason reason)
        => InvalidHistory(position, evt.GetType().Name, reason);

    private static InvalidHistoryException InvalidHistory(int position, string eventType, Reason reason)
        => new(position, eventType, [reason]);
}
