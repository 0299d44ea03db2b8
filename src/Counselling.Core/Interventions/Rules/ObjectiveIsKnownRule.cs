using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The objective revised or agreed must be one the intervention holds.</summary>
internal sealed class ObjectiveIsKnownRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IObjectiveInput
{
    public ObjectiveIsKnownRule()
        : base("objective.unknown", "the objective is in the intervention")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => (context.IsGeneral ? intervention.Objectives.Count > 0 : intervention.FindObjective(context.ObjectiveId) is not null);

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("objective.none") : new(Code);
}
