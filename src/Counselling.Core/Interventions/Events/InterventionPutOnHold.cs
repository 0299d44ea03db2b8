using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The intervention was put on hold, waiting for an outside decision.</summary>
/// <param name="Reason">Why it is on hold.</param>
/// <param name="ExpectedBy">When the decision is expected.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record InterventionPutOnHold(HoldReason Reason, LocalDate ExpectedBy, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.InterventionPutOnHold;
}
