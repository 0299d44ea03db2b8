using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A session is marked as missed only once its start has passed.</summary>
internal sealed class SessionIsDueRule : InterventionRule<SessionInput>
{
    public SessionIsDueRule()
        : base("session.not-yet-due", "the session's start has passed")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in SessionInput context)
        => (context.IsGeneral ? intervention.HasDueSession(context.Now) : intervention.SessionNamed(context.Session) is not { Status: SessionStatus.Planned } session || intervention.StartOf(session) <= context.Now);

    public override Reason Explain(Intervention intervention, in SessionInput context)
        => context.IsGeneral ? new("session.none-due") : new(Code, new ReasonArgument("start", intervention.SessionNamed(context.Session)!.PlannedStart!.Value));
}
