using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>An assessment (global situation, autonomy) was made between the intervention's opening and now.</summary>
internal sealed class AssessmentWithinLifeRule<TInput> : InterventionRule<TInput>
    where TInput : struct, IKnownAtInput
{
    public AssessmentWithinLifeRule()
        : base("assessment.at-out-of-range", "made between the opening and now")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in TInput context)
        => context.IsGeneral || (context.KnownAt >= intervention.OpenedAt && context.KnownAt <= context.Now);

    public override Reason Explain(Intervention intervention, in TInput context)
        => context.KnownAt > context.Now ? new("assessment.in-future") : new(Code);
}
