using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;
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

    // While rebuilding: a session recorded without progress reached the programme's streak, so the next event must be
    // the referral recommendation the intent method records with it.
    private bool _referralDue;

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

        if (evt is InterventionOpened)
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

            _referralDue = false;
            Apply(evt, replay: true);
            return;
        }

        if (_referralDue)
        {
            throw InvalidHistory(position, evt, new Reason("history.referral-missing"));
        }

        var context = ContextOf(evt, position);
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
        Apply(evt, replay: true);
        if (evt is SessionRecorded { Progress: SessionProgress.NoProgress } && _sessionsWithoutProgress % Programme.SessionsWithoutProgressBeforeReferral == 0)
        {
            _referralDue = true;
        }
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

    /// <summary>The action an event records, with the arguments the intent method would have been given, at the event's instant.</summary>
    private ActionContext ContextOf(InterventionEvent evt, int position)
    {
        ActionContext context;
        switch (evt)
        {
            case IntakeStarted:
                return ActionContext.For(InterventionAction.StartIntake, evt.At);
            case IntakeCompleted:
                return ActionContext.For(InterventionAction.CompleteIntake, evt.At);
            case InterventionActivated:
                return ActionContext.For(InterventionAction.Activate, evt.At);
            case InterventionResumed:
                return ActionContext.For(InterventionAction.Resume, evt.At);
            case FollowUpStarted:
                return ActionContext.For(InterventionAction.StartFollowUp, evt.At);
            case DiagnosisShared shared:
                context = ActionContext.For(InterventionAction.ShareDiagnosis, evt.At);
                context.Session = Present(shared.Session, position, evt);
                return context;
            case InterventionPutOnHold hold:
                context = ActionContext.For(InterventionAction.PutOnHold, evt.At);
                context.ExpectedBy = hold.ExpectedBy;
                Require(Enum.IsDefined(hold.Reason), position, evt);
                return context;
            case InterventionClosed closed:
                context = ActionContext.For(InterventionAction.Close, evt.At);
                context.Closure = closed.Reason;
                Require(Enum.IsDefined(closed.Reason), position, evt);
                return context;
            case SessionPlanned planned:
                context = ActionContext.For(InterventionAction.PlanSession, evt.At);
                context.Session = Present(planned.Session, position, evt);
                context.PlannedStart = planned.Start;
                Require(planned.ZoneId is not null, position, evt);
                context.ZoneId = _zones.GetZoneOrNull(planned.ZoneId!) is null ? throw InvalidHistory(position, evt, new Reason("history.unknown-zone")) : planned.ZoneId;
                return context;
            case SessionRecorded recorded:
                context = ActionContext.For(InterventionAction.RecordSession, evt.At);
                context.Session = Present(recorded.Session, position, evt);
                context.HeldAt = recorded.HeldAt;
                Require(!recorded.Outcomes.IsDefault && Enum.IsDefined(recorded.Progress), position, evt);
                foreach (var outcome in recorded.Outcomes)
                {
                    Require(!outcome.IsDefault, position, evt);
                }

                context.OutcomeCount = recorded.Outcomes.Length;
                return context;
            case SessionMissed missed:
                context = ActionContext.For(InterventionAction.MarkSessionMissed, evt.At);
                context.Session = Present(missed.Session, position, evt);
                return context;
            case SessionCancelled cancelled:
                context = ActionContext.For(InterventionAction.CancelSession, evt.At);
                context.Session = Present(cancelled.Session, position, evt);
                return context;
            case ObjectiveProposed proposed:
                Require(proposed.Objective is not null, position, evt);
                context = ActionContext.For(InterventionAction.ProposeObjective, evt.At);
                context.Objective = proposed.Objective;
                context.ObjectiveId = proposed.Objective!.Id;
                return context;
            case ObjectiveRevised revised:
                Require(revised.Objective is not null, position, evt);
                context = ActionContext.For(InterventionAction.ReviseObjective, evt.At);
                context.Objective = revised.Objective;
                context.ObjectiveId = revised.Objective!.Id;
                return context;
            case ObjectiveAgreed agreed:
                // The agreement is dated by the event and recorded by its author, as the intent method builds it.
                Require(agreed.Agreement is { } a && a.At == evt.At && a.RecordedBy == evt.By, position, evt);
                context = ActionContext.For(InterventionAction.AgreeObjective, evt.At);
                context.ObjectiveId = Present(agreed.Objective, position, evt);
                context.Session = agreed.Agreement.Session;
                context.AgreedBy = agreed.Agreement.Client;
                return context;
            case DesiredBenefitAdded added:
                Require(added.Benefit is not null, position, evt);
                context = ActionContext.For(InterventionAction.AddDesiredBenefit, evt.At);
                context.Benefit = added.Benefit;
                return context;
            case BarrierIdentified identified:
                Require(identified.Barrier is not null, position, evt);
                context = ActionContext.For(InterventionAction.IdentifyBarrier, evt.At);
                context.Barrier = identified.Barrier;
                context.BarrierId = identified.Barrier!.Id;
                return context;
            case BarrierStatusChanged changed:
                Require(Enum.IsDefined(changed.Status), position, evt);
                context = ActionContext.For(InterventionAction.ChangeBarrierStatus, evt.At);
                context.BarrierId = Present(changed.Barrier, position, evt);
                context.BarrierStatus = changed.Status;
                return context;
            case PlanActionAgreed agreedAction:
                Require(agreedAction.Action is { Status: PlanActionStatus.Agreed, IsReviewed: false }, position, evt);
                context = ActionContext.For(InterventionAction.AgreeAction, evt.At);
                context.PlanAction = agreedAction.Action;
                context.PlanActionId = agreedAction.Action.Id;
                context.Session = agreedAction.Action.AgreedAt;
                return context;
            case PlanActionStatusRecorded status:
                Require(Enum.IsDefined(status.Status), position, evt);
                context = ActionContext.For(InterventionAction.RecordActionStatus, evt.At);
                context.PlanActionId = Present(status.Action, position, evt);
                context.PlanActionStatus = status.Status;
                return context;
            case PlanActionReviewed reviewed:
                Require(Enum.IsDefined(reviewed.Outcome) && reviewed.Outcome != PlanActionStatus.Agreed, position, evt);
                context = ActionContext.For(InterventionAction.ReviewAction, evt.At);
                context.PlanActionId = Present(reviewed.Action, position, evt);
                context.Session = Present(reviewed.Session, position, evt);
                context.PlanActionStatus = reviewed.Outcome;
                return context;
            case EvidenceRecorded evidence:
                return EvidenceContextOf(evidence, position);
            default:
                throw InvalidHistory(position, evt, new Reason("history.event-unknown"));
        }
    }

    private ActionContext EvidenceContextOf(EvidenceRecorded evt, int position)
    {
        var context = ActionContext.For(InterventionAction.RecordEvidence, evt.At);
        switch (evt)
        {
            case DecisionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                context.Session = fact.Session ?? default;
                break;
            case OptionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case SituationRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case SatisfactionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case AutonomyAssessed { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case IndicatorMeasured { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                context.ObjectiveId = fact.Objective;
                break;
            case InitialQuestionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case CounsellorObjectiveSet { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case JudgementRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                context.Session = fact.Session ?? default;
                break;
            case ContributionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case CourseOutcomeRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            default:
                throw InvalidHistory(position, evt, new Reason("history.event-incomplete"));
        }

        return context;
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
