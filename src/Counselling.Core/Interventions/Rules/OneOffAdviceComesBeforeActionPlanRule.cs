using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// One-off advice answers the request without an action plan: it closes an intervention at intake, in the shared
/// diagnosis or in planning. Once the plan is under way, the closure says how the plan ended.
/// </summary>
internal sealed class OneOffAdviceComesBeforeActionPlanRule : InterventionRule<CloseInput>
{
    public OneOffAdviceComesBeforeActionPlanRule()
        : base("closure.one-off-after-plan", "one-off advice closes before the action plan starts")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in CloseInput context)
        => context.IsGeneral || context.Closure != ClosureReason.OneOffAdvice
           || intervention.State is InterventionState.Intake or InterventionState.SharedDiagnosis or InterventionState.Planning;

    public override Reason Explain(Intervention intervention, in CloseInput context)
        => new(Code, new ReasonArgument("state", intervention.State));
}
