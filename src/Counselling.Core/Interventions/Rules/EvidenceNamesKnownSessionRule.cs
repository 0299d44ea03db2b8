using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Evidence that names a session (a decision made at a session) names a session held in the intervention.</summary>
internal sealed class EvidenceNamesKnownSessionRule<TInput> : InterventionRule<TInput>
    where TInput : struct, ISessionInput
{
    public EvidenceNamesKnownSessionRule()
        : base("evidence.unknown-session", "the session it names was held")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => context.IsGeneral || context.Session.IsDefault || intervention.SessionNamed(context.Session) is { Status: SessionStatus.Held };
}
