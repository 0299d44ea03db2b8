using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>A decision the client made (he chose "industrial mechanic" from the list built together).</summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct DecisionFact : IKnownFact
{
    // Kept small (32 bytes, not 48): the instant as ticks, the enums as bytes, no session as the default identifier.
    private readonly long _knownTicks;
    private readonly SessionId _session;
    private readonly byte _kind;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes a new decision fact.</summary>
    /// <param name="kind">What the decision is about.</param>
    /// <param name="knownAt">When it became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="session">The session it was announced at, if any; the record must hold that session.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="ActorKind.None"/> or <paramref name="session"/> is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public DecisionFact(DecisionKind kind, Instant knownAt, ActorKind source, SessionId? session = null)
    {
        _kind = (byte)Guard.Defined(kind);
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
        _session = session is { } s ? Guard.NotDefault(s, nameof(session)) : default;
    }

    /// <summary>Gets what the decision is about.</summary>
    public DecisionKind Kind => (DecisionKind)_kind;

    /// <summary>Gets when it became known.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets the session it was announced at, if any.</summary>
    public SessionId? Session => _session.IsDefault ? null : _session;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Kind == 0;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);
}
