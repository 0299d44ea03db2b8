using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Only a planned session can be cancelled or marked as missed.</summary>
internal sealed class SessionIsPlannedRule : InterventionRule<SessionInput>
{
    public SessionIsPlannedRule()
        : base("session.not-planned", "the session is planned")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in SessionInput context)
        => (context.IsGeneral ? intervention.PlannedSessionCount > 0 : intervention.SessionNamed(context.Session) is { Status: SessionStatus.Planned });

    public override Reason Explain(Intervention intervention, in SessionInput context)
        => context.IsGeneral ? new("session.none-planned") : intervention.SessionNamed(context.Session) is { } session
            ? new(Code, new ReasonArgument("status", session.Status))
            : new("session.unknown");
}
