using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>A session is held between the intervention's opening and now.</summary>
internal sealed class SessionHeldAfterOpeningRule : InterventionRule<RecordSessionInput>
{
    public SessionHeldAfterOpeningRule()
        : base("session.held-before-opening", "held between the opening and now")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in RecordSessionInput context)
        => context.IsGeneral || (context.HeldAt >= intervention.OpenedAt && context.HeldAt <= context.Now);

    public override Reason Explain(Intervention intervention, in RecordSessionInput context)
        => context.HeldAt > context.Now ? new("session.held-in-future") : new(Code);
}
