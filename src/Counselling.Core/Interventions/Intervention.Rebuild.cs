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

        // Filled in place: the context is a large struct, and copying it per event was a third of the rebuild.
        var context = default(ActionContext);
        ContextOf(evt, position, ref context);
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
        if (evt is SessionRecorded recorded && IsStalled(recorded.Progress, recorded.Outcomes.Length) && _sessionsWithoutProgress % Programme.SessionsWithoutProgressBeforeReferral == 0)
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
    private void ContextOf(InterventionEvent evt, int position, ref ActionContext context)
    {
        switch (evt)
        {
            case IntakeStarted:
                Begin(ref context, InterventionAction.StartIntake, evt.At);
                return;
            case IntakeCompleted:
                Begin(ref context, InterventionAction.CompleteIntake, evt.At);
                return;
            case InterventionActivated:
                Begin(ref context, InterventionAction.Activate, evt.At);
                return;
            case InterventionResumed:
                Begin(ref context, InterventionAction.Resume, evt.At);
                return;
            case FollowUpStarted:
                Begin(ref context, InterventionAction.StartFollowUp, evt.At);
                return;
            case DiagnosisShared shared:
                Begin(ref context, InterventionAction.ShareDiagnosis, evt.At);
                context.Session = Present(shared.Session, position, evt);
                Require(shared.Agreement is null || !shared.Agreement.Client.IsDefault, position, evt);
                context.AgreedBy = shared.Agreement?.Client ?? default;
                return;
            case ActiveHelpResumed:
                Begin(ref context, InterventionAction.ResumeActiveHelp, evt.At);
                return;
            case SpecialistReferralMade made:
                // The count is the run the intent method reads when the referral is made.
                Require(made.SessionsWithoutProgress == _sessionsWithoutProgress, position, evt);
                Begin(ref context, InterventionAction.ReferToSpecialist, evt.At);
                return;
            case ReferralMade referral:
                // A referral after sessions without progress carries the run the intent method reads; any other carries none.
                Require(
                    !referral.Service.IsDefault && !referral.Organization.IsDefault && !string.IsNullOrWhiteSpace(referral.ServiceName) && Enum.IsDefined(referral.OriginKind)
                    && !(referral.OrganizationName is { } provider && string.IsNullOrWhiteSpace(provider))
                    && (referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress
                        ? referral.SessionsWithoutProgress == _sessionsWithoutProgress
                        : referral.SessionsWithoutProgress == 0),
                    position,
                    evt);
                Begin(ref context, referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress ? InterventionAction.ReferToSpecialist : InterventionAction.Refer, evt.At);
                context.ReferralId = Present(referral.Referral, position, evt);
                return;
            case ReferralStatusRecorded status:
                Require(Enum.IsDefined(status.Action), position, evt);
                Begin(ref context, InterventionAction.RecordReferralStatus, evt.At);
                context.ReferralId = Present(status.Referral, position, evt);
                context.ReferralAction = status.Action;
                context.By = status.By;
                return;
            case AspirationRecorded aspiration:
                Require(aspiration.Aspiration is { ExpressedBy.IsDefault: false }, position, evt);
                Begin(ref context, InterventionAction.RecordAspiration, evt.At);
                context.AgreedBy = aspiration.Aspiration.ExpressedBy;
                context.Session = aspiration.Aspiration.Session ?? default;
                return;
            case InterventionPutOnHold hold:
                Begin(ref context, InterventionAction.PutOnHold, evt.At);
                context.ExpectedBy = hold.ExpectedBy;
                Require(Enum.IsDefined(hold.Reason), position, evt);
                return;
            case InterventionClosed closed:
                Begin(ref context, InterventionAction.Close, evt.At);
                context.Closure = closed.Reason;
                Require(Enum.IsDefined(closed.Reason), position, evt);
                return;
            case SessionPlanned planned:
                Begin(ref context, InterventionAction.PlanSession, evt.At);
                context.Session = Present(planned.Session, position, evt);
                context.PlannedStart = planned.Start;
                Require(planned.ZoneId is not null, position, evt);
                context.ZoneId = ZoneOrNull(planned.ZoneId!) is null ? throw InvalidHistory(position, evt, new Reason("history.unknown-zone")) : planned.ZoneId;
                return;
            case SessionRecorded recorded:
                Begin(ref context, InterventionAction.RecordSession, evt.At);
                context.Session = Present(recorded.Session, position, evt);
                context.HeldAt = recorded.HeldAt;
                Require(!recorded.Outcomes.IsDefault && Enum.IsDefined(recorded.Progress), position, evt);
                foreach (var outcome in recorded.Outcomes)
                {
                    Require(!outcome.IsDefault, position, evt);
                }

                context.OutcomeCount = recorded.Outcomes.Length;
                return;
            case SessionMissed missed:
                Begin(ref context, InterventionAction.MarkSessionMissed, evt.At);
                context.Session = Present(missed.Session, position, evt);
                return;
            case SessionCancelled cancelled:
                Begin(ref context, InterventionAction.CancelSession, evt.At);
                context.Session = Present(cancelled.Session, position, evt);
                return;
            case ObjectiveProposed proposed:
                Require(proposed.Objective is not null, position, evt);
                Begin(ref context, InterventionAction.ProposeObjective, evt.At);
                context.Objective = proposed.Objective;
                context.ObjectiveId = proposed.Objective!.Id;
                return;
            case ObjectiveRevised revised:
                Require(revised.Objective is not null, position, evt);
                Begin(ref context, InterventionAction.ReviseObjective, evt.At);
                context.Objective = revised.Objective;
                context.ObjectiveId = revised.Objective!.Id;
                return;
            case ObjectiveAgreed agreed:
                // The agreement is dated by the event and recorded by its author, as the intent method builds it.
                Require(agreed.Agreement is { } a && a.At == evt.At && a.RecordedBy == evt.By, position, evt);
                Begin(ref context, InterventionAction.AgreeObjective, evt.At);
                context.ObjectiveId = Present(agreed.Objective, position, evt);
                context.Session = agreed.Agreement.Session;
                context.AgreedBy = agreed.Agreement.Client;
                return;
            case DesiredBenefitAdded added:
                Require(added.Benefit is not null, position, evt);
                Begin(ref context, InterventionAction.AddDesiredBenefit, evt.At);
                context.Benefit = added.Benefit;
                return;
            case BarrierIdentified identified:
                Require(identified.Barrier is not null, position, evt);
                Begin(ref context, InterventionAction.IdentifyBarrier, evt.At);
                context.Barrier = identified.Barrier;
                context.BarrierId = identified.Barrier!.Id;
                return;
            case BarrierStatusChanged changed:
                Require(Enum.IsDefined(changed.Status), position, evt);
                Begin(ref context, InterventionAction.ChangeBarrierStatus, evt.At);
                context.BarrierId = Present(changed.Barrier, position, evt);
                context.BarrierStatus = changed.Status;
                return;
            case PlanActionAgreed agreedAction:
                Require(agreedAction.Action is { Status: PlanActionStatus.Agreed, IsReviewed: false }, position, evt);

                // The client's agreement, when recorded, is dated by the event, at the action's session, recorded by its author.
                Require(
                    agreedAction.Action.Agreement is not { } actionAgreement
                    || (actionAgreement.At == evt.At && actionAgreement.RecordedBy == evt.By && actionAgreement.Session == agreedAction.Action.AgreedAt),
                    position,
                    evt);
                Begin(ref context, InterventionAction.AgreeAction, evt.At);
                context.AgreedBy = agreedAction.Action.Agreement?.Client ?? default;
                context.PlanAction = agreedAction.Action;
                context.PlanActionId = agreedAction.Action.Id;
                context.Session = agreedAction.Action.AgreedAt;
                return;
            case PlanActionStatusRecorded status:
                Require(Enum.IsDefined(status.Status), position, evt);
                Begin(ref context, InterventionAction.RecordActionStatus, evt.At);
                context.PlanActionId = Present(status.Action, position, evt);
                context.PlanActionStatus = status.Status;
                return;
            case PlanActionReviewed reviewed:
                Require(Enum.IsDefined(reviewed.Outcome) && reviewed.Outcome != PlanActionStatus.Agreed, position, evt);
                Begin(ref context, InterventionAction.ReviewAction, evt.At);
                context.PlanActionId = Present(reviewed.Action, position, evt);
                context.Session = Present(reviewed.Session, position, evt);
                context.PlanActionStatus = reviewed.Outcome;
                return;
            case SituationAssessed situation:
                Require(situation.Assessment is not null, position, evt);
                Begin(ref context, InterventionAction.AssessSituation, evt.At);
                context.Situation = situation.Assessment;
                context.KnownAt = situation.Assessment!.At;
                return;
            case AutonomyAssessed autonomy:
                Require(!autonomy.Assessment.IsDefault, position, evt);
                Begin(ref context, InterventionAction.AssessAutonomy, evt.At);
                context.Autonomy = autonomy.Assessment;
                context.KnownAt = autonomy.Assessment.At;
                return;
            case OptionAdded added:
                Require(IsOptionLabel(added.Label) && added.Occupation is not { IsDefault: true }, position, evt);
                Begin(ref context, InterventionAction.AddOption, evt.At);
                context.OptionLabel = added.Label;
                return;
            case DecisionAwaited or AwaitedDecisionReceived:
                DecisionContextOf(evt, position, ref context);
                return;
            case EvidenceRecorded evidence:
                EvidenceContextOf(evidence, position, ref context);
                return;
            default:
                throw InvalidHistory(position, evt, new Reason("history.event-unknown"));
        }
    }

    private void EvidenceContextOf(EvidenceRecorded evt, int position, ref ActionContext context)
    {
        Begin(ref context, InterventionAction.RecordEvidence, evt.At);
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

        DescribeEvidence(ref context, evt);
    }

    private static void Begin(ref ActionContext context, InterventionAction action, Instant at)
    {
        context.Action = action;
        context.Now = at;
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
