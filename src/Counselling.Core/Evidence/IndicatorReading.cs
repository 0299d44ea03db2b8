using System;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>A value of an objective's indicator, read at an instant.</summary>
/// <remarks>The default value names no objective and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct IndicatorReading : IKnownFact
{
    // Kept small (48 bytes, not 56): the instant as ticks, the source as a byte.
    private readonly decimal _value;
    private readonly long _knownTicks;
    private readonly ObjectiveId _objective;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes a new reading.</summary>
    /// <param name="objective">The objective whose indicator was read; the record must hold it.</param>
    /// <param name="value">The value read.</param>
    /// <param name="knownAt">When it was read.</param>
    /// <param name="source">Who read it.</param>
    /// <exception cref="ArgumentException"><paramref name="objective"/> is the default identifier or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public IndicatorReading(ObjectiveId objective, decimal value, Instant knownAt, ActorKind source)
    {
        _objective = Guard.NotDefault(objective);
        _value = value;
        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
    }

    /// <summary>Initializes a reading from the parts a <see cref="RecordedReading"/> keeps, already checked.</summary>
    internal IndicatorReading(ObjectiveId objective, decimal value, long knownTicks, byte knownNanoseconds, byte source)
    {
        (_objective, _value, _source) = (objective, value, source);
        (_knownTicks, _knownNanoseconds) = (knownTicks, knownNanoseconds);
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId Objective => _objective;

    /// <summary>Gets the value read.</summary>
    public decimal Value => _value;

    /// <summary>Gets when it was read.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who read it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _objective.IsDefault;

    /// <summary>Gets the ticks of the instant it was read.</summary>
    internal long KnownTicks => _knownTicks;

    /// <summary>Gets the nanoseconds past <see cref="KnownTicks"/>.</summary>
    internal byte KnownNanoseconds => _knownNanoseconds;

    /// <summary>Gets the source's kind as kept.</summary>
    internal byte SourceByte => _source;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);
}
