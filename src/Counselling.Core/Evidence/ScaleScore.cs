using System;
using System.Globalization;

namespace Counselling.Core.Evidence;

/// <summary>A level read on a bounded scale, such as 4 on a scale from 1 to 5 (satisfaction, autonomy).</summary>
/// <remarks>The default value (0 on a scale from 0 to 0) is invalid and refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct ScaleScore
{
    /// <summary>Initializes a new score.</summary>
    /// <param name="value">The level read; between <paramref name="minimum"/> and <paramref name="maximum"/>.</param>
    /// <param name="minimum">The lowest level of the scale.</param>
    /// <param name="maximum">The highest level of the scale; greater than <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is not greater than <paramref name="minimum"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> lies outside the scale.</exception>
    public ScaleScore(int value, int minimum, int maximum)
    {
        if (maximum <= minimum)
        {
            throw new ArgumentException("The top of a scale must be greater than its bottom.", nameof(maximum));
        }

        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The level must lie on its scale.");
        }

        Value = value;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the level read.</summary>
    public int Value { get; }

    /// <summary>Gets the lowest level of the scale.</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest level of the scale.</summary>
    public int Maximum { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Maximum == Minimum;

    /// <summary>Gets the level as a share of the scale: 0 at the bottom, 1 at the top.</summary>
    public double Normalised => IsDefault ? 0 : (double)(Value - Minimum) / (Maximum - Minimum);

    /// <summary>Returns the level and its scale, such as <c>4/[1..5]</c>.</summary>
    /// <returns>The score as text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Value}/[{Minimum}..{Maximum}]");
}
