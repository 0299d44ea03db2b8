using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// Every session aims to end with something concrete (a proposal, a realisation, a referral, an agreed action). It does
/// not always work: by default a session without one is recorded and flagged; a programme may choose to refuse it.
/// </summary>
internal sealed class SessionHasConcreteOutcomeRule : InterventionRule<RecordSessionInput>
{
    public SessionHasConcreteOutcomeRule()
        : base("session.no-concrete-outcome", "a concrete outcome, unless the programme flags its absence")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in RecordSessionInput context)
        => context.IsGeneral || context.OutcomeCount > 0 || intervention.Programme.MissingOutcomePolicy == MissingOutcomePolicy.Flag;
}
