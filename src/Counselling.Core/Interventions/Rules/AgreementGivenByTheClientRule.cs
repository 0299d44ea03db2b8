using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// When the client's agreement to the shared diagnosis or to an action is recorded, it is this intervention's client who
/// agrees; the counsellor may record it on the client's behalf, never agree alone.
/// </summary>
internal sealed class AgreementGivenByTheClientRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IAgreedByInput
{
    public AgreementGivenByTheClientRule()
        : base("agreement.not-by-client", "the client agrees")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => context.IsGeneral || context.AgreedBy.IsDefault
           || (context.AgreedBy.Kind == ActorKind.Client && context.AgreedBy.Reference == intervention.ClientId.Value);
}
