using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A desired benefit is added once: its identifier must be new to the intervention.</summary>
internal sealed class BenefitIsNewRule : InterventionRule<BenefitInput>
{
    public BenefitIsNewRule()
        : base("benefit.already-exists", "the benefit is new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in BenefitInput context)
        => context.IsGeneral || context.Benefit is null || intervention.FindBenefit(context.Benefit.Id) is null;
}
