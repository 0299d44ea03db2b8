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
        switch (evt.Kind)
        {
            case EventKind.IntakeStarted:
                Begin(ref context, InterventionAction.StartIntake, evt.At);
                return;
            case EventKind.IntakeCompleted:
                Begin(ref context, InterventionAction.CompleteIntake, evt.At);
                return;
            case EventKind.InterventionActivated:
                Begin(ref context, InterventionAction.Activate, evt.At);
                return;
            case EventKind.InterventionResumed:
                Begin(ref context, InterventionAction.Resume, evt.At);
                return;
            case EventKind.FollowUpStarted:
                Begin(ref context, InterventionAction.StartFollowUp, evt.At);
                return;
            case EventKind.DiagnosisShared when evt is DiagnosisShared shared:
                Begin(ref context, InterventionAction.ShareDiagnosis, evt.At);
                context.Session = Present(shared.Session, position, evt);
                Require(shared.Agreement is null || !shared.Agreement.Client.IsDefault, position, evt);
                context.AgreedBy = shared.Agreement?.Client ?? default;
                return;
            case EventKind.ActiveHelpResumed:
                Begin(ref context, InterventionAction.ResumeActiveHelp, evt.At);
                return;
            case EventKind.SpecialistReferralMade when evt is SpecialistReferralMade made:
                // The count is the run the intent method reads when the referral is made.
                Require(made.SessionsWithoutProgress == _sessionsWithoutProgress, position, evt);
                Begin(ref context, InterventionAction.ReferToSpecialist, evt.At);
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
                Begin(ref context, referral.OriginKind == ReferralOriginKind.SessionsWithoutProgress ? InterventionAction.ReferToSpecialist : InterventionAction.Refer, evt.At);
                context.ReferralId = Present(referral.Referral, position, evt);
                return;
            case EventKind.ReferralStatusRecorded when evt is ReferralStatusRecorded status:
                Require(Enum.IsDefined(status.Action), position, evt);
                Begin(ref context, InterventionAction.RecordReferralStatus, evt.At);
                context.ReferralId = Present(status.Referral, position, evt);
                context.ReferralAction = status.Action;
                context.By = status.By;
                return;
            case EventKind.AspirationRecorded when evt is AspirationRecorded aspiration:
                Require(aspiration.Aspiration is { ExpressedBy.IsDefault: false }, position, evt);
                Begin(ref context, InterventionAction.RecordAspiration, evt.At);
                context.AgreedBy = aspiration.Aspiration.ExpressedBy;
                context.Session = aspiration.Aspiration.Session ?? default;
                return;
            case EventKind.InterventionPutOnHold when evt is InterventionPutOnHold hold:
                Begin(ref context, InterventionAction.PutOnHold, evt.At);
                context.ExpectedBy = hold.ExpectedBy;
                Require(Enum.IsDefined(hold.Reason), position, evt);
                return;
            case EventKind.InterventionClosed when evt is InterventionClosed closed:
                Begin(ref context, InterventionAction.Close, evt.At);
                context.Closure = closed.Reason;
                Require(Enum.IsDefined(closed.Reason), position, evt);
                return;
            case EventKind.SessionPlanned when evt is SessionPlanned planned:
                Begin(ref context, InterventionAction.PlanSession, evt.At);
                context.Session = Present(planned.Session, position, evt);
                context.PlannedStart = planned.Start;
                Require(planned.ZoneId is not null, position, evt);
                context.ZoneId = ZoneOrNull(planned.ZoneId!) is null ? throw InvalidHistory(position, evt, new Reason("history.unknown-zone")) : planned.ZoneId;
                return;
            case EventKind.SessionRecorded when evt is SessionRecorded recorded:
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
            case EventKind.SessionMissed when evt is SessionMissed missed:
                Begin(ref context, InterventionAction.MarkSessionMissed, evt.At);
                context.Session = Present(missed.Session, position, evt);
                return;
            case EventKind.SessionCancelled when evt is SessionCancelled cancelled:
                Begin(ref context, InterventionAction.CancelSession, evt.At);
                context.Session = Present(cancelled.Session, position, evt);
                return;
            case EventKind.ObjectiveProposed when evt is ObjectiveProposed proposed:
                Require(proposed.Objective is not null, position, evt);
                Begin(ref context, InterventionAction.ProposeObjective, evt.At);
                context.Objective = proposed.Objective;
                context.ObjectiveId = proposed.Objective!.Id;
                return;
            case EventKind.ObjectiveRevised when evt is ObjectiveRevised revised:
                Require(revised.Objective is not null, position, evt);
                Begin(ref context, InterventionAction.ReviseObjective, evt.At);
                context.Objective = revised.Objective;
                context.ObjectiveId = revised.Objective!.Id;
                return;
            case EventKind.ObjectiveAgreed when evt is ObjectiveAgreed agreed:
                // The agreement is dated by the event and recorded by its author, as the intent method builds it.
                Require(agreed.Agreement is { } a && a.At == evt.At && a.RecordedBy == evt.By, position, evt);
                Begin(ref context, InterventionAction.AgreeObjective, evt.At);
                context.ObjectiveId = Present(agreed.Objective, position, evt);
                context.Session = agreed.Agreement.Session;
                context.AgreedBy = agreed.Agreement.Client;
                return;
            case EventKind.DesiredBenefitAdded when evt is DesiredBenefitAdded added:
                Require(added.Benefit is not null, position, evt);
                Begin(ref context, InterventionAction.AddDesiredBenefit, evt.At);
                context.Benefit = added.Benefit;
                return;
            case EventKind.BarrierIdentified when evt is BarrierIdentified identified:
                Require(identified.Barrier is not null, position, evt);
                Begin(ref context, InterventionAction.IdentifyBarrier, evt.At);
                context.Barrier = identified.Barrier;
                context.BarrierId = identified.Barrier!.Id;
                return;
            case EventKind.BarrierStatusChanged when evt is BarrierStatusChanged changed:
                Require(Enum.IsDefined(changed.Status), position, evt);
                Begin(ref context, InterventionAction.ChangeBarrierStatus, evt.At);
                context.BarrierId = Present(changed.Barrier, position, evt);
                context.BarrierStatus = changed.Status;
                return;
            case EventKind.PlanActionAgreed when evt is PlanActionAgreed agreedAction:
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
            case EventKind.PlanActionStatusRecorded when evt is PlanActionStatusRecorded status:
                Require(Enum.IsDefined(status.Status), position, evt);
                Begin(ref context, InterventionAction.RecordActionStatus, evt.At);
                context.PlanActionId = Present(status.Action, position, evt);
                context.PlanActionStatus = status.Status;
                return;
            case EventKind.PlanActionReviewed when evt is PlanActionReviewed reviewed:
                Require(Enum.IsDefined(reviewed.Outcome) && reviewed.Outcome != PlanActionStatus.Agreed, position, evt);
                Begin(ref context, InterventionAction.ReviewAction, evt.At);
                context.PlanActionId = Present(reviewed.Action, position, evt);
                context.Session = Present(reviewed.Session, position, evt);
                context.PlanActionStatus = reviewed.Outcome;
                return;
            case EventKind.SituationAssessed when evt is SituationAssessed situation:
                Require(situation.Assessment is not null, position, evt);
                Begin(ref context, InterventionAction.AssessSituation, evt.At);
                context.Situation = situation.Assessment;
                context.KnownAt = situation.Assessment!.At;
                return;
            case EventKind.AutonomyAssessed when evt is AutonomyAssessed autonomy:
                Require(!autonomy.Assessment.IsDefault, position, evt);
                Begin(ref context, InterventionAction.AssessAutonomy, evt.At);
                context.Autonomy = autonomy.Assessment;
                context.KnownAt = autonomy.Assessment.At;
                return;
            case EventKind.OptionAdded when evt is OptionAdded added:
                Require(IsOptionLabel(added.Label) && added.Occupation is not { IsDefault: true }, position, evt);
                Begin(ref context, InterventionAction.AddOption, evt.At);
                context.OptionLabel = added.Label;
                return;
            case EventKind.DecisionAwaited:
            case EventKind.AwaitedDecisionReceived:
                DecisionContextOf(evt, position, ref context);
                return;
            default:
                // Evidence is judged as one action, whatever the fact; any other event is one this version does not know.
                if (evt is not EvidenceRecorded evidence)
                {
                    throw InvalidHistory(position, evt, new Reason("history.event-unknown"));
                }

                EvidenceContextOf(evidence, position, ref context);
                return;
        }
    }

    private void EvidenceContextOf(EvidenceRecorded evt, int position, ref ActionContext context)
    {
        Begin(ref context, InterventionAction.RecordEvidence, evt.At);
        switch (evt.Kind)
        {
            case EventKind.DecisionRecorded when evt is DecisionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                context.Session = fact.Session ?? default;
                break;
            case EventKind.OptionRecorded when evt is OptionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case EventKind.SituationRecorded when evt is SituationRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case EventKind.SatisfactionRecorded when evt is SatisfactionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case EventKind.IndicatorMeasured when evt is IndicatorMeasured { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                context.ObjectiveId = fact.Objective;
                break;
            case EventKind.InitialQuestionRecorded when evt is InitialQuestionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case EventKind.CounsellorObjectiveSet when evt is CounsellorObjectiveSet { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case EventKind.JudgementRecorded when evt is JudgementRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                context.Session = fact.Session ?? default;
                break;
            case EventKind.ContributionRecorded when evt is ContributionRecorded { Fact: { IsDefault: false } fact }:
                context.KnownAt = fact.KnownAt;
                break;
            case EventKind.CourseOutcomeRecorded when evt is CourseOutcomeRecorded { Fact: { IsDefault: false } fact }:
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
