using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The active phase ended; the follow-up started.</summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record FollowUpStarted(Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.FollowUpStarted;
}
