using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A barrier tied to a desired benefit names one the intervention holds.</summary>
internal sealed class BarrierBenefitKnownRule : InterventionRule<BarrierInput>
{
    public BarrierBenefitKnownRule()
        : base("barrier.unknown-benefit", "the benefit it is tied to is in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in BarrierInput context)
        => context.IsGeneral || context.Barrier?.TiedToBenefit is not { } benefit || intervention.FindBenefit(benefit) is not null;
}
