using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Every change is recorded at an instant no earlier than the last one: history instants never go backwards.</summary>
internal sealed class ClockMovesForwardRule : InterventionRule
{
    public ClockMovesForwardRule()
        : base("clock.before-last-change", "the clock reads no earlier than the last change")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ActionContext context)
        => context.Now >= intervention.LastChangeAt;
}
