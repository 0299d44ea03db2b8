using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The intake is completed only once an intake session was held.</summary>
internal sealed class IntakeRequiresHeldSessionRule : InterventionRule<TransitionInput>
{
    public IntakeRequiresHeldSessionRule()
        : base("intake.no-session-held", "an intake session was held")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TransitionInput context)
        => intervention.HasHeldSession;
}
