using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// What a rule needs to judge one asked action: the action, the current instant and the action's arguments.
/// A general context (<see cref="IsGeneral"/>) asks "may this action be offered now?" without arguments; rules that
/// judge arguments are then satisfied.
/// </summary>
internal struct ActionContext
{
    public InterventionAction Action;
    public Instant Now;
    public bool IsGeneral;
    public SessionId Session;
    public Instant HeldAt;
    public int OutcomeCount;
    public ClosureReason Closure;
    public LocalDate ExpectedBy;
    public LocalDateTime PlannedStart;
    public string? ZoneId;

    // Objectives, benefits, barriers and the action plan.
    public SmartObjective? Objective;
    public ObjectiveId ObjectiveId;
    public Actor AgreedBy;
    public DesiredBenefit? Benefit;
    public Barrier? Barrier;
    public BarrierId BarrierId;
    public BarrierStatus BarrierStatus;
    public PlanAction? PlanAction;
    public PlanActionId PlanActionId;
    public PlanActionStatus PlanActionStatus;

    // Evidence for the evaluation.
    public Instant KnownAt;
    public bool IsFollowUp;
    public OptionFact Option;

    // The global situation, autonomy and the plan's options.
    public Situation.SituationAssessment? Situation;
    public Situation.AutonomyAssessment Autonomy;
    public string? OptionLabel;

    // The decisions an option waits for: the name given to the intent method (none when rebuilding), the number, the answer.
    public string? DecisionLabel;
    public int DecisionNumber;
    public OptionStatus DecisionOutcome;

    // Referrals to services of the catalogue.
    public ReferralId ReferralId;
    public ReferralAction ReferralAction;
    public Actor By;
    public Reason? ServiceRefusal;

    public static ActionContext General(InterventionAction action, Instant now)
        => new() { Action = action, Now = now, IsGeneral = true };

    public static ActionContext For(InterventionAction action, Instant now)
        => new() { Action = action, Now = now };
}
