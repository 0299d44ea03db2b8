using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The intervention was closed. Sessions still planned are cancelled with it.</summary>
/// <param name="Reason">Why it was closed.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record InterventionClosed(ClosureReason Reason, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.InterventionClosed;
}
