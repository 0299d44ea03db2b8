using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A barrier's status changes only for a barrier the intervention holds.</summary>
internal sealed class BarrierIsKnownRule : InterventionRule<BarrierStatusInput>
{
    public BarrierIsKnownRule()
        : base("barrier.unknown", "the barrier is in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in BarrierStatusInput context)
        => (context.IsGeneral ? intervention.Barriers.Count > 0 : intervention.FindBarrier(context.BarrierId) is not null);

    public override Reason Explain(Intervention intervention, in BarrierStatusInput context)
        => context.IsGeneral ? new("barrier.none") : new(Code);
}
