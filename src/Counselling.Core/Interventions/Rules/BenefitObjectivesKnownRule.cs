using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A desired benefit motivates objectives the intervention holds.</summary>
internal sealed class BenefitObjectivesKnownRule : InterventionRule<BenefitInput>
{
    public BenefitObjectivesKnownRule()
        : base("benefit.unknown-objective", "the objectives linked are in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in BenefitInput context)
        => context.IsGeneral || context.Benefit is null || intervention.KnowsEveryObjective(context.Benefit.Objectives);
}
