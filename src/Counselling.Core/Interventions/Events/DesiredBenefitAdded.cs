using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A desired benefit was established with the client: what matters to them, linked to objectives.</summary>
/// <param name="Benefit">The benefit.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who recorded it.</param>
public sealed record DesiredBenefitAdded(DesiredBenefit Benefit, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.DesiredBenefitAdded;
}
