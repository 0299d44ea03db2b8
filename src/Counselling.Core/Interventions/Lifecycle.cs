using System;
using System.Linq;
using Counselling.Core.Interventions.Rules;
using Stateless;

namespace Counselling.Core.Interventions;

/// <summary>
/// Configures the Stateless machine of an intervention's lifecycle. One machine per aggregate instance, kept private
/// inside it (a machine is not thread-safe); the same configuration also draws the diagrams.
/// </summary>
internal static class Lifecycle
{
    private static readonly InterventionState[] OpenStates =
    [
        InterventionState.Requested, InterventionState.Intake, InterventionState.SharedDiagnosis, InterventionState.Planning,
        InterventionState.Active, InterventionState.OnHold, InterventionState.FollowUp,
    ];

    /// <summary>Builds a machine over the aggregate's state.</summary>
    /// <param name="read">Reads the aggregate's state.</param>
    /// <param name="write">Writes the aggregate's state.</param>
    /// <param name="evaluate">Evaluates a rule for the action being fired.</param>
    /// <param name="unhandled">Called when an action is not allowed in the state: it throws the refusal.</param>
    /// <returns>The configured machine.</returns>
    public static StateMachine<InterventionState, InterventionAction> Build(
        Func<InterventionState> read,
        Action<InterventionState> write,
        Func<InterventionRule, bool> evaluate,
        Action<InterventionState, InterventionAction> unhandled)
    {
        var machine = new StateMachine<InterventionState, InterventionAction>(read, write, FiringMode.Queued);
        machine.OnUnhandledTrigger(unhandled);

        void Transition(InterventionState from, InterventionAction action, InterventionState to)
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

        void Internal(StateMachine<InterventionState, InterventionAction>.StateConfiguration config, InterventionAction action)
        {
            var checks = InterventionRules.ChecksFor(action).Where(rule => rule is not ClockMovesForwardRule).ToArray();
            config.InternalTransitionIf(
                action,
                _ => Array.TrueForAll(checks, rule => evaluate(rule)),
                static _ => { },
                string.Join("; ", checks.Select(rule => rule.Description)));
        }

        void Sessions(InterventionState state, bool record)
        {
            var config = machine.Configure(state);
            Internal(config, InterventionAction.PlanSession);
            Internal(config, InterventionAction.MarkSessionMissed);
            Internal(config, InterventionAction.CancelSession);
            if (record)
            {
                Internal(config, InterventionAction.RecordSession);
            }
        }

        Transition(InterventionState.Requested, InterventionAction.StartIntake, InterventionState.Intake);
        Transition(InterventionState.Intake, InterventionAction.CompleteIntake, InterventionState.SharedDiagnosis);
        Transition(InterventionState.SharedDiagnosis, InterventionAction.ShareDiagnosis, InterventionState.Planning);
        Transition(InterventionState.Planning, InterventionAction.Activate, InterventionState.Active);
        Transition(InterventionState.Active, InterventionAction.PutOnHold, InterventionState.OnHold);
        Transition(InterventionState.OnHold, InterventionAction.Resume, InterventionState.Active);
        Transition(InterventionState.Active, InterventionAction.StartFollowUp, InterventionState.FollowUp);
        foreach (var state in OpenStates)
        {
            Transition(state, InterventionAction.Close, InterventionState.Closed);
            Sessions(state, record: state is not InterventionState.Requested and not InterventionState.OnHold);
        }

        // Objectives, benefits, barriers and the action plan: co-defined in planning, carried on in the active phase.
        void Plan(InterventionState state, params InterventionAction[] actions)
        {
            var config = machine.Configure(state);
            foreach (var action in actions)
            {
                Internal(config, action);
            }
        }

        Plan(InterventionState.SharedDiagnosis, InterventionAction.IdentifyBarrier);
        foreach (var state in (ReadOnlySpan<InterventionState>)[InterventionState.Planning, InterventionState.Active])
        {
            Plan(
                state,
                InterventionAction.ProposeObjective,
                InterventionAction.ReviseObjective,
                InterventionAction.AgreeObjective,
                InterventionAction.AddDesiredBenefit,
                InterventionAction.IdentifyBarrier,
                InterventionAction.ChangeBarrierStatus,
                InterventionAction.AgreeAction,
                InterventionAction.RecordActionStatus,
                InterventionAction.ReviewAction);
        }

        Plan(InterventionState.OnHold, InterventionAction.ChangeBarrierStatus, InterventionAction.RecordActionStatus);

        // Evidence for the evaluation is a fact, recorded at any stage; a closed intervention accepts it without changing state.
        foreach (var state in Enum.GetValues<InterventionState>())
        {
            Internal(machine.Configure(state), InterventionAction.RecordEvidence);
        }

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
        Events.FollowUpStarted => InterventionState.FollowUp,
        Events.InterventionClosed => InterventionState.Closed,
        _ => null,
    };
}
