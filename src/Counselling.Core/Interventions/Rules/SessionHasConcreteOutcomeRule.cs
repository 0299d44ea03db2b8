using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Every session ends with something concrete (a proposal, a realisation, a referral, an agreed action).</summary>
internal sealed class SessionHasConcreteOutcomeRule : InterventionRule
{
    public SessionHasConcreteOutcomeRule()
        : base("session.no-concrete-outcome", "the session has a concrete outcome")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ActionContext context)
        => context.IsGeneral || context.OutcomeCount > 0 || intervention.Programme.MissingOutcomePolicy == MissingOutcomePolicy.Flag;
}
