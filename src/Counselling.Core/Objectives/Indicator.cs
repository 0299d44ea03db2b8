using Counselling.Core.Evidence;
using System;
using System.Globalization;

using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>
/// What makes an objective measurable: what is measured, in which unit, where the client starts (baseline),
/// where they aim (target) and which way the measure must move.
/// </summary>
/// <remarks>
/// An indicator may be incomplete while the objective is worked out with the client: a missing target or unit is not
/// refused here but reported by <see cref="SmartObjectiveValidator"/> under the letter M. <see cref="ToString"/> never
/// shows the texts.
/// </remarks>
public sealed record Indicator
{
    private readonly string _measure = string.Empty;
    private readonly string _unit = string.Empty;

    /// <summary>Initializes a new indicator.</summary>
    /// <param name="measure">What is measured, such as <c>applications sent</c>; <see langword="null"/> is read as empty.</param>
    /// <param name="unit">The unit, such as <c>applications</c> or <c>hours</c>; <see langword="null"/> is read as empty.</param>
    /// <param name="baseline">Where the client starts, if known.</param>
    /// <param name="target">Where the client aims; without a target the objective is not measurable.</param>
    /// <param name="direction">Which way the measure must move.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a member of <see cref="IndicatorDirection"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> or <paramref name="unit"/> is longer than <see cref="TextLimits.Label"/> or not valid Unicode.</exception>
    public Indicator(string? measure, string? unit, decimal? baseline, decimal? target, IndicatorDirection direction = IndicatorDirection.Increase)
    {
        Measure = measure ?? string.Empty;
        Unit = unit ?? string.Empty;
        Baseline = baseline;
        Target = target;
        Direction = Guard.Defined(direction);
    }

    /// <summary>Gets what is measured; empty when not said yet.</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.Label"/> or not valid Unicode.</exception>
    [PersonalData]
    public string Measure
    {
        get => _measure;
        init => _measure = Bounds.Optional(value, TextLimits.Label, nameof(Measure)) ?? string.Empty;
    }

    /// <summary>Gets the unit; empty when not said yet.</summary>
    /// <exception cref="ArgumentException">The value is longer than <see cref="TextLimits.Label"/> or not valid Unicode.</exception>
    [PersonalData]
    public string Unit
    {
        get => _unit;
        init => _unit = Bounds.Optional(value, TextLimits.Label, nameof(Unit)) ?? string.Empty;
    }

    /// <summary>Gets where the client starts, if known.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>Gets where the client aims, if said.</summary>
    public decimal? Target { get; init; }

    /// <summary>Gets which way the measure must move.</summary>
    public IndicatorDirection Direction { get; init; }

    /// <summary>
    /// Reads a baseline or target from a host's data, such as <c>12</c> or <c>12,5</c> in French. A non-numeric value
    /// is refused here; a negative one is read and then reported by validation.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture the number is written in.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="provider"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a number in that culture.</exception>
    public static decimal ParseQuantity(string text, IFormatProvider provider)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(provider);
        return decimal.TryParse(text, NumberStyles.Number, provider, out var value)
            ? value
            : throw new FormatException("An indicator's baseline or target must be a number, written in the culture given.");
    }

    /// <summary>Returns the direction and which values are set: never the texts.</summary>
    /// <returns>The indicator as text, such as <c>indicator(Increase, baseline, target)</c>.</returns>
    public override string ToString()
        => "indicator(" + Direction + (Baseline.HasValue ? ", baseline" : string.Empty) + (Target.HasValue ? ", target" : string.Empty) + ")";
}
