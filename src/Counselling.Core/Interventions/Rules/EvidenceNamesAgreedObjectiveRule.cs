namespace Counselling.Core.Interventions.Rules;

/// <summary>An indicator's value is recorded for an objective the client agreed to in the intervention.</summary>
internal sealed class EvidenceNamesAgreedObjectiveRule : InterventionRule<EvidenceInput>
{
    public EvidenceNamesAgreedObjectiveRule()
        : base("evidence.unknown-objective", "the objective it measures was agreed")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in EvidenceInput context)
        => context.IsGeneral || context.ObjectiveId.IsDefault || intervention.FindObjective(context.ObjectiveId) is { IsProposal: false };
}
