using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An objective proposed or revised says what the client will do: an empty statement is bad input.</summary>
internal sealed class ObjectiveHasStatementRule : InterventionRule<ObjectiveInput>
{
    public ObjectiveHasStatementRule()
        : base("objective.s.what-missing", "the objective says what")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ObjectiveInput context)
        => context.IsGeneral || context.Objective is null || !string.IsNullOrWhiteSpace(context.Objective.What);
}
