using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A barrier is identified once: its identifier must be new to the intervention.</summary>
internal sealed class BarrierIsNewRule : InterventionRule<BarrierInput>
{
    public BarrierIsNewRule()
        : base("barrier.already-exists", "the barrier is new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in BarrierInput context)
        => context.IsGeneral || context.Barrier is null || intervention.FindBarrier(context.Barrier.Id) is null;
}
