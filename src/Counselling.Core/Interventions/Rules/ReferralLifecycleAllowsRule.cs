using System.Collections.Generic;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A referral moves as its own lifecycle allows (<see cref="Services.Referral"/>): from its state, by the one who may
/// (the client or the partner answers; the counsellor or the partner records a no-show). The referral's rules decide;
/// the intervention's clock rule already judges the instant.
/// </summary>
internal sealed class ReferralLifecycleAllowsRule : InterventionRule<ReferralStatusInput>
{
    public ReferralLifecycleAllowsRule()
        : base(Services.ServicesCodes.ReferralNotAllowedInState, "the referral's lifecycle allows it")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ReferralStatusInput context)
        => context.IsGeneral || intervention.ReferralRefusals(in context) is null;

    public override void ExplainInto(Intervention intervention, in ReferralStatusInput context, List<Reason> reasons)
    {
        if (intervention.ReferralRefusals(in context) is { } refusals)
        {
            reasons.AddRange(refusals);
        }
    }
}
