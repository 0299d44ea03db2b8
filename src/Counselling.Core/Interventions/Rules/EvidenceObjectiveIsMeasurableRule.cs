namespace Counselling.Core.Interventions.Rules;

/// <summary>An indicator's value is recorded for an objective the evaluation can measure: a target beyond its baseline, and a deadline.</summary>
internal sealed class EvidenceObjectiveIsMeasurableRule : InterventionRule<EvidenceInput>
{
    public EvidenceObjectiveIsMeasurableRule()
        : base("evidence.objective-not-measurable", "the objective it measures has a target and a deadline")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in EvidenceInput context)
        => context.IsGeneral
           || context.ObjectiveId.IsDefault
           || intervention.FindObjective(context.ObjectiveId) is not { IsProposal: false } objective
           || Intervention.IsMeasurable(objective);
}
