using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A closure for success (objectives met, client autonomous) comes after the active phase started.</summary>
internal sealed class SuccessClosureRequiresActivePhaseRule : InterventionRule<CloseInput>
{
    public SuccessClosureRequiresActivePhaseRule()
        : base("closure.success-before-active", "a success closure comes after the active phase")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in CloseInput context)
        => context.IsGeneral || !IsSuccess(context.Closure) || intervention.State is InterventionState.Active or InterventionState.OnHold or InterventionState.FollowUp;

    public override Reason Explain(Intervention intervention, in CloseInput context)
        => new(Code, new ReasonArgument("reason", context.Closure), new ReasonArgument("state", intervention.State));

    private static bool IsSuccess(ClosureReason reason) => reason is ClosureReason.ObjectivesMet or ClosureReason.ClientAutonomous;
}
