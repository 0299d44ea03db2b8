using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The client missed a planned session.</summary>
/// <param name="Session">The session.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record SessionMissed(SessionId Session, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SessionMissed;
}
