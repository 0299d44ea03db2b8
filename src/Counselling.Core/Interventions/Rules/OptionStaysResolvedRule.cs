namespace Counselling.Core.Interventions.Rules;

/// <summary>An option resolved (succeeded, failed, abandoned) is never pending again, in the order its observations became known.</summary>
internal sealed class OptionStaysResolvedRule : InterventionRule
{
    public OptionStaysResolvedRule()
        : base("evidence.option-already-resolved", "a resolved option is never pending again")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ActionContext context)
        => context.IsGeneral || intervention.OptionFits(context.Option);
}
