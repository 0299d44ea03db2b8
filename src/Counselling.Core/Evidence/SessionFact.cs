using System;
using System.Collections.Generic;
using System.Text;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// What was known of one session at an instant: planned or not, its status, its concrete outcomes and progress.
/// A session observed several times (planned, then held) is the same <see cref="Session"/>; the latest observation
/// known at the as-of instant counts.
/// </summary>
/// <remarks>The default value names no session and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct SessionFact : IKnownFact
{
    // Kept small (32 bytes, not 64): half a cache line, so a record's sessions take fewer lines and 2,000 of them stay
    // under the large-object threshold. The instant as ticks, the outcomes as a byte (one bit per kind, the kinds
    // numbered 1 to 7), the two flags, the progress and the source packed in one byte.
    private readonly long _knownTicks;
    private readonly SessionId _session;
    private readonly LocalDate _scheduledOn;
    private readonly byte _outcomes;
    private readonly byte _status;
    private readonly byte _bits;
    private readonly byte _knownNanoseconds;

    private const int PlannedBit = 1;
    private const int ScheduledBit = 2;
    private const int ProgressShift = 2;
    private const int ProgressMask = 3;
    private const int SourceShift = 4;

    /// <summary>Initializes a new observation of a session.</summary>
    /// <param name="session">The session.</param>
    /// <param name="planned">Whether the session was planned in advance (the "held as planned" criterion counts only these).</param>
    /// <param name="status">Its status.</param>
    /// <param name="knownAt">When this became known (for a held session, when it was held and recorded).</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="scheduledOn">The date it is or was scheduled for, if known.</param>
    /// <param name="progress">Whether the client progressed at the session.</param>
    /// <param name="outcomes">Its concrete outcomes; only a held session has outcomes.</param>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default identifier, <paramref name="source"/> is
    /// <see cref="ActorKind.None"/>, or a session that was not held has outcomes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/>, <paramref name="progress"/> or an outcome is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> or <paramref name="scheduledOn"/> lies outside <see cref="SupportedDates"/>.</exception>
    public SessionFact(
        SessionId session,
        bool planned,
        SessionStatus status,
        Instant knownAt,
        ActorKind source,
        LocalDate? scheduledOn = null,
        SessionProgress progress = SessionProgress.NotAssessed,
        params ReadOnlySpan<SessionOutcomeKind> outcomes)
    {
        _session = Guard.NotDefault(session);
        _status = (byte)Guard.Defined(status);
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        var bits = (planned ? PlannedBit : 0) | ((int)EvidenceGuard.Source(source) << SourceShift) | ((int)Guard.Defined(progress) << ProgressShift);
        if (scheduledOn is { } on)
        {
            _scheduledOn = Bounds.Date(on, nameof(scheduledOn));
            bits |= ScheduledBit;
        }

        _bits = (byte)bits;
        var mask = 0;
        foreach (var outcome in outcomes)
        {
            mask |= 1 << (int)Guard.Defined(outcome);
        }

        if (mask != 0 && status != SessionStatus.Held)
        {
            throw new ArgumentException("Only a held session has concrete outcomes.", nameof(outcomes));
        }

        _outcomes = (byte)mask;
    }

    /// <summary>Gets the session.</summary>
    public SessionId Session => _session;

    /// <summary>Gets a value indicating whether the session was planned in advance.</summary>
    public bool Planned => (_bits & PlannedBit) != 0;

    /// <summary>Gets its status.</summary>
    public SessionStatus Status => (SessionStatus)_status;

    /// <summary>Gets when this became known.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)(_bits >> SourceShift);

    /// <summary>Gets the date the session is or was scheduled for, if known.</summary>
    public LocalDate? ScheduledOn => IsScheduled ? _scheduledOn : null;

    /// <summary>Gets whether the client progressed.</summary>
    public SessionProgress Progress => (SessionProgress)((_bits >> ProgressShift) & ProgressMask);

    /// <summary>Gets a value indicating whether the session ended with at least one concrete outcome.</summary>
    public bool HasOutcome => _outcomes != 0;

    /// <summary>Gets the concrete outcomes, in the order of <see cref="SessionOutcomeKind"/>.</summary>
    public IEnumerable<SessionOutcomeKind> Outcomes
    {
        get
        {
            for (var kind = 1; kind < 8; kind++)
            {
                if ((_outcomes & (1 << kind)) != 0)
                {
                    yield return (SessionOutcomeKind)kind;
                }
            }
        }
    }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _session.IsDefault;

    /// <summary>Tells whether the session ended with the given kind of outcome.</summary>
    /// <param name="kind">The kind of outcome.</param>
    /// <returns><see langword="true"/> if it did.</returns>
    public bool Has(SessionOutcomeKind kind) => (_outcomes & (1 << (int)kind)) != 0;

    /// <summary>Gets the session's date when it is scheduled, or the default date (read with <see cref="IsScheduled"/>).</summary>
    internal LocalDate ScheduledDate => _scheduledOn;

    /// <summary>Gets a value indicating whether the session's date is known.</summary>
    internal bool IsScheduled => (_bits & ScheduledBit) != 0;

    /// <summary>Gets the outcomes as a mask, a bit per <see cref="SessionOutcomeKind"/>.</summary>
    internal int OutcomeMask => _outcomes;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    // The text shows the outcomes themselves (not the name of the sequence that yields them), the other members as usual.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Session = ").Append(Session)
            .Append(", Planned = ").Append(Planned)
            .Append(", Status = ").Append(Status)
            .Append(", KnownAt = ").Append(KnownAt)
            .Append(", Source = ").Append(Source)
            .Append(", ScheduledOn = ").Append(ScheduledOn)
            .Append(", Progress = ").Append(Progress)
            .Append(", HasOutcome = ").Append(HasOutcome)
            .Append(", Outcomes = [").AppendJoin(", ", Outcomes).Append(']')
            .Append(", IsDefault = ").Append(IsDefault);
        return true;
    }
}
