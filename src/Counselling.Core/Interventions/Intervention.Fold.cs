using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Services;
using Counselling.Core.Situation;

namespace Counselling.Core.Interventions;

/// <content>
/// The fold: every event's effect on the aggregate's state, in one place. An intent method and the validated rebuild both
/// come here once the event is decided, so the state an intervention reaches never depends on how its events arrived.
/// <see cref="Apply(InterventionEvent, EventKind, bool)"/> dispatches once on the event's <see cref="EventKind"/> (one virtual read and one jump, not a chain
/// of type tests) to one method per event. Nothing here judges: the rules did that before.
/// </content>
public sealed partial class Intervention
{
    // A session recorded without progress completed a run of the programme's length: the rules recommend a specialist
    // with it. The intent method records the recommendation at once; a rebuild expects it as the next event.
    private bool _referralDue;

    private void Apply(InterventionEvent evt, bool replay) => Apply(evt, evt.Kind, replay);

    /// <summary>Applies an event whose kind the caller already read (the rebuild reads it once per event).</summary>
    private void Apply(InterventionEvent evt, EventKind kind, bool replay)
    {
        if (!replay)
        {
            // Each event carries its position in the stream, so a store refuses a second append at the same position.
            // The event was built by the intent method and is shared with nobody yet: stamped, not cloned.
            evt.StampPosition(_history.Count + 1);
        }

        switch (kind)
        {
            case EventKind.InterventionOpened:
                _opened = (InterventionOpened)evt;
                break;
            case EventKind.IntakeStarted:
            case EventKind.IntakeCompleted:
            case EventKind.InterventionActivated:
            case EventKind.FollowUpStarted:
            case EventKind.ActiveHelpResumed:
                // The lifecycle's state moved when the action was decided; nothing else changes.
                break;
            case EventKind.InterventionPutOnHold:
                On((InterventionPutOnHold)evt);
                break;
            case EventKind.InterventionResumed:
                Hold = null;
                break;
            case EventKind.InterventionClosed:
                On((InterventionClosed)evt);
                break;
            case EventKind.SessionPlanned:
                On((SessionPlanned)evt);
                break;
            case EventKind.SessionRecorded:
                On((SessionRecorded)evt);
                break;
            case EventKind.SessionMissed:
                ChangeSessionStatus(((SessionMissed)evt).Session, SessionStatus.Missed);
                break;
            case EventKind.SessionCancelled:
                ChangeSessionStatus(((SessionCancelled)evt).Session, SessionStatus.Cancelled);
                break;
            case EventKind.SituationAssessed:
                _situations.Add(((SituationAssessed)evt).Assessment);
                break;
            case EventKind.AutonomyAssessed:
                On((AutonomyAssessed)evt);
                break;
            case EventKind.OptionAdded:
                On((OptionAdded)evt);
                break;
            case EventKind.OptionRecorded:
                On((OptionRecorded)evt);
                break;
            case EventKind.DecisionAwaited:
                On((DecisionAwaited)evt);
                break;
            case EventKind.AwaitedDecisionReceived:
                On((AwaitedDecisionReceived)evt);
                break;
            case EventKind.DiagnosisShared:
                if (((DiagnosisShared)evt).Agreement is { } agreement)
                {
                    Diagnosis = agreement;
                }

                break;
            case EventKind.SpecialistReferralRecommended:
                _specialistReferred = false;
                _referralDue = false;
                break;
            case EventKind.SpecialistReferralMade:
                // Stored before referrals went through the catalogue: it answers the recommendation, with no referral to follow.
                _specialistReferred = true;
                break;
            case EventKind.AspirationRecorded:
                (_aspirations ??= []).Add(((AspirationRecorded)evt).Aspiration);
                break;
            case EventKind.ReferralMade:
                On((ReferralMade)evt);
                break;
            case EventKind.ReferralStatusRecorded:
                On((ReferralStatusRecorded)evt);
                break;
            case EventKind.ObjectiveProposed:
                _objectives.Add(((ObjectiveProposed)evt).Objective);
                break;
            case EventKind.ObjectiveRevised:
                var revised = ((ObjectiveRevised)evt).Objective;
                _objectives[_objectives.IndexOfRecorded(revised.Id)] = revised;
                break;
            case EventKind.ObjectiveAgreed:
                On((ObjectiveAgreed)evt);
                break;
            case EventKind.DesiredBenefitAdded:
                _benefits.Add(((DesiredBenefitAdded)evt).Benefit);
                break;
            case EventKind.BarrierIdentified:
                BarrierList.Add(((BarrierIdentified)evt).Barrier);
                break;
            case EventKind.BarrierStatusChanged:
                On((BarrierStatusChanged)evt);
                break;
            case EventKind.PlanActionAgreed:
                _actions.Add(((PlanActionAgreed)evt).Action);
                _actionFacts++;
                break;
            case EventKind.PlanActionStatusRecorded:
                On((PlanActionStatusRecorded)evt);
                break;
            case EventKind.PlanActionReviewed:
                On((PlanActionReviewed)evt);
                break;
            default:
                // Evidence other than an option's status: its facts live in the history, where the case record reads them.
                if (evt is not EvidenceRecorded)
                {
                    throw new ArgumentException("The history holds an event this version does not know: " + evt.GetType().Name + ".", nameof(evt));
                }

                break;
        }

        _history.Append(evt);
    }

    private void On(InterventionPutOnHold hold) => Hold = new Hold(hold.Reason, hold.ExpectedBy, hold.At);

    private void On(InterventionClosed closed)
    {
        Hold = null;
        ClosureReason = closed.Reason;
        ClosedAt = closed.At;
        for (var i = 0; i < _sessions.Count; i++)
        {
            if (_sessions[i].Status == SessionStatus.Planned)
            {
                _sessionFacts++;
                ChangeableSession(i).Status = SessionStatus.Cancelled;
            }
        }
    }

    private void On(SessionPlanned planned)
    {
        _sessions.Add(new Session(planned.Session, planned.Start, planned.ZoneId, SessionStatus.Planned, null, [], SessionProgress.NotAssessed));
        _plannedSessions++;
        _sessionFacts++;
    }

    private void On(SessionRecorded recorded)
    {
        var index = IndexOf(recorded.Session);
        if (index < 0)
        {
            _sessions.Add(new Session(recorded.Session, null, null, SessionStatus.Held, recorded.HeldAt, recorded.Outcomes, recorded.Progress));
        }
        else
        {
            var session = ChangeableSession(index);
            session.Status = SessionStatus.Held;
            session.HeldAt = recorded.HeldAt;
            session.Outcomes = recorded.Outcomes;
            session.Progress = recorded.Progress;
        }

        _heldSessions++;
        _sessionFacts++;

        // The only place the run of sessions without progress or without a concrete outcome is counted.
        var outcomes = recorded.Outcomes.IsDefault ? 0 : recorded.Outcomes.Length;
        var stalled = recorded.Progress == SessionProgress.NoProgress || outcomes == 0;
        _sessionsWithoutProgress = stalled ? _sessionsWithoutProgress + 1
            : recorded.Progress == SessionProgress.Progressed ? 0
            : _sessionsWithoutProgress;
        _referralDue = stalled && _sessionsWithoutProgress % Programme.SessionsWithoutProgressBeforeReferral == 0;
    }

    private void ChangeSessionStatus(SessionId id, SessionStatus status)
    {
        var index = IndexOf(id);
        if (index < 0)
        {
            throw new ArgumentException("The history names a session that was never planned.", nameof(id));
        }

        ChangeableSession(index).Status = status;
        _sessionFacts++;
    }

    /// <summary>
    /// The session at a position, ready to change: itself while the sessions were never handed out, otherwise a copy put in
    /// its place, so a session handed out never changes.
    /// </summary>
    private Session ChangeableSession(int index)
    {
        var session = _sessions[index];

        // A session leaves the planned ones when it is held, missed or cancelled; none goes back to planned.
        if (session.Status == SessionStatus.Planned)
        {
            _plannedSessions--;
        }

        if (_sessionsShared)
        {
            session = session with { };
            _sessions[index] = session;
        }

        return session;
    }

    private void On(AutonomyAssessed autonomy)
    {
        if (_autonomy.Capacity == 0)
        {
            // Most interventions assess autonomy twice, at intake and at closure: no room for four large values.
            _autonomy.Capacity = 2;
        }

        _autonomy.Add(autonomy.Assessment);
        AutonomyAssessedAtIntake |= autonomy.Assessment.Moment == AssessmentMoment.Intake;
        AutonomyAssessedAtClosure |= autonomy.Assessment.Moment == AssessmentMoment.Closure;
    }

    private void On(OptionAdded added)
    {
        _options.Add(new PlanOption(added.Label, added.Occupation, added.At, OptionStatus.Explored, null, added.At));
        TrackOpen(added.Label, added.At);
    }

    private void On(OptionRecorded recorded)
    {
        TrackOption(recorded.Fact);
        for (var i = 0; i < _options.Count; i++)
        {
            if (string.Equals(_options[i].Label, recorded.Fact.Label, StringComparison.Ordinal))
            {
                if (_optionsShared)
                {
                    _options[i] = _options[i].WithStatus(recorded.Fact);
                }
                else
                {
                    _options[i].ChangeStatus(recorded.Fact);
                }
            }
        }
    }

    private void On(DecisionAwaited awaited)
    {
        if (OptionIndex(awaited.Option) is var i and >= 0)
        {
            _awaitedDecisions++;
            _options[i] = _options[i].Awaiting(awaited.Decision, awaited.Label, awaited.ExpectedOn, awaited.At);
            TrackOptionOf(i, awaited);
        }
    }

    private void On(AwaitedDecisionReceived received)
    {
        if (OptionIndex(received.Option) is var i and >= 0)
        {
            _options[i] = _options[i].Receiving(received.Decision, received.Outcome, received.At);
            TrackOptionOf(i, received);
        }
    }

    /// <summary>The option's new status is a fact the one-truth rules know, as the case record reads it.</summary>
    private void TrackOptionOf(int option, InterventionEvent evt) => TrackOption(_options[option].ToFact(evt.At, evt.By.Kind));

    private int OptionIndex(string label)
    {
        for (var i = 0; i < _options.Count; i++)
        {
            if (string.Equals(_options[i].Label, label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void On(ReferralMade made)
    {
        var origin = ReferralOrigin.Of(made.OriginKind, made.SessionsWithoutProgress);
        var referral = Referral.Made(made.Referral, Id, made.Service, origin, made.At, made.By, _clock);
        (_referrals ??= []).Add(made.Referral, referral);
        ReferralList.Add(new ReferralEntry(made.Referral, made.Service, made.ServiceName, made.Organization, Actor.Client(ClientId), origin, referral.State, [.. referral.History])
        {
            ProviderName = made.OrganizationName,
        });
        if (made.OriginKind == ReferralOriginKind.SessionsWithoutProgress)
        {
            _specialistReferred = true;
        }
    }

    private void On(ReferralStatusRecorded recorded)
    {
        var known = _referrals![recorded.Referral];
        known.RecordAt(recorded.Action, recorded.By, recorded.At);
        var entries = ReferralList;
        var i = entries.IndexOfRecorded(recorded.Referral);
        entries[i] = entries[i] with { State = known.State, Changes = [.. known.History] };
    }

    private void On(ObjectiveAgreed agreed)
    {
        var i = _objectives.IndexOfRecorded(agreed.Objective);
        _objectives[i] = _objectives[i].WithAgreement(agreed.Agreement);
    }

    private void On(BarrierStatusChanged changed)
    {
        var barriers = BarrierList;
        var i = barriers.IndexOfRecorded(changed.Barrier);
        barriers[i] = barriers[i] with { Status = changed.Status };
    }

    private void On(PlanActionStatusRecorded recorded)
    {
        var i = _actions.IndexOfRecorded(recorded.Action);
        _actions.RecordStatus(i, recorded.Status);
        _actionFacts++;
    }

    private void On(PlanActionReviewed reviewed)
    {
        var i = _actions.IndexOfRecorded(reviewed.Action);
        _actions.Review(i, reviewed.Session, reviewed.Outcome);
        _actionFacts++;
    }
}
