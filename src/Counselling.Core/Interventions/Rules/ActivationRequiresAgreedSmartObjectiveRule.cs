using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Rule 2: the active phase needs at least one objective agreed by the client that passes SMART validation and has a desired benefit.</summary>
internal sealed class ActivationRequiresAgreedSmartObjectiveRule : InterventionRule
{
    public ActivationRequiresAgreedSmartObjectiveRule()
        : base("activation.no-agreed-smart-objective", "an agreed SMART objective with a desired benefit")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ActionContext context)
        => intervention.HasActivatableObjective;
}
