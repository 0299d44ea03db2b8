using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A closure as one-off advice needs its own evidence: a session held that ended with something concrete (a proposal,
/// a referral, a decision…). One-off advice is a complete intervention, not one that never happened.
/// </summary>
internal sealed class OneOffAdviceRequiresConcreteOutcomeRule : InterventionRule<CloseInput>
{
    public OneOffAdviceRequiresConcreteOutcomeRule()
        : base("closure.one-off-without-outcome", "one-off advice follows a session held with a concrete outcome")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in CloseInput context)
        => context.IsGeneral || context.Closure != ClosureReason.OneOffAdvice || intervention.HasHeldSessionWithOutcome;
}
