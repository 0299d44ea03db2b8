using System;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// Which rules judge which action. <see cref="GuardsFor"/> are the lifecycle's guards (labelled in the diagrams);
/// <see cref="ChecksFor"/> judge the action's arguments and the aggregate's data. Both give reasons when broken.
/// </summary>
/// <remarks>Rules are immutable and stateless, so one set serves every intervention.</remarks>
internal static class InterventionRules
{
    private static readonly InterventionRule ClockMovesForward = new ClockMovesForwardRule();

    private static readonly InterventionRule[] NoRules = [];

    private static readonly InterventionRule[] ClockOnly = [ClockMovesForward];

    private static readonly InterventionRule[] CompleteIntakeGuards = [new IntakeRequiresHeldSessionRule()];

    private static readonly InterventionRule[] ShareDiagnosisGuards = [new DiagnosisRequiresHeldSessionRule()];

    private static readonly InterventionRule[] ActivateGuards = [new ActivationRequiresAgreedSmartObjectiveRule()];

    private static readonly InterventionRule[] PutOnHoldGuards = [new HoldRequiresExpectedDateNotPastRule()];

    private static readonly InterventionRule[] StartFollowUpGuards = [new FollowUpRequiresNoPlannedSessionRule()];

    private static readonly InterventionRule[] CloseGuards = [new SuccessClosureRequiresActivePhaseRule()];

    private static readonly InterventionRule[] PlanSessionChecks = [ClockMovesForward, new SessionIsNewRule(), new SessionStartsInFutureRule()];

    private static readonly InterventionRule[] RecordSessionChecks =
        [ClockMovesForward, new SessionIsRecordableRule(), new SessionHeldAfterOpeningRule(), new SessionHasConcreteOutcomeRule()];

    private static readonly InterventionRule[] MarkMissedChecks = [ClockMovesForward, new SessionIsPlannedRule(), new SessionIsDueRule()];

    private static readonly InterventionRule[] CancelChecks = [ClockMovesForward, new SessionIsPlannedRule()];

    /// <summary>Gets the lifecycle guards of an action's transition.</summary>
    public static InterventionRule[] GuardsFor(InterventionAction action) => action switch
    {
        InterventionAction.CompleteIntake => CompleteIntakeGuards,
        InterventionAction.ShareDiagnosis => ShareDiagnosisGuards,
        InterventionAction.Activate => ActivateGuards,
        InterventionAction.PutOnHold => PutOnHoldGuards,
        InterventionAction.StartFollowUp => StartFollowUpGuards,
        InterventionAction.Close => CloseGuards,
        _ => NoRules,
    };

    /// <summary>Gets the checks of an action's arguments and of the aggregate's data.</summary>
    public static InterventionRule[] ChecksFor(InterventionAction action) => action switch
    {
        InterventionAction.PlanSession => PlanSessionChecks,
        InterventionAction.RecordSession => RecordSessionChecks,
        InterventionAction.MarkSessionMissed => MarkMissedChecks,
        InterventionAction.CancelSession => CancelChecks,
        _ when Enum.IsDefined(action) => ClockOnly,
        _ => NoRules,
    };
}
