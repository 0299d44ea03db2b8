namespace Counselling.Core.Interventions.Rules;

/// <summary>A follow-up situation (so many months after closure) is recorded once the intervention is closed, and is known after its closure.</summary>
internal sealed class FollowUpAfterClosureRule : InterventionRule<EvidenceInput>
{
    public FollowUpAfterClosureRule()
        : base("evidence.follow-up-before-closure", "a follow-up is known after the closure")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in EvidenceInput context)
        => context.IsGeneral || !context.IsFollowUp || (intervention.ClosedAt is { } closed && context.KnownAt >= closed);
}
