using Counselling.Core.Evidence;
using System.Collections.Immutable;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <summary>One session (interview) of an intervention, as it stands now.</summary>
/// <remarks>
/// Immutable once seen: each change to a session is an event, and the intervention holds the session's latest form. A
/// session nobody outside the intervention has been given yet (while a history is rebuilt) is changed in place; once
/// the sessions were handed out, a change makes a new session.
/// </remarks>
public sealed record Session
{
    internal Session(SessionId id, LocalDateTime? plannedStart, string? zoneId, SessionStatus status, Instant? heldAt, ImmutableArray<SessionOutcome> outcomes, SessionProgress progress)
    {
        Id = id;
        PlannedStart = plannedStart;
        ZoneId = zoneId;
        Status = status;
        HeldAt = heldAt;
        Outcomes = outcomes;
        Progress = progress;
    }

    /// <summary>Gets the session's identifier.</summary>
    public SessionId Id { get; }

    /// <summary>Gets the local date and time it was planned for, or <see langword="null"/> for a session recorded without being planned.</summary>
    public LocalDateTime? PlannedStart { get; }

    /// <summary>Gets the time-zone identifier of <see cref="PlannedStart"/> (such as <c>Europe/Brussels</c>), or <see langword="null"/>.</summary>
    public string? ZoneId { get; }

    /// <summary>Gets where the session stands.</summary>
    public SessionStatus Status { get; internal set; }

    /// <summary>Gets when the session was held, or <see langword="null"/> if it was not.</summary>
    public Instant? HeldAt { get; internal set; }

    /// <summary>Gets the concrete outcomes the session ended with; empty unless held.</summary>
    public ImmutableArray<SessionOutcome> Outcomes { get; internal set; }

    /// <summary>Gets whether the client progressed at this session.</summary>
    public SessionProgress Progress { get; internal set; }

    /// <summary>Gets a value indicating whether the session was planned before it was held.</summary>
    public bool WasPlanned => PlannedStart.HasValue;

    /// <summary>Gets a value indicating whether the session was held without a concrete outcome (flagged under <see cref="MissingOutcomePolicy.Flag"/>).</summary>
    public bool LacksConcreteOutcome => Status == SessionStatus.Held && Outcomes.IsDefaultOrEmpty;

    /// <inheritdoc />
    public bool Equals(Session? other)
        => other is not null && Id == other.Id && PlannedStart == other.PlannedStart && ZoneId == other.ZoneId && Status == other.Status
           && HeldAt == other.HeldAt && Progress == other.Progress && SameOutcomes(Outcomes, other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Id, Status, HeldAt);

    /// <summary>Whether two lists of outcomes hold the same outcomes in the same order; a list never made equals only another never made.</summary>
    private static bool SameOutcomes(ImmutableArray<SessionOutcome> a, ImmutableArray<SessionOutcome> b)
        => a.IsDefault || b.IsDefault ? a.IsDefault == b.IsDefault : System.Linq.Enumerable.SequenceEqual(a, b);

    /// <summary>Returns the identifier and status: never the outcomes' summaries.</summary>
    /// <returns>The session as text.</returns>
    public override string ToString() => Id + " " + Status;
}
