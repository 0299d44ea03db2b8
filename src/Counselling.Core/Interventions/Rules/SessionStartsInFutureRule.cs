using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A session is planned for a time still to come.</summary>
internal sealed class SessionStartsInFutureRule : InterventionRule<PlanSessionInput>
{
    public SessionStartsInFutureRule()
        : base("session.planned-in-past", "the session starts later")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in PlanSessionInput context)
        => context.IsGeneral || context.ZoneId is null || intervention.ToInstant(context.PlannedStart, context.ZoneId) > context.Now;

    public override Reason Explain(Intervention intervention, in PlanSessionInput context)
        => new(Code, new ReasonArgument("start", context.PlannedStart));
}
