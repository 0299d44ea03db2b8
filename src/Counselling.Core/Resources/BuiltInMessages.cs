using System.Collections.Generic;
using System.Linq;

namespace Counselling.Core.Resources;

/// <summary>Every built-in message table, one per capability, and the regional tables that override them.</summary>
internal static class BuiltInMessages
{
    public static IEnumerable<MessageTemplate> All =>
        CommonMessages.All
            .Concat(FormatMessages.All)
            .Concat(ArgumentMessages.All)
            .Concat(HistoryMessages.All)
            .Concat(LifecycleMessages.All)
            .Concat(ObjectivesMessages.All)
            .Concat(EvaluationMessages.All)
            .Concat(SituationMessages.All)
            .Concat(ServicesMessages.All)
            .Concat(JudgementMessages.All)
            .Concat(PeriserviceMessages.All)
            .Concat(TrustMessages.All)
            .Concat(OfferMessages.All)
            .Concat(ConsistencyMessages.All)
            .Concat(PathMessages.All)
            .Concat(BoundsMessages.All)
            .Concat(ThirdPartyMessages.All)
            .Concat(EvaluationExportMessages.All)
            .Concat(AssessmentMessages.All)
            .Concat(ReferralPlanMessages.All)
            .Concat(AwaitedDecisionMessages.All);

    public static IEnumerable<RegionalTemplate> Regional =>
        FranceMessages.All
            .Concat(BelgianMessages.All)
            .Concat(QuebecMessages.All)
            .Concat(AmericanMessages.All)
            .Concat(PathMessages.Regional)
            .Concat(EvaluationExportMessages.Regional)
            .Concat(AwaitedDecisionMessages.Regional);
}
