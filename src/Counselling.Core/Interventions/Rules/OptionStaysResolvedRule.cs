namespace Counselling.Core.Interventions.Rules;

/// <summary>An option resolved (achieved, failed, abandoned) never opens again (explored, pursued, waiting), in the order its observations became known.</summary>
internal sealed class OptionStaysResolvedRule : InterventionRule<EvidenceInput>
{
    public OptionStaysResolvedRule()
        : base("evidence.option-already-resolved", "a resolved option never opens again")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in EvidenceInput context)
        => context.IsGeneral || intervention.OptionFits(context.Option);
}
