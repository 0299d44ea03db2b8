using System;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// What was known of one between-session action at an instant: who owns it, where it was agreed and its status.
/// Observed again when reviewed, the latest observation known at the as-of instant counts; a reviewed action never
/// returns to <see cref="PlanActionStatus.Agreed"/>.
/// </summary>
/// <remarks>The default value names no action and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct ActionFact : IKnownFact
{
    // Kept small (48 bytes, not 64): the instant as ticks, the enums as bytes, no session as the default identifier.
    private readonly long _knownTicks;
    private readonly PlanActionId _action;
    private readonly SessionId _agreedAt;
    private readonly byte _owner;
    private readonly byte _status;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes a new observation of an action.</summary>
    /// <param name="action">The action.</param>
    /// <param name="owner">Who carries it out: the client, the counsellor, a partner or a relative (an aunt who helps).</param>
    /// <param name="status">Its status.</param>
    /// <param name="knownAt">When this became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="agreedAt">The session it was agreed at, if known; the record must hold that session.</param>
    /// <exception cref="ArgumentException"><paramref name="action"/> or <paramref name="agreedAt"/> is the default identifier, or
    /// <paramref name="owner"/> or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public ActionFact(PlanActionId action, ActorKind owner, PlanActionStatus status, Instant knownAt, ActorKind source, SessionId? agreedAt = null)
    {
        _action = Guard.NotDefault(action);
        _owner = (byte)EvidenceGuard.Source(owner);
        _status = (byte)Guard.Defined(status);
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
        _agreedAt = agreedAt is { } session ? Guard.NotDefault(session, nameof(agreedAt)) : default;
    }

    /// <summary>Gets the action.</summary>
    public PlanActionId Action => _action;

    /// <summary>Initializes an observation from the parts a <see cref="RecordedAction"/> keeps, already checked.</summary>
    internal ActionFact(PlanActionId action, byte owner, byte status, long knownTicks, byte knownNanoseconds, byte source, SessionId agreedAt)
    {
        (_action, _agreedAt) = (action, agreedAt);
        (_knownTicks, _knownNanoseconds) = (knownTicks, knownNanoseconds);
        (_owner, _status, _source) = (owner, status, source);
    }

    /// <summary>Gets who carries it out.</summary>
    public ActorKind Owner => (ActorKind)_owner;

    /// <summary>Gets its status.</summary>
    public PlanActionStatus Status => (PlanActionStatus)_status;

    /// <summary>Gets when this became known.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets the session it was agreed at, if known.</summary>
    public SessionId? AgreedAt => _agreedAt.IsDefault ? null : _agreedAt;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _action.IsDefault;

    /// <summary>Gets the session it was agreed at, the default identifier for none.</summary>
    internal SessionId AgreedAtOrDefault => _agreedAt;

    /// <summary>Gets the ticks of the instant it became known.</summary>
    internal long KnownTicks => _knownTicks;

    /// <summary>Gets the nanoseconds past <see cref="KnownTicks"/>.</summary>
    internal byte KnownNanoseconds => _knownNanoseconds;

    /// <summary>Gets the owner's kind as kept.</summary>
    internal byte OwnerByte => _owner;

    /// <summary>Gets the status as kept.</summary>
    internal byte StatusByte => _status;

    /// <summary>Gets the source's kind as kept.</summary>
    internal byte SourceByte => _source;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);
}
