using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// The active phase needs at least one objective agreed by the client that passes SMART validation (as of now,
/// within the programme's time limit) and has a desired benefit. When broken, the reasons say which agreed objective
/// fails which letter, and which has no desired benefit.
/// </summary>
internal sealed class ActivationRequiresAgreedSmartObjectiveRule : InterventionRule<TransitionInput>
{
    public ActivationRequiresAgreedSmartObjectiveRule()
        : base("activation.no-agreed-smart-objective", "an agreed SMART objective with a desired benefit")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TransitionInput context)
        => intervention.HasActivatableObjective(context.Now);

    public override void ExplainInto(Intervention intervention, in TransitionInput context, List<Reason> reasons)
    {
        reasons.Add(Explain(intervention, in context));
        intervention.ExplainActivation(reasons);
    }
}
