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

    private static readonly InterventionRule OptionIsKnown = new OptionIsKnownRule();

    private static readonly InterventionRule OptionIsOpen = new OptionIsOpenRule();

    private static readonly InterventionRule[] ClockOnly = [ClockMovesForward];

    private static readonly InterventionRule[] CompleteIntakeGuards = [new IntakeRequiresHeldSessionRule(), new IntakeRequiresAutonomyAssessmentRule()];

    
    private static readonly InterventionRule[] ActivateGuards = [new ActivationRequiresAgreedSmartObjectiveRule()];

    private static readonly InterventionRule[] PutOnHoldGuards = [new HoldRequiresExpectedDateNotPastRule()];

    private static readonly InterventionRule[] StartFollowUpGuards = [new FollowUpRequiresNoPlannedSessionRule()];

    private static readonly InterventionRule[] CloseGuards =
        [new SuccessClosureRequiresActivePhaseRule(), new SuccessClosureRequiresAutonomyAssessmentRule(), new OneOffAdviceRequiresConcreteOutcomeRule(), new OneOffAdviceComesBeforeActionPlanRule()];

    private static readonly InterventionRule AgreementGivenByTheClient = new AgreementGivenByTheClientRule();

    private static readonly InterventionRule[] ShareDiagnosisGuards = [new DiagnosisRequiresHeldSessionRule(), new DiagnosisRequiresAssessedSituationRule(), AgreementGivenByTheClient];

    private static readonly InterventionRule ReferralIsNew = new ReferralIsNewRule();

    private static readonly InterventionRule ReferralServiceIsInCatalogue = new ReferralServiceIsInCatalogueRule();

    private static readonly InterventionRule[] ReferToSpecialistChecks = [ClockMovesForward, new SpecialistReferralIsRecommendedRule(), ReferralIsNew, ReferralServiceIsInCatalogue];

    private static readonly InterventionRule[] ReferChecks = [ClockMovesForward, ReferralIsNew, ReferralServiceIsInCatalogue];

    private static readonly InterventionRule[] RecordReferralStatusChecks = [ClockMovesForward, new ReferralIsKnownRule(), new ReferralLifecycleAllowsRule()];

    private static readonly InterventionRule[] PlanSessionChecks = [ClockMovesForward, new SessionIsNewRule(), new SessionStartsInFutureRule()];

    private static readonly InterventionRule[] RecordSessionChecks =
        [ClockMovesForward, new SessionIsRecordableRule(), new SessionHeldAfterOpeningRule(), new SessionHasConcreteOutcomeRule()];

    private static readonly InterventionRule[] MarkMissedChecks = [ClockMovesForward, new SessionIsPlannedRule(), new SessionIsDueRule()];

    private static readonly InterventionRule[] CancelChecks = [ClockMovesForward, new SessionIsPlannedRule()];

    private static readonly InterventionRule SessionIsHeld = new SessionIsHeldRule();

    private static readonly InterventionRule ObjectiveIsProposal = new ObjectiveIsProposalRule();

    private static readonly InterventionRule[] ObjectiveInputChecks =
        [new ObjectiveHasStatementRule(), new ObjectiveTargetNotNegativeRule(), new ObjectiveBaselineNotNegativeRule(), new ObjectiveBarriersKnownRule()];

    private static readonly InterventionRule[] ProposeObjectiveChecks =
        [ClockMovesForward, new ObjectiveIsNewRule(), ObjectiveIsProposal, .. ObjectiveInputChecks];

    private static readonly InterventionRule[] ReviseObjectiveChecks =
        [ClockMovesForward, new ObjectiveIsKnownRule(), ObjectiveIsProposal, .. ObjectiveInputChecks];

    private static readonly InterventionRule[] AgreeObjectiveChecks =
        [ClockMovesForward, new ObjectiveIsKnownRule(), ObjectiveIsProposal, new AgreementIsByTheClientRule(), SessionIsHeld];

    private static readonly InterventionRule[] AddBenefitChecks = [ClockMovesForward, new BenefitIsNewRule(), new BenefitObjectivesKnownRule()];

    private static readonly InterventionRule[] IdentifyBarrierChecks = [ClockMovesForward, new BarrierIsNewRule(), new BarrierBenefitKnownRule()];

    private static readonly InterventionRule[] ChangeBarrierChecks = [ClockMovesForward, new BarrierIsKnownRule(), new BarrierStatusChangesRule()];

    private static readonly InterventionRule[] AgreeActionChecks =
        [ClockMovesForward, new PlanActionIsNewRule(), new PlanActionObjectiveKnownRule(), new PlanActionOwnerIsThisClientsRule(), SessionIsHeld, AgreementGivenByTheClient];

    private static readonly InterventionRule PlanActionIsKnown = new PlanActionIsKnownRule();

    private static readonly InterventionRule PlanActionNotReviewed = new PlanActionNotReviewedRule();

    private static readonly InterventionRule[] RecordActionStatusChecks =
        [ClockMovesForward, PlanActionIsKnown, PlanActionNotReviewed, new PlanActionStatusChangesRule()];

    private static readonly InterventionRule[] ReviewActionChecks =
        [ClockMovesForward, PlanActionIsKnown, PlanActionNotReviewed, SessionIsHeld, new ReviewFollowsAgreementRule()];

    private static readonly InterventionRule EvidenceNamesKnownSession = new EvidenceNamesKnownSessionRule();

    private static readonly InterventionRule[] RecordEvidenceChecks =
        [ClockMovesForward, new EvidenceKnownWithinLifeRule(), EvidenceNamesKnownSession, new EvidenceNamesAgreedObjectiveRule(),
         new EvidenceObjectiveIsMeasurableRule(), new FollowUpAfterClosureRule(), OptionIsKnown, new OptionStaysResolvedRule()];

    private static readonly InterventionRule AssessmentWithinLife = new AssessmentWithinLifeRule();

    private static readonly InterventionRule[] AssessSituationChecks = [ClockMovesForward, AssessmentWithinLife, new SituationHasAViewRule()];

    private static readonly InterventionRule[] AssessAutonomyChecks = [ClockMovesForward, AssessmentWithinLife, new AutonomyScaleUnchangedRule()];

    private static readonly InterventionRule[] AddOptionChecks = [ClockMovesForward, new OptionIsNewRule()];

    private static readonly InterventionRule[] AwaitDecisionChecks = [ClockMovesForward, OptionIsKnown, OptionIsOpen, new DecisionIsNewRule()];

    private static readonly InterventionRule[] RecordDecisionOutcomeChecks = [ClockMovesForward, OptionIsKnown, new DecisionIsAwaitedRule(), new DecisionNotYetReceivedRule(), OptionIsOpen];

    private static readonly InterventionRule[] RecordAspirationChecks = [ClockMovesForward, new AspirationIsTheClientsRule(), EvidenceNamesKnownSession];

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
        InterventionAction.ProposeObjective => ProposeObjectiveChecks,
        InterventionAction.ReviseObjective => ReviseObjectiveChecks,
        InterventionAction.AgreeObjective => AgreeObjectiveChecks,
        InterventionAction.AddDesiredBenefit => AddBenefitChecks,
        InterventionAction.IdentifyBarrier => IdentifyBarrierChecks,
        InterventionAction.ChangeBarrierStatus => ChangeBarrierChecks,
        InterventionAction.AgreeAction => AgreeActionChecks,
        InterventionAction.RecordActionStatus => RecordActionStatusChecks,
        InterventionAction.ReviewAction => ReviewActionChecks,
        InterventionAction.RecordEvidence => RecordEvidenceChecks,
        InterventionAction.ReferToSpecialist => ReferToSpecialistChecks,
        InterventionAction.RecordAspiration => RecordAspirationChecks,
        InterventionAction.AssessSituation => AssessSituationChecks,
        InterventionAction.AssessAutonomy => AssessAutonomyChecks,
        InterventionAction.AddOption => AddOptionChecks,
        InterventionAction.Refer => ReferChecks,
        InterventionAction.RecordReferralStatus => RecordReferralStatusChecks,
        InterventionAction.AwaitDecision => AwaitDecisionChecks,
        InterventionAction.RecordDecisionOutcome => RecordDecisionOutcomeChecks,
        _ when Enum.IsDefined(action) => ClockOnly,
        _ => NoRules,
    };
}
