using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A planned session was cancelled.</summary>
/// <param name="Session">The session.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record SessionCancelled(SessionId Session, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SessionCancelled;
}
