using System;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// Which rules judge which action, one <see cref="ActionRules{TInput}"/> per action, typed on its input. Its guards are the
/// lifecycle's (labelled in the diagrams); its checks judge the action's arguments and the aggregate's data. Both give
/// reasons when broken.
/// </summary>
/// <remarks>Rules are immutable and stateless, so one set serves every intervention.</remarks>
internal static class InterventionRules
{
    /// <summary>Gets the rule every action is judged by first, in every state.</summary>
    public static readonly ClockMovesForwardRule ClockMovesForward = new();

    public static readonly ActionRules<TransitionInput> StartIntake = new([], []);

    public static readonly ActionRules<TransitionInput> CompleteIntake =
        new([], [new IntakeRequiresHeldSessionRule(), new IntakeRequiresAutonomyAssessmentRule()]);

    public static readonly ActionRules<TransitionInput> Activate = new([], [new ActivationRequiresAgreedSmartObjectiveRule()]);

    public static readonly ActionRules<TransitionInput> Resume = new([], []);

    public static readonly ActionRules<TransitionInput> StartFollowUp = new([], [new FollowUpRequiresNoPlannedSessionRule()]);

    public static readonly ActionRules<TransitionInput> ResumeActiveHelp = new([], []);

    public static readonly ActionRules<HoldInput> PutOnHold = new([], [new HoldRequiresExpectedDateNotPastRule()]);

    public static readonly ActionRules<CloseInput> Close = new(
        [],
        [new SuccessClosureRequiresActivePhaseRule(), new SuccessClosureRequiresAutonomyAssessmentRule(), new OneOffAdviceRequiresConcreteOutcomeRule(), new OneOffAdviceComesBeforeActionPlanRule()]);

    public static readonly ActionRules<DiagnosisInput> ShareDiagnosis = new(
        [],
        [new DiagnosisRequiresHeldSessionRule(), new DiagnosisRequiresAssessedSituationRule(), new AgreementGivenByTheClientRule<DiagnosisInput>()]);

    public static readonly ActionRules<ReferralInput> ReferToSpecialist =
        Only(new SpecialistReferralIsRecommendedRule(), new ReferralIsNewRule(), new ReferralServiceIsInCatalogueRule());

    public static readonly ActionRules<ReferralInput> Refer = Only(new ReferralIsNewRule(), new ReferralServiceIsInCatalogueRule());

    public static readonly ActionRules<ReferralStatusInput> RecordReferralStatus =
        Only(new ReferralIsKnownRule(), new ReferralLifecycleAllowsRule());

    public static readonly ActionRules<PlanSessionInput> PlanSession = Only(new SessionIsNewRule(), new SessionStartsInFutureRule());

    public static readonly ActionRules<RecordSessionInput> RecordSession =
        Only(new SessionIsRecordableRule(), new SessionHeldAfterOpeningRule(), new SessionHasConcreteOutcomeRule());

    public static readonly ActionRules<SessionInput> MarkSessionMissed = Only(new SessionIsPlannedRule(), new SessionIsDueRule());

    public static readonly ActionRules<SessionInput> CancelSession = Only(new SessionIsPlannedRule());

    public static readonly ActionRules<ObjectiveInput> ProposeObjective =
        Only<ObjectiveInput>([new ObjectiveIsNewRule(), new ObjectiveIsProposalRule<ObjectiveInput>(), .. ObjectiveInputChecks()]);

    public static readonly ActionRules<ObjectiveInput> ReviseObjective =
        Only<ObjectiveInput>([new ObjectiveIsKnownRule<ObjectiveInput>(), new ObjectiveIsProposalRule<ObjectiveInput>(), .. ObjectiveInputChecks()]);

    public static readonly ActionRules<ObjectiveAgreementInput> AgreeObjective = Only(
        
        new ObjectiveIsKnownRule<ObjectiveAgreementInput>(),
        new ObjectiveIsProposalRule<ObjectiveAgreementInput>(),
        new AgreementIsByTheClientRule(),
        new SessionIsHeldRule<ObjectiveAgreementInput>());

    public static readonly ActionRules<BenefitInput> AddDesiredBenefit = Only(new BenefitIsNewRule(), new BenefitObjectivesKnownRule());

    public static readonly ActionRules<BarrierInput> IdentifyBarrier = Only(new BarrierIsNewRule(), new BarrierBenefitKnownRule());

    public static readonly ActionRules<BarrierStatusInput> ChangeBarrierStatus = Only(new BarrierIsKnownRule(), new BarrierStatusChangesRule());

    public static readonly ActionRules<PlanActionInput> AgreeAction = Only(
        
        new PlanActionIsNewRule(),
        new PlanActionObjectiveKnownRule(),
        new PlanActionOwnerIsThisClientsRule(),
        new SessionIsHeldRule<PlanActionInput>(),
        new AgreementGivenByTheClientRule<PlanActionInput>());

    public static readonly ActionRules<ActionStatusInput> RecordActionStatus = Only(
        new PlanActionIsKnownRule<ActionStatusInput>(), new PlanActionNotReviewedRule<ActionStatusInput>(), new PlanActionStatusChangesRule());

    public static readonly ActionRules<ReviewInput> ReviewAction = Only(
        
        new PlanActionIsKnownRule<ReviewInput>(),
        new PlanActionNotReviewedRule<ReviewInput>(),
        new SessionIsHeldRule<ReviewInput>(),
        new ReviewFollowsAgreementRule());

    public static readonly ActionRules<EvidenceInput> RecordEvidence = Only(
        
        new EvidenceKnownWithinLifeRule(),
        new EvidenceNamesKnownSessionRule<EvidenceInput>(),
        new EvidenceNamesAgreedObjectiveRule(),
        new EvidenceObjectiveIsMeasurableRule(),
        new FollowUpAfterClosureRule(),
        new OptionIsKnownRule<EvidenceInput>(),
        new OptionStaysResolvedRule());

    public static readonly ActionRules<SituationInput> AssessSituation =
        Only(new AssessmentWithinLifeRule<SituationInput>(), new SituationHasAViewRule());

    public static readonly ActionRules<AutonomyInput> AssessAutonomy =
        Only(new AssessmentWithinLifeRule<AutonomyInput>(), new AutonomyScaleUnchangedRule());

    public static readonly ActionRules<AddOptionInput> AddOption = Only(new OptionIsNewRule());

    public static readonly ActionRules<AwaitDecisionInput> AwaitDecision = Only(
        new OptionIsKnownRule<AwaitDecisionInput>(), new OptionIsOpenRule<AwaitDecisionInput>(), new DecisionIsNewRule());

    public static readonly ActionRules<DecisionOutcomeInput> RecordDecisionOutcome = Only(
        
        new OptionIsKnownRule<DecisionOutcomeInput>(),
        new DecisionIsAwaitedRule(),
        new DecisionNotYetReceivedRule(),
        new OptionIsOpenRule<DecisionOutcomeInput>());

    public static readonly ActionRules<AspirationInput> RecordAspiration =
        Only(new AspirationIsTheClientsRule(), new EvidenceNamesKnownSessionRule<AspirationInput>());

    private static readonly InterventionRule[] NoRules = [];

    /// <summary>Gets the rules of a transition with no argument.</summary>
    public static ActionRules<TransitionInput> Transition(InterventionAction action) => action switch
    {
        InterventionAction.StartIntake => StartIntake,
        InterventionAction.CompleteIntake => CompleteIntake,
        InterventionAction.Activate => Activate,
        InterventionAction.Resume => Resume,
        InterventionAction.StartFollowUp => StartFollowUp,
        _ => ResumeActiveHelp,
    };

    /// <summary>Gets the lifecycle guards of an action's transition, as the diagrams label them.</summary>
    public static InterventionRule[] GuardsFor(InterventionAction action) => action switch
    {
        InterventionAction.CompleteIntake => CompleteIntake.Guards,
        InterventionAction.ShareDiagnosis => ShareDiagnosis.Guards,
        InterventionAction.Activate => Activate.Guards,
        InterventionAction.PutOnHold => PutOnHold.Guards,
        InterventionAction.StartFollowUp => StartFollowUp.Guards,
        InterventionAction.Close => Close.Guards,
        _ => NoRules,
    };

    /// <summary>Gets the checks of an action's arguments and of the aggregate's data, as the diagrams label them.</summary>
    public static InterventionRule[] ChecksFor(InterventionAction action) => action switch
    {
        InterventionAction.StartIntake => StartIntake.Listed,
        InterventionAction.CompleteIntake => CompleteIntake.Listed,
        InterventionAction.ShareDiagnosis => ShareDiagnosis.Listed,
        InterventionAction.Activate => Activate.Listed,
        InterventionAction.PutOnHold => PutOnHold.Listed,
        InterventionAction.Resume => Resume.Listed,
        InterventionAction.StartFollowUp => StartFollowUp.Listed,
        InterventionAction.Close => Close.Listed,
        InterventionAction.ResumeActiveHelp => ResumeActiveHelp.Listed,
        InterventionAction.PlanSession => PlanSession.Listed,
        InterventionAction.RecordSession => RecordSession.Listed,
        InterventionAction.MarkSessionMissed => MarkSessionMissed.Listed,
        InterventionAction.CancelSession => CancelSession.Listed,
        InterventionAction.ProposeObjective => ProposeObjective.Listed,
        InterventionAction.ReviseObjective => ReviseObjective.Listed,
        InterventionAction.AgreeObjective => AgreeObjective.Listed,
        InterventionAction.AddDesiredBenefit => AddDesiredBenefit.Listed,
        InterventionAction.IdentifyBarrier => IdentifyBarrier.Listed,
        InterventionAction.ChangeBarrierStatus => ChangeBarrierStatus.Listed,
        InterventionAction.AgreeAction => AgreeAction.Listed,
        InterventionAction.RecordActionStatus => RecordActionStatus.Listed,
        InterventionAction.ReviewAction => ReviewAction.Listed,
        InterventionAction.RecordEvidence => RecordEvidence.Listed,
        InterventionAction.ReferToSpecialist => ReferToSpecialist.Listed,
        InterventionAction.RecordAspiration => RecordAspiration.Listed,
        InterventionAction.AssessSituation => AssessSituation.Listed,
        InterventionAction.AssessAutonomy => AssessAutonomy.Listed,
        InterventionAction.AddOption => AddOption.Listed,
        InterventionAction.Refer => Refer.Listed,
        InterventionAction.RecordReferralStatus => RecordReferralStatus.Listed,
        InterventionAction.AwaitDecision => AwaitDecision.Listed,
        InterventionAction.RecordDecisionOutcome => RecordDecisionOutcome.Listed,
        _ => NoRules,
    };

    private static InterventionRule<ObjectiveInput>[] ObjectiveInputChecks()
        => [new ObjectiveHasStatementRule(), new ObjectiveTargetNotNegativeRule(), new ObjectiveBaselineNotNegativeRule(), new ObjectiveBarriersKnownRule()];

    private static ActionRules<TInput> Only<TInput>(params InterventionRule<TInput>[] checks)
        where TInput : struct, IActionInput<TInput>
        => new(checks, []);
}
