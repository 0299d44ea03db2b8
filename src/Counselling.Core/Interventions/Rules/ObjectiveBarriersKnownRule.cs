using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The barriers an objective must get past (A) are barriers identified in the intervention.</summary>
internal sealed class ObjectiveBarriersKnownRule : InterventionRule<ObjectiveInput>
{
    public ObjectiveBarriersKnownRule()
        : base("objective.unknown-barrier", "the barriers named are in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ObjectiveInput context)
        => context.IsGeneral || context.Objective is null || intervention.KnowsEveryBarrier(context.Objective.Barriers);
}
