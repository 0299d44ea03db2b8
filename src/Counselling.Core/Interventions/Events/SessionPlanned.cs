using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A session was planned for a local date and time in a zone (converted to an instant only when needed).</summary>
/// <param name="Session">The session.</param>
/// <param name="Start">The local date and time.</param>
/// <param name="ZoneId">The time-zone identifier, such as <c>America/Toronto</c>.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public sealed record SessionPlanned(SessionId Session, LocalDateTime Start, string ZoneId, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SessionPlanned;
}
