using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Objectives are agreed, and actions agreed and reviewed, at a session the intervention holds as held.</summary>
internal sealed class SessionIsHeldRule<TInput> : InterventionRule<TInput>
    where TInput : struct, ISessionInput
{
    public SessionIsHeldRule()
        : base("plan.session-not-held", "the session was held")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => (context.IsGeneral ? intervention.HasHeldSession : intervention.SessionNamed(context.Session) is { Status: SessionStatus.Held });

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.IsGeneral ? new("session.none-held") : new(Code);
}
