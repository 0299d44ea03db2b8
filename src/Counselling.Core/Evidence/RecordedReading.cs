using System;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// An <see cref="IndicatorReading"/> as a case record keeps it: 32 bytes instead of 48, the objective named by the place
/// of its first fact among the record's objective facts rather than by its 16-byte identifier. The criteria read a
/// reading's value, instant and source, never its objective (the first reading reaching each objective is found when the
/// record is built), so the identifier is needed only to give the public reading back.
/// </summary>
/// <remarks>The place is valid only with the objective facts of the record that holds this; <see cref="ToFact"/> reads them.</remarks>
internal readonly struct RecordedReading : IKnownFact, ICompactFact<IndicatorReading, ObjectiveFact>
{
    private readonly decimal _value;
    private readonly long _knownTicks;
    private readonly int _objective;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes the kept form of a reading.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="objective">The place of the first fact of its objective.</param>
    public RecordedReading(in IndicatorReading reading, int objective)
    {
        (_value, _objective, _source) = (reading.Value, objective, reading.SourceByte);
        (_knownTicks, _knownNanoseconds) = (reading.KnownTicks, reading.KnownNanoseconds);
    }

    /// <summary>Gets the value read.</summary>
    public decimal Value => _value;

    /// <summary>Gets when it was read.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who read it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets the place of the first fact of its objective.</summary>
    public int Objective => _objective;

    /// <summary>Gets a value indicating whether this is the invalid default value (a kept reading always has a source).</summary>
    public bool IsDefault => _source == 0;

    /// <summary>Tells whether this was known at the cutoff.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <inheritdoc/>
    public IndicatorReading ToFact(ReadOnlySpan<ObjectiveFact> named)
        => new(named[_objective].Objective, _value, _knownTicks, _knownNanoseconds, _source);
}
