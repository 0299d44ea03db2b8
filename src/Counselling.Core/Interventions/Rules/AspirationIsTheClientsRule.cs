using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An aspiration recorded in an intervention is its own client's.</summary>
internal sealed class AspirationIsTheClientsRule : InterventionRule<AspirationInput>
{
    public AspirationIsTheClientsRule()
        : base("aspiration.other-client", "the aspiration is this client's")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in AspirationInput context)
        => context.IsGeneral || context.AgreedBy.Reference == intervention.ClientId.Value;
}
