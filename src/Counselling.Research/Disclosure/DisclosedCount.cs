using System;
using System.Globalization;

namespace Counselling.Research.Disclosure;

/// <summary>
/// A count as it may be published: either the count, or "suppressed (fewer than N)" — a suppressed count keeps no
/// trace of its value, so nothing downstream (a log, a serializer, a debugger) can reveal it.
/// </summary>
/// <remarks>The default value is a shown count of 0 under a threshold of 0; <see cref="SmallCellRule"/> never produces it.</remarks>
public readonly struct DisclosedCount : IEquatable<DisclosedCount>
{
    private readonly int _value;

    internal DisclosedCount(int value, SuppressionReason reason, int threshold)
    {
        _value = reason == SuppressionReason.None ? value : 0;
        Reason = reason;
        Threshold = threshold;
    }

    /// <summary>Gets why the count is not shown; <see cref="SuppressionReason.None"/> when it is.</summary>
    public SuppressionReason Reason { get; }

    /// <summary>Gets a value indicating whether the count is suppressed.</summary>
    public bool IsSuppressed => Reason != SuppressionReason.None;

    /// <summary>Gets the threshold of the rule applied: counts below it are suppressed.</summary>
    public int Threshold { get; }

    /// <summary>Gets the count, or <see langword="null"/> when it is suppressed.</summary>
    public int? Value => IsSuppressed ? null : _value;

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public static bool operator ==(DisclosedCount left, DisclosedCount right) => left.Equals(right);

    /// <summary>Compares two counts.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(DisclosedCount left, DisclosedCount right) => !left.Equals(right);

    /// <summary>Gets the count if it is shown.</summary>
    /// <param name="value">The count; 0 when suppressed.</param>
    /// <returns><see langword="true"/> if the count is shown.</returns>
    public bool TryGetValue(out int value)
    {
        value = _value;
        return !IsSuppressed;
    }

    /// <summary>Writes the count for a reader: the number, "suppressed (fewer than 5)" or "suppressed (protects another count)", in French for any <c>fr</c> culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string ToString(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Reason switch
        {
            SuppressionReason.SmallCell => ResearchMessages.Format(ResearchCodes.SuppressedSmallCell, culture, Check.Arg("threshold", Threshold)),
            SuppressionReason.Complementary => ResearchMessages.Format(ResearchCodes.SuppressedComplementary, culture),
            _ => _value.ToString("N0", culture),
        };
    }

    /// <summary>Writes the count in English: the number, or "suppressed (fewer than 5)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(DisclosedCount other) => _value == other._value && Reason == other.Reason && Threshold == other.Threshold;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DisclosedCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Reason, Threshold);
}
