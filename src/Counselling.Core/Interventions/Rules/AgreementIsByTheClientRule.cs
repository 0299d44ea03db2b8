using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Only the intervention's own client agrees to an objective; the counsellor may record it on the client's behalf, never agree alone.</summary>
internal sealed class AgreementIsByTheClientRule : InterventionRule<ObjectiveAgreementInput>
{
    public AgreementIsByTheClientRule()
        : base("objective.agreement-not-by-client", "the client agrees")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ObjectiveAgreementInput context)
        => context.IsGeneral || (context.AgreedBy.Kind == ActorKind.Client && context.AgreedBy.Reference == intervention.ClientId.Value);

    public override Reason Explain(Intervention intervention, in ObjectiveAgreementInput context)
        => new(Code, new ReasonArgument("kind", context.AgreedBy.Kind));
}
