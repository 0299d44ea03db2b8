using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>A decision the client made (he chose "industrial mechanic" from the list built together).</summary>
/// <remarks>The default value is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct DecisionFact : IKnownFact
{
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
        Kind = Guard.Defined(kind);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        Session = session is { } s ? Guard.NotDefault(s, nameof(session)) : null;
    }

    /// <summary>Gets what the decision is about.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets when it became known.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets the session it was announced at, if any.</summary>
    public SessionId? Session { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Kind == 0;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => KnownAt <= cutoff.Instant;
}
