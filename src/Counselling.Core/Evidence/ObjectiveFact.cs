using System;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// An objective agreed with the client: its deadline and its measurable indicator (baseline, target, direction).
/// Observed again (a new deadline agreed), the latest observation known at the as-of instant counts.
/// </summary>
/// <remarks>The default value names no objective and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct ObjectiveFact : IKnownFact
{
    // Kept small (64 bytes, not 88): the instant as ticks, the enums as bytes.
    private readonly decimal _baseline;
    private readonly decimal _target;
    private readonly long _knownTicks;
    private readonly ObjectiveId _objective;
    private readonly LocalDate _deadline;
    private readonly byte _direction;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes a new objective fact.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="deadline">The date by which the target is to be reached.</param>
    /// <param name="baseline">The indicator's value when the objective was agreed.</param>
    /// <param name="target">The value to reach; on the side of <paramref name="baseline"/> that <paramref name="direction"/> says.</param>
    /// <param name="direction">Which way the indicator must move.</param>
    /// <param name="knownAt">When the client agreed to it.</param>
    /// <param name="source">Who recorded it.</param>
    /// <exception cref="ArgumentException"><paramref name="objective"/> is the default identifier, <paramref name="source"/> is
    /// <see cref="ActorKind.None"/>, or <paramref name="target"/> is not beyond <paramref name="baseline"/> in <paramref name="direction"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> or <paramref name="deadline"/> lies outside <see cref="SupportedDates"/>.</exception>
    public ObjectiveFact(ObjectiveId objective, LocalDate deadline, decimal baseline, decimal target, IndicatorDirection direction, Instant knownAt, ActorKind source)
    {
        _objective = Guard.NotDefault(objective);
        _deadline = Bounds.Date(deadline);
        _baseline = baseline;
        _target = target;
        _direction = (byte)Guard.Defined(direction);
        if (direction == IndicatorDirection.Increase ? target <= baseline : target >= baseline)
        {
            throw new ArgumentException("The target must lie beyond the baseline in the indicator's direction.", nameof(target));
        }

        _knownTicks = FactInstant.Ticks(Bounds.Instant(knownAt), out _knownNanoseconds);
        _source = (byte)EvidenceGuard.Source(source);
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId Objective => _objective;

    /// <summary>Gets the deadline.</summary>
    public LocalDate Deadline => _deadline;

    /// <summary>Gets the indicator's baseline.</summary>
    public decimal Baseline => _baseline;

    /// <summary>Gets the indicator's target.</summary>
    public decimal Target => _target;

    /// <summary>Gets which way the indicator must move.</summary>
    public IndicatorDirection Direction => (IndicatorDirection)_direction;

    /// <summary>Gets when the objective was agreed.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _objective.IsDefault;

    /// <summary>Tells whether an indicator value reaches the target.</summary>
    /// <param name="value">The value read.</param>
    /// <returns><see langword="true"/> if the value is at or beyond the target.</returns>
    public bool IsReachedBy(decimal value) => Direction == IndicatorDirection.Increase ? value >= Target : value <= Target;

    /// <inheritdoc/>
    bool IKnownFact.IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>Tells whether this was known at the cutoff.</summary>
    internal bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);
}
