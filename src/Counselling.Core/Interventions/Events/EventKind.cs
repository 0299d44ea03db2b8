namespace Counselling.Core.Interventions.Events;

/// <summary>Which concrete event an event is: one virtual read, so the fold and the rebuild dispatch with one jump, not a chain of type tests.</summary>
internal enum EventKind
{
    /// <summary>An event this version does not know.</summary>
    Unknown,

    /// <summary>A <see cref="ActiveHelpResumed"/>.</summary>
    ActiveHelpResumed,

    /// <summary>A <see cref="AspirationRecorded"/>.</summary>
    AspirationRecorded,

    /// <summary>A <see cref="AutonomyAssessed"/>.</summary>
    AutonomyAssessed,

    /// <summary>A <see cref="AwaitedDecisionReceived"/>.</summary>
    AwaitedDecisionReceived,

    /// <summary>A <see cref="BarrierIdentified"/>.</summary>
    BarrierIdentified,

    /// <summary>A <see cref="BarrierStatusChanged"/>.</summary>
    BarrierStatusChanged,

    /// <summary>A <see cref="ContributionRecorded"/>.</summary>
    ContributionRecorded,

    /// <summary>A <see cref="CounsellorObjectiveSet"/>.</summary>
    CounsellorObjectiveSet,

    /// <summary>A <see cref="CourseOutcomeRecorded"/>.</summary>
    CourseOutcomeRecorded,

    /// <summary>A <see cref="DecisionAwaited"/>.</summary>
    DecisionAwaited,

    /// <summary>A <see cref="DecisionRecorded"/>.</summary>
    DecisionRecorded,

    /// <summary>A <see cref="DesiredBenefitAdded"/>.</summary>
    DesiredBenefitAdded,

    /// <summary>A <see cref="DiagnosisShared"/>.</summary>
    DiagnosisShared,

    /// <summary>A <see cref="FollowUpStarted"/>.</summary>
    FollowUpStarted,

    /// <summary>A <see cref="IndicatorMeasured"/>.</summary>
    IndicatorMeasured,

    /// <summary>A <see cref="InitialQuestionRecorded"/>.</summary>
    InitialQuestionRecorded,

    /// <summary>A <see cref="IntakeCompleted"/>.</summary>
    IntakeCompleted,

    /// <summary>A <see cref="IntakeStarted"/>.</summary>
    IntakeStarted,

    /// <summary>A <see cref="InterventionActivated"/>.</summary>
    InterventionActivated,

    /// <summary>A <see cref="InterventionClosed"/>.</summary>
    InterventionClosed,

    /// <summary>A <see cref="InterventionOpened"/>.</summary>
    InterventionOpened,

    /// <summary>A <see cref="InterventionPutOnHold"/>.</summary>
    InterventionPutOnHold,

    /// <summary>A <see cref="InterventionResumed"/>.</summary>
    InterventionResumed,

    /// <summary>A <see cref="JudgementRecorded"/>.</summary>
    JudgementRecorded,

    /// <summary>A <see cref="ObjectiveAgreed"/>.</summary>
    ObjectiveAgreed,

    /// <summary>A <see cref="ObjectiveProposed"/>.</summary>
    ObjectiveProposed,

    /// <summary>A <see cref="ObjectiveRevised"/>.</summary>
    ObjectiveRevised,

    /// <summary>A <see cref="OptionAdded"/>.</summary>
    OptionAdded,

    /// <summary>A <see cref="OptionRecorded"/>.</summary>
    OptionRecorded,

    /// <summary>A <see cref="PlanActionAgreed"/>.</summary>
    PlanActionAgreed,

    /// <summary>A <see cref="PlanActionReviewed"/>.</summary>
    PlanActionReviewed,

    /// <summary>A <see cref="PlanActionStatusRecorded"/>.</summary>
    PlanActionStatusRecorded,

    /// <summary>A <see cref="ReferralMade"/>.</summary>
    ReferralMade,

    /// <summary>A <see cref="ReferralStatusRecorded"/>.</summary>
    ReferralStatusRecorded,

    /// <summary>A <see cref="SatisfactionRecorded"/>.</summary>
    SatisfactionRecorded,

    /// <summary>A <see cref="SessionCancelled"/>.</summary>
    SessionCancelled,

    /// <summary>A <see cref="SessionMissed"/>.</summary>
    SessionMissed,

    /// <summary>A <see cref="SessionPlanned"/>.</summary>
    SessionPlanned,

    /// <summary>A <see cref="SessionRecorded"/>.</summary>
    SessionRecorded,

    /// <summary>A <see cref="SituationAssessed"/>.</summary>
    SituationAssessed,

    /// <summary>A <see cref="SituationRecorded"/>.</summary>
    SituationRecorded,

    /// <summary>A <see cref="SpecialistReferralMade"/>.</summary>
    SpecialistReferralMade,

    /// <summary>A <see cref="SpecialistReferralRecommended"/>.</summary>
    SpecialistReferralRecommended,
}
