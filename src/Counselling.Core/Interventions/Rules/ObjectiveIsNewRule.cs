using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An objective is proposed once: its identifier must be new to the intervention.</summary>
internal sealed class ObjectiveIsNewRule : InterventionRule<ObjectiveInput>
{
    public ObjectiveIsNewRule()
        : base("objective.already-exists", "the objective is new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ObjectiveInput context)
        => context.IsGeneral || context.Objective is null || intervention.FindObjective(context.Objective.Id) is null;
}
