using System;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>A value of an objective's indicator, read at an instant.</summary>
/// <remarks>The default value names no objective and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct IndicatorReading : IKnownFact
{
    /// <summary>Initializes a new reading.</summary>
    /// <param name="objective">The objective whose indicator was read; the record must hold it.</param>
    /// <param name="value">The value read.</param>
    /// <param name="knownAt">When it was read.</param>
    /// <param name="source">Who read it.</param>
    /// <exception cref="ArgumentException"><paramref name="objective"/> is the default identifier or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public IndicatorReading(ObjectiveId objective, decimal value, Instant knownAt, ActorKind source)
    {
        Objective = Guard.NotDefault(objective);
        Value = value;
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId Objective { get; }

    /// <summary>Gets the value read.</summary>
    public decimal Value { get; }

    /// <summary>Gets when it was read.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who read it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Objective.IsDefault;
}
