using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Interventions.Rules;

/// <summary>The diagnosis is shared with the client at a session that was held.</summary>
internal sealed class DiagnosisRequiresHeldSessionRule : InterventionRule<DiagnosisInput>
{
    public DiagnosisRequiresHeldSessionRule()
        : base("diagnosis.session-not-held", "shared at a held session")
    {
    }

    public override bool IsSatisfied(Intervention intervention, in DiagnosisInput context)
        => (context.IsGeneral ? intervention.HasHeldSession : intervention.SessionNamed(context.Session)?.Status == SessionStatus.Held);

    public override Reason Explain(Intervention intervention, in DiagnosisInput context)
        => context.IsGeneral ? new("diagnosis.session-not-held") : new(Code);
}
