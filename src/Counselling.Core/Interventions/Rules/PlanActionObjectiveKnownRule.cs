using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An action serves an objective the intervention holds, or none.</summary>
internal sealed class PlanActionObjectiveKnownRule : InterventionRule<PlanActionInput>
{
    public PlanActionObjectiveKnownRule()
        : base("action.unknown-objective", "the objective it serves is in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in PlanActionInput context)
        => context.IsGeneral || context.PlanAction?.Objective is not { } objective || intervention.FindObjective(objective) is not null;
}
