using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>Evidence became known between the intervention's opening and now: nothing is known before it existed, nor in the future.</summary>
internal sealed class EvidenceKnownWithinLifeRule : InterventionRule<EvidenceInput>
{
    public EvidenceKnownWithinLifeRule()
        : base("evidence.known-at-out-of-range", "known between the opening and now")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in EvidenceInput context)
        => context.IsGeneral || (context.KnownAt >= intervention.OpenedAt && context.KnownAt <= context.Now);

    public override Reason Explain(Intervention intervention, in EvidenceInput context)
        => context.KnownAt > context.Now ? new("evidence.known-in-future") : new(Code);
}
