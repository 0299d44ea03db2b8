using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// The intake is completed only once the client's autonomy was assessed at intake: the starting point the mode of help
/// follows, and the evaluation measures the change from.
/// </summary>
internal sealed class IntakeRequiresAutonomyAssessmentRule : InterventionRule<TransitionInput>
{
    public IntakeRequiresAutonomyAssessmentRule()
        : base("intake.autonomy-not-assessed", "the client's autonomy was assessed at intake")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TransitionInput context)
        => intervention.AutonomyAssessedAtIntake;
}
