using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A barrier's status changed as it was worked on: being addressed, lifted, or back.</summary>
/// <param name="Barrier">The barrier.</param>
/// <param name="Status">Its new status.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who recorded it.</param>
public sealed record BarrierStatusChanged(BarrierId Barrier, BarrierStatus Status, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.BarrierStatusChanged;
}
