using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>The actions a counsellor's screen may offer on an intervention; each is an intent method of <see cref="Intervention"/>.</summary>
public enum InterventionAction
{
    /// <summary>Start the intake: the request is heard. <see cref="Intervention.StartIntake"/>.</summary>
    StartIntake = 1,

    /// <summary>Complete the intake and start the shared diagnosis. <see cref="Intervention.CompleteIntake"/>.</summary>
    CompleteIntake = 2,

    /// <summary>Record that the diagnosis was shared with the client and negotiated; planning starts. <see cref="Intervention.ShareDiagnosis(SessionId, DiagnosisAgreement, Actor)"/>.</summary>
    ShareDiagnosis = 3,

    /// <summary>Enter the active phase. <see cref="Intervention.Activate"/>.</summary>
    Activate = 4,

    /// <summary>Put the intervention on hold while waiting for an outside decision. <see cref="Intervention.PutOnHold"/>.</summary>
    PutOnHold = 5,

    /// <summary>Resume the active phase after a hold. <see cref="Intervention.Resume"/>.</summary>
    Resume = 6,

    /// <summary>End the active phase and start the follow-up. <see cref="Intervention.StartFollowUp"/>.</summary>
    StartFollowUp = 7,

    /// <summary>Close the intervention with a reason. <see cref="Intervention.Close"/>.</summary>
    Close = 8,

    /// <summary>Plan a session for a local date and time in a zone. <see cref="Intervention.PlanSession"/>.</summary>
    PlanSession = 9,

    /// <summary>Record a session held, with its concrete outcomes. <see cref="Intervention.RecordSession"/>.</summary>
    RecordSession = 10,

    /// <summary>Record that the client missed a planned session. <see cref="Intervention.MarkSessionMissed"/>.</summary>
    MarkSessionMissed = 11,

    /// <summary>Cancel a planned session. <see cref="Intervention.CancelSession"/>.</summary>
    CancelSession = 12,

    /// <summary>Propose an objective, co-defined with the client. <see cref="Intervention.ProposeObjective"/>.</summary>
    ProposeObjective = 13,

    /// <summary>Rework a proposed objective before the client agrees. <see cref="Intervention.ReviseObjective"/>.</summary>
    ReviseObjective = 14,

    /// <summary>Record the client's agreement to an objective at a held session. <see cref="Intervention.AgreeObjective"/>.</summary>
    AgreeObjective = 15,

    /// <summary>Establish a desired benefit with the client. <see cref="Intervention.AddDesiredBenefit"/>.</summary>
    AddDesiredBenefit = 16,

    /// <summary>Identify a barrier that stops the client acting. <see cref="Intervention.IdentifyBarrier"/>.</summary>
    IdentifyBarrier = 17,

    /// <summary>Record a barrier's new status. <see cref="Intervention.ChangeBarrierStatus"/>.</summary>
    ChangeBarrierStatus = 18,

    /// <summary>Agree an action of the action plan at a held session. <see cref="Intervention.AgreeAction(Objectives.PlanAction, Actor)"/>.</summary>
    AgreeAction = 19,

    /// <summary>Record an action's status between sessions. <see cref="Intervention.RecordActionStatus"/>.</summary>
    RecordActionStatus = 20,

    /// <summary>Review an action at a later held session. <see cref="Intervention.ReviewAction"/>.</summary>
    ReviewAction = 21,

    /// <summary>
    /// Record evidence for the evaluation (a decision, an option's status, a situation at follow-up, a satisfaction
    /// answer, an indicator's value). Allowed at every stage, closed included: follow-up answers
    /// arrive months later, as facts. <see cref="Intervention.RecordDecision(Evidence.DecisionFact, Common.Actor)"/> and its siblings.
    /// </summary>
    RecordEvidence = 22,

    /// <summary>Turn a follow-up back into active help: the follow-up found the person needs more. <see cref="Intervention.ResumeActiveHelp"/>.</summary>
    ResumeActiveHelp = 23,

    /// <summary>
    /// Refer the client to a psychologist or another specialist after the sessions in a row without progress or without
    /// a concrete outcome that made the rules recommend it. <see cref="Intervention.ReferToSpecialist"/>.
    /// </summary>
    ReferToSpecialist = 24,

    /// <summary>Record a wish or aspiration the client expressed, beside the objectives. <see cref="Intervention.RecordAspiration"/>.</summary>
    RecordAspiration = 25,

    /// <summary>
    /// Record an assessment of the client's global situation, life domain by life domain, with the client's view, the
    /// counsellor's view and what they agreed. <see cref="Intervention.AssessSituation"/>.
    /// </summary>
    AssessSituation = 26,

    /// <summary>
    /// Record an assessment of the client's autonomy (at intake, along the way, at closure) with the mode of help agreed.
    /// <see cref="Intervention.AssessAutonomy"/>.
    /// </summary>
    AssessAutonomy = 27,

    /// <summary>Add an option, plan A or plan B, to the intervention's plan. <see cref="Intervention.AddOption"/>.</summary>
    AddOption = 28,

    /// <summary>
    /// Refer the client to a service of the catalogue: the referral enters the action plan (the partner provides, the
    /// client attends). <see cref="Intervention.Refer"/>.
    /// </summary>
    Refer = 29,

    /// <summary>Record where a referral stands: accepted, started, completed, declined, no-show or cancelled. <see cref="Intervention.RecordReferralStatus"/>.</summary>
    RecordReferralStatus = 30,

    /// <summary>Note that an option of the plan waits for a decision from outside, expected on a date. <see cref="Intervention.AwaitDecision"/>.</summary>
    AwaitDecision = 31,

    /// <summary>Record the answer to a decision an option waits for: accepted or refused. <see cref="Intervention.RecordDecisionOutcome"/>.</summary>
    RecordDecisionOutcome = 32,
}
