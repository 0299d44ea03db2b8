using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A barrier that stops the client acting was identified with the client.</summary>
/// <param name="Barrier">The barrier, with its category and what it is tied to.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who recorded it.</param>
public sealed record BarrierIdentified(Barrier Barrier, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.BarrierIdentified;
}
