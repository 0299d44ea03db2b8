using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An action owned by a client or a relative names this intervention's client.</summary>
internal sealed class PlanActionOwnerIsThisClientsRule : InterventionRule<PlanActionInput>
{
    public PlanActionOwnerIsThisClientsRule()
        : base("action.owner-other-client", "the owner is this client or one of their relatives")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in PlanActionInput context)
        => context.IsGeneral || context.PlanAction is not { Owner: var owner } || owner.Kind is not (ActorKind.Client or ActorKind.Relative) || owner.Reference == intervention.ClientId.Value;
}
