using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An assessment of the global situation records at least one view of one life domain.</summary>
internal sealed class SituationHasAViewRule : InterventionRule<SituationInput>
{
    public SituationHasAViewRule()
        : base("situation.nothing-assessed", "records at least one view of a life domain")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in SituationInput context)
        => context.IsGeneral || context.Situation is { HasAnyView: true };
}
