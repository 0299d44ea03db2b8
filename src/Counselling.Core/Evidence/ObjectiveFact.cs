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
        Objective = Guard.NotDefault(objective);
        Deadline = Bounds.Date(deadline);
        Baseline = baseline;
        Target = target;
        Direction = Guard.Defined(direction);
        if (direction == IndicatorDirection.Increase ? target <= baseline : target >= baseline)
        {
            throw new ArgumentException("The target must lie beyond the baseline in the indicator's direction.", nameof(target));
        }

        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId Objective { get; }

    /// <summary>Gets the deadline.</summary>
    public LocalDate Deadline { get; }

    /// <summary>Gets the indicator's baseline.</summary>
    public decimal Baseline { get; }

    /// <summary>Gets the indicator's target.</summary>
    public decimal Target { get; }

    /// <summary>Gets which way the indicator must move.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Gets when the objective was agreed.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Objective.IsDefault;

    /// <summary>Tells whether an indicator value reaches the target.</summary>
    /// <param name="value">The value read.</param>
    /// <returns><see langword="true"/> if the value is at or beyond the target.</returns>
    public bool IsReachedBy(decimal value) => Direction == IndicatorDirection.Increase ? value >= Target : value <= Target;
}
