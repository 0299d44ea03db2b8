using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// Before closing for success (objectives met, client autonomous), the client's autonomy at closure is assessed
///: the evaluation reads its change since intake as an impact criterion.
/// </summary>
internal sealed class SuccessClosureRequiresAutonomyAssessmentRule : InterventionRule<CloseInput>
{
    public SuccessClosureRequiresAutonomyAssessmentRule()
        : base("closure.autonomy-not-assessed", "a success closure follows the closure's autonomy assessment")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in CloseInput context)
        => context.IsGeneral || context.Closure is not (ClosureReason.ObjectivesMet or ClosureReason.ClientAutonomous) || intervention.AutonomyAssessedAtClosure;

    public override Reason Explain(Intervention intervention, in CloseInput context)
        => new(Code, new ReasonArgument("reason", context.Closure));
}
