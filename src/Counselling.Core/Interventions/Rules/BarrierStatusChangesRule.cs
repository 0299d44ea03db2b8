using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Recording a barrier's status records a change: the same status again is refused.</summary>
internal sealed class BarrierStatusChangesRule : InterventionRule<BarrierStatusInput>
{
    public BarrierStatusChangesRule()
        : base("barrier.status-unchanged", "the status changes")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in BarrierStatusInput context)
        => context.IsGeneral || intervention.FindBarrier(context.BarrierId) is not { } barrier || barrier.Status != context.BarrierStatus;

    public override Reason Explain(Intervention intervention, in BarrierStatusInput context)
        => new(Code, new ReasonArgument("status", context.BarrierStatus));
}
