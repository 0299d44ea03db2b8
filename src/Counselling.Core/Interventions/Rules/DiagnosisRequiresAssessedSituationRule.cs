using Counselling.Core.Common;

namespace Counselling.Core.Interventions.Rules;

/// <summary>
/// The diagnosis is shared once the global situation was assessed with the client, and no life domain is left where
/// the client's view and the counsellor's differ without an agreement: the gap is negotiated, not imposed.
/// </summary>
internal sealed class DiagnosisRequiresAssessedSituationRule : InterventionRule<DiagnosisInput>
{
    public DiagnosisRequiresAssessedSituationRule()
        : base("diagnosis.situation-not-assessed", "the global situation was assessed and agreed")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in DiagnosisInput context)
        => intervention.Situation is { } situation && FirstGap(situation) is null;

    public override Reason Explain(Intervention intervention, in DiagnosisInput context)
        => intervention.Situation is { } situation && FirstGap(situation) is { } gap
            ? new("diagnosis.situation-under-negotiation", new ReasonArgument("domain", gap.Domain))
            : new(Code);

    private static Situation.DomainView? FirstGap(Situation.SituationAssessment situation)
        => situation.FirstUnderNegotiation();
}
