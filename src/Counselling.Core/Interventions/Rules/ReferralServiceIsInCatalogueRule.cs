using Counselling.Core.Common;
using Counselling.Core.Services;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// A referral names a service of the catalogue that takes people now. The catalogue is the one given to the intent
/// method; a stored referral was judged against the catalogue of its day, so the rebuild does not judge it again.
/// </summary>
internal sealed class ReferralServiceIsInCatalogueRule : InterventionRule<ReferralInput>
{
    public ReferralServiceIsInCatalogueRule()
        : base(ServicesCodes.ServiceNotInCatalogue, "the service is in the catalogue and takes people")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in ReferralInput context) => context.ServiceRefusal is null;

    public override Reason Explain(Intervention intervention, in ReferralInput context) => context.ServiceRefusal ?? new(Code);
}
