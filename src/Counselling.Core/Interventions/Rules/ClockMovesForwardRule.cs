using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// Every change is recorded at an instant no earlier than the last one: history instants never go backwards. Every
/// action is judged by it first, whatever its input and whatever the state, so it reads only the instant.
/// </summary>
internal sealed class ClockMovesForwardRule : InterventionRule
{
    public ClockMovesForwardRule()
        : base("clock.before-last-change", "the clock reads no earlier than the last change")
    {
    }

    public override bool IsJudgedInEveryState => true;

    public bool IsSatisfied(Intervention intervention, Instant now) => now >= intervention.LastChangeAt;

    public Reason Explain() => new(Code);
}
