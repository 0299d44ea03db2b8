using System;
using System.Linq;
using Counselling.Core.Interventions.Rules;
using Stateless;

namespace Counselling.Core.Interventions;

/// <summary>
/// Configures the Stateless machine of an intervention's lifecycle. One machine per aggregate instance, kept private
/// inside it (a machine is not thread-safe); the same configuration also draws the diagrams.
/// </summary>
/// <remarks>
/// The path is individual, flexible, modulated. Superstates (<see cref="LifecycleStage.Open"/>,
/// <see cref="LifecycleStage.Accompaniment"/>, <see cref="LifecycleStage.ActionPlan"/>) carry what many stages share, so
/// each shared action is configured once and the diagram shows the shape: closing and planning sessions while open;
/// recording sessions once the client was met (on hold and in follow-up too); agreeing and reviewing actions once the
/// plan exists (while waiting for an outside answer, and in follow-up, which may turn back into active help).
/// </remarks>
internal static class Lifecycle
{
    /// <summary>Builds a machine over the aggregate's state.</summary>
    /// <param name="read">Reads the aggregate's state.</param>
    /// <param name="write">Writes the aggregate's state.</param>
    /// <param name="evaluate">Evaluates a rule for the action being fired.</param>
    /// <param name="unhandled">Called when an action is not allowed in the state: it throws the refusal.</param>
    /// <returns>The configured machine; its states are the aggregate's, plus superstates it never rests in.</returns>
    public static StateMachine<LifecycleStage, InterventionAction> Build(
        Func<InterventionState> read,
        Action<InterventionState> write,
        Func<InterventionRule, bool> evaluate,
        Action<InterventionState, InterventionAction> unhandled)
    {
        var machine = new StateMachine<LifecycleStage, InterventionAction>(() => (LifecycleStage)read(), s => write(ToState(s)), FiringMode.Queued);
        machine.OnUnhandledTrigger((stage, action) => unhandled(ToState(stage), action));

        void Transition(LifecycleStage from, InterventionAction action, LifecycleStage to)
        {
            var guards = InterventionRules.GuardsFor(action);
            var config = machine.Configure(from);
            if (guards.Length == 0)
            {
                config.Permit(action, to);
            }
            else
            {
                config.PermitIf(action, to, guards.Select(rule => new Tuple<Func<bool>, string>(() => evaluate(rule), rule.Description)).ToArray());
            }
        }

        void Internal(LifecycleStage stage, params InterventionAction[] actions)
        {
            var config = machine.Configure(stage);
            foreach (var action in actions)
            {
                var checks = InterventionRules.ChecksFor(action).Where(rule => !rule.IsJudgedInEveryState).ToArray();
                config.InternalTransitionIf(
                    action,
                    _ => Array.TrueForAll(checks, rule => evaluate(rule)),
                    static _ => { },
                    string.Join("; ", checks.Select(rule => rule.Description)));
            }
        }

        // The shape: open stages, within them the accompaniment (the client was met), within it the action plan.
        machine.Configure(LifecycleStage.Requested).SubstateOf(LifecycleStage.Open);
        machine.Configure(LifecycleStage.Accompaniment).SubstateOf(LifecycleStage.Open);
        machine.Configure(LifecycleStage.Intake).SubstateOf(LifecycleStage.Accompaniment);
        machine.Configure(LifecycleStage.SharedDiagnosis).SubstateOf(LifecycleStage.Accompaniment);
        machine.Configure(LifecycleStage.ActionPlan).SubstateOf(LifecycleStage.Accompaniment);
        machine.Configure(LifecycleStage.Planning).SubstateOf(LifecycleStage.ActionPlan);
        machine.Configure(LifecycleStage.Active).SubstateOf(LifecycleStage.ActionPlan);
        machine.Configure(LifecycleStage.OnHold).SubstateOf(LifecycleStage.ActionPlan);
        machine.Configure(LifecycleStage.FollowUp).SubstateOf(LifecycleStage.ActionPlan);

        // The main path, and its turns: a hold resumes, a follow-up may turn back into active help.
        Transition(LifecycleStage.Requested, InterventionAction.StartIntake, LifecycleStage.Intake);
        Transition(LifecycleStage.Intake, InterventionAction.CompleteIntake, LifecycleStage.SharedDiagnosis);
        Transition(LifecycleStage.SharedDiagnosis, InterventionAction.ShareDiagnosis, LifecycleStage.Planning);
        Transition(LifecycleStage.Planning, InterventionAction.Activate, LifecycleStage.Active);
        Transition(LifecycleStage.Active, InterventionAction.PutOnHold, LifecycleStage.OnHold);
        Transition(LifecycleStage.OnHold, InterventionAction.Resume, LifecycleStage.Active);
        Transition(LifecycleStage.Active, InterventionAction.StartFollowUp, LifecycleStage.FollowUp);
        Transition(LifecycleStage.FollowUp, InterventionAction.ResumeActiveHelp, LifecycleStage.Active);

        // Open: any stage may close (a one-off piece of advice too), plan sessions and hear the client's aspirations.
        Transition(LifecycleStage.Open, InterventionAction.Close, LifecycleStage.Closed);
        Internal(
            LifecycleStage.Open,
            InterventionAction.PlanSession,
            InterventionAction.MarkSessionMissed,
            InterventionAction.CancelSession,
            InterventionAction.RecordAspiration);

        // Once the client was met: sessions are recorded in every stage, and a specialist may be called in.
        Internal(LifecycleStage.Accompaniment, InterventionAction.RecordSession, InterventionAction.ReferToSpecialist);

        // All along the accompaniment: the global situation and the client's autonomy are assessed, options are explored.
        Internal(LifecycleStage.Accompaniment, InterventionAction.AssessSituation, InterventionAction.AssessAutonomy, InterventionAction.AddOption);
        // Options wait for decisions from outside; their answers, like a referral's, may come after the closure.
        Internal(LifecycleStage.Accompaniment, InterventionAction.AwaitDecision, InterventionAction.RecordDecisionOutcome);
        Internal(LifecycleStage.Closed, InterventionAction.RecordDecisionOutcome);
        // Once the client was met, the client may be referred to a service; the referral's answer may come after the closure.
        Internal(LifecycleStage.Accompaniment, InterventionAction.Refer, InterventionAction.RecordReferralStatus);
        Internal(LifecycleStage.Closed, InterventionAction.RecordReferralStatus);

        // Barriers surface in the shared diagnosis; objectives and benefits are co-defined in planning and carried on.
        Internal(LifecycleStage.SharedDiagnosis, InterventionAction.IdentifyBarrier);
        foreach (var stage in (ReadOnlySpan<LifecycleStage>)[LifecycleStage.Planning, LifecycleStage.Active])
        {
            Internal(
                stage,
                InterventionAction.ProposeObjective,
                InterventionAction.ReviseObjective,
                InterventionAction.AgreeObjective,
                InterventionAction.AddDesiredBenefit,
                InterventionAction.IdentifyBarrier);
        }

        // The action plan lives on through a hold and a follow-up: work between sessions goes on while waiting.
        Internal(
            LifecycleStage.ActionPlan,
            InterventionAction.ChangeBarrierStatus,
            InterventionAction.AgreeAction,
            InterventionAction.RecordActionStatus,
            InterventionAction.ReviewAction);

        // Evidence for the evaluation is a fact, recorded at any stage; a closed intervention accepts it without changing state.
        Internal(LifecycleStage.Open, InterventionAction.RecordEvidence);
        Internal(LifecycleStage.Closed, InterventionAction.RecordEvidence);

        return machine;
    }

    /// <summary>Gets the state an event leaves the intervention in, or <see langword="null"/> if the event changes no state.</summary>
    public static InterventionState? TargetOf(Events.InterventionEvent evt) => evt switch
    {
        Events.InterventionOpened => InterventionState.Requested,
        Events.IntakeStarted => InterventionState.Intake,
        Events.IntakeCompleted => InterventionState.SharedDiagnosis,
        Events.DiagnosisShared => InterventionState.Planning,
        Events.InterventionActivated => InterventionState.Active,
        Events.InterventionPutOnHold => InterventionState.OnHold,
        Events.InterventionResumed => InterventionState.Active,
        Events.ActiveHelpResumed => InterventionState.Active,
        Events.FollowUpStarted => InterventionState.FollowUp,
        Events.InterventionClosed => InterventionState.Closed,
        _ => null,
    };

    private static InterventionState ToState(LifecycleStage stage)
        => stage <= LifecycleStage.Closed
            ? (InterventionState)stage
            : throw new InvalidOperationException("An intervention never rests in a superstate of its lifecycle.");
}
