using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Every autonomy assessment of an intervention uses one scale, so its change from intake to closure can be read.</summary>
internal sealed class AutonomyScaleUnchangedRule : InterventionRule<AutonomyInput>
{
    public AutonomyScaleUnchangedRule()
        : base("autonomy.other-scale", "on the scale of the earlier assessments")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in AutonomyInput context)
        => context.IsGeneral || intervention.AutonomyScale is not { } scale || scale.Equals(context.Autonomy.Scale);

    public override Reason Explain(Intervention intervention, in AutonomyInput context)
        => new(Code, new ReasonArgument("scale", intervention.AutonomyScale?.Code ?? string.Empty));
}
