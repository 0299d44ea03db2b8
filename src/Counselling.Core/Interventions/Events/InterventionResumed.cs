using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The active phase resumed after a hold.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record InterventionResumed(Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.InterventionResumed;
}
