using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The intervention entered its active phase.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record InterventionActivated(Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.InterventionActivated;
}
