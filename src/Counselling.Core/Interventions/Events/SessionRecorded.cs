using Counselling.Core.Evidence;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>A session was held, with its concrete outcomes and whether the client progressed.</summary>
/// <param name="Session">The session.</param>
/// <param name="HeldAt">When it was held.</param>
/// <param name="Outcomes">The concrete outcomes; empty only under <see cref="MissingOutcomePolicy.Flag"/>.</param>
/// <param name="Progress">Whether the client progressed.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record SessionRecorded(SessionId Session, Instant HeldAt, ImmutableArray<SessionOutcome> Outcomes, SessionProgress Progress, Instant At, Actor By)
    : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.SessionRecorded;

    /// <inheritdoc />
    public bool Equals(SessionRecorded? other)
        => other is not null && base.Equals(other) && Session == other.Session && HeldAt == other.HeldAt && Progress == other.Progress
           && Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(base.GetHashCode(), Session, HeldAt, Progress);
}
