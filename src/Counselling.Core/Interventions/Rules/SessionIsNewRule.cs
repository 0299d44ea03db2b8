using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A session is planned once: its identifier must be new to the intervention.</summary>
internal sealed class SessionIsNewRule : InterventionRule<PlanSessionInput>
{
    public SessionIsNewRule()
        : base("session.already-exists", "the session is new")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in PlanSessionInput context)
        => context.IsGeneral || intervention.IsNewSession(context.Session);
}
