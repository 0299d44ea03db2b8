using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The input of proposing or revising an objective: the objective as given.</summary>
internal readonly record struct ObjectiveInput(InterventionAction Action, Instant Now, bool IsGeneral, SmartObjective? Objective) : IActionInput<ObjectiveInput>, IObjectiveInput
{
    public ObjectiveId ObjectiveId => Objective?.Id ?? default;

    public ActionRules<ObjectiveInput> Rules => Action == InterventionAction.ProposeObjective ? InterventionRules.ProposeObjective : InterventionRules.ReviseObjective;

    public string? DateOutOfRange => null;
}

/// <summary>The input of the client's agreement to an objective: the objective, the held session, the client.</summary>
internal readonly record struct ObjectiveAgreementInput(Instant Now, bool IsGeneral, ObjectiveId ObjectiveId, SessionId Session, Actor AgreedBy)
    : IActionInput<ObjectiveAgreementInput>, IObjectiveInput, ISessionInput, IAgreedByInput
{
    public InterventionAction Action => InterventionAction.AgreeObjective;

    public SmartObjective? Objective => null;

    public ActionRules<ObjectiveAgreementInput> Rules => InterventionRules.AgreeObjective;

    public string? DateOutOfRange => null;
}

/// <summary>The input of adding a desired benefit: the benefit.</summary>
internal readonly record struct BenefitInput(Instant Now, bool IsGeneral, DesiredBenefit? Benefit) : IActionInput<BenefitInput>
{
    public InterventionAction Action => InterventionAction.AddDesiredBenefit;

    public ActionRules<BenefitInput> Rules => InterventionRules.AddDesiredBenefit;

    public string? DateOutOfRange => null;
}

/// <summary>The input of identifying a barrier: the barrier.</summary>
internal readonly record struct BarrierInput(Instant Now, bool IsGeneral, Barrier? Barrier) : IActionInput<BarrierInput>
{
    public InterventionAction Action => InterventionAction.IdentifyBarrier;

    public ActionRules<BarrierInput> Rules => InterventionRules.IdentifyBarrier;

    public string? DateOutOfRange => null;
}

/// <summary>The input of changing a barrier's status: the barrier and its new status.</summary>
internal readonly record struct BarrierStatusInput(Instant Now, bool IsGeneral, BarrierId BarrierId, BarrierStatus BarrierStatus) : IActionInput<BarrierStatusInput>
{
    public InterventionAction Action => InterventionAction.ChangeBarrierStatus;

    public ActionRules<BarrierStatusInput> Rules => InterventionRules.ChangeBarrierStatus;

    public string? DateOutOfRange => null;
}

/// <summary>The input of agreeing an action of the plan: the action, and the client who agrees when the agreement is recorded.</summary>
internal readonly record struct PlanActionInput(Instant Now, bool IsGeneral, PlanAction? PlanAction, Actor AgreedBy) : IActionInput<PlanActionInput>, ISessionInput, IAgreedByInput
{
    public InterventionAction Action => InterventionAction.AgreeAction;

    /// <summary>Gets the held session the action is agreed at.</summary>
    public SessionId Session => PlanAction?.AgreedAt ?? default;

    public ActionRules<PlanActionInput> Rules => InterventionRules.AgreeAction;

    public string? DateOutOfRange => null;
}

/// <summary>The input of recording an action's status between sessions: the action and its new status.</summary>
internal readonly record struct ActionStatusInput(Instant Now, bool IsGeneral, PlanActionId PlanActionId, PlanActionStatus PlanActionStatus) : IActionInput<ActionStatusInput>, IPlanActionIdInput
{
    public InterventionAction Action => InterventionAction.RecordActionStatus;

    public ActionRules<ActionStatusInput> Rules => InterventionRules.RecordActionStatus;

    public string? DateOutOfRange => null;
}

/// <summary>The input of reviewing an action: the action, the held session reviewing it and what became of it.</summary>
internal readonly record struct ReviewInput(Instant Now, bool IsGeneral, PlanActionId PlanActionId, SessionId Session, PlanActionStatus PlanActionStatus)
    : IActionInput<ReviewInput>, IPlanActionIdInput, ISessionInput
{
    public InterventionAction Action => InterventionAction.ReviewAction;

    public ActionRules<ReviewInput> Rules => InterventionRules.ReviewAction;

    public string? DateOutOfRange => null;
}
