using System;
using Xunit;

namespace Counselling.Research.Tests;

/// <summary>Comparisons with published values to a relative tolerance.</summary>
internal static class Near
{
    /// <summary>Asserts |actual − expected| ≤ tolerance·|expected| (≤ tolerance when expected is 0).</summary>
    public static void Equal(double expected, double actual, double tolerance = 1e-9, string? what = null)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        var allowed = expected == 0 ? tolerance : tolerance * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= allowed, $"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(actual - expected):E3}, allowed {allowed:E3})");
    }

    public static void All(double[] expected, Func<int, double> actual, double tolerance = 1e-9, string? what = null)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            Equal(expected[i], actual(i), tolerance, $"{what}[{i}]");
        }
    }
}
