using System;

namespace Counselling.Research.Statistics;

/// <summary>
/// Rates with their confidence intervals: the Wilson score interval for one rate (R:
/// <c>prop.test(x, n, correct = FALSE)$conf.int</c>) and Newcombe's hybrid score interval for the difference of two
/// independent rates (method 10 of Newcombe, <i>Statistics in Medicine</i> 17, 873–890, 1998).
/// </summary>
/// <remarks>
/// Both intervals behave well for small groups and for rates near 0 or 1, where the textbook Wald interval
/// (p ± z·√(p(1−p)/n)) leaves [0, 1] or collapses to a point. Pure functions, thread-safe.
/// </remarks>
public static class Rates
{
    /// <summary>The rate successes / trials with its Wilson score interval.</summary>
    /// <param name="successes">The number of people with the outcome, 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">The number of people counted, at least 1.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The rate and its interval.</returns>
    /// <exception cref="ResearchArgumentException">
    /// <paramref name="trials"/> is below 1, <paramref name="successes"/> is negative or above <paramref name="trials"/>,
    /// or <paramref name="confidenceLevel"/> is not strictly between 0 and 1 (see <see cref="ResearchArgumentException.Code"/>).
    /// </exception>
    public static RateEstimate Wilson(int successes, int trials, double confidenceLevel = 0.95)
    {
        Check.Rate(successes, trials, nameof(successes), nameof(trials));
        var z = NormalDistribution.TwoSidedCritical(confidenceLevel);
        return WilsonAt(successes, trials, z, confidenceLevel);
    }

    /// <summary>
    /// The difference of two independent rates, first minus second, with Newcombe's hybrid score interval: each rate's
    /// Wilson interval (l, u) gives the limits d − √((p₁ − l₁)² + (u₂ − p₂)²) and d + √((u₁ − p₁)² + (p₂ − l₂)²).
    /// </summary>
    /// <param name="successes1">The number of people with the outcome in the first group.</param>
    /// <param name="trials1">The number of people in the first group, at least 1.</param>
    /// <param name="successes2">The number of people with the outcome in the second group.</param>
    /// <param name="trials2">The number of people in the second group, at least 1.</param>
    /// <param name="confidenceLevel">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The difference, its interval and both rates.</returns>
    /// <exception cref="ResearchArgumentException">A count is out of range, or <paramref name="confidenceLevel"/> is not strictly between 0 and 1 (see <see cref="ResearchArgumentException.Code"/>).</exception>
    public static RateDifference NewcombeDifference(int successes1, int trials1, int successes2, int trials2, double confidenceLevel = 0.95)
    {
        Check.Rate(successes1, trials1, nameof(successes1), nameof(trials1));
        Check.Rate(successes2, trials2, nameof(successes2), nameof(trials2));
        var z = NormalDistribution.TwoSidedCritical(confidenceLevel);
        var first = WilsonAt(successes1, trials1, z, confidenceLevel);
        var second = WilsonAt(successes2, trials2, z, confidenceLevel);
        var difference = first.Estimate - second.Estimate;
        var below = Math.Sqrt(Square(first.Estimate - first.Lower) + Square(second.Upper - second.Estimate));
        var above = Math.Sqrt(Square(first.Upper - first.Estimate) + Square(second.Estimate - second.Lower));
        return new RateDifference(first, second, difference, Math.Max(-1, difference - below), Math.Min(1, difference + above), confidenceLevel);
    }

    private static RateEstimate WilsonAt(int successes, int trials, double z, double confidenceLevel)
    {
        double n = trials;
        var p = successes / n;
        var z2n = z * z / n;
        var centre = (p + (z2n / 2)) / (1 + z2n);
        var half = z / (1 + z2n) * Math.Sqrt((p * (1 - p) / n) + (z2n / (4 * n)));

        // At 0 and at n the interval touches the bound exactly (the formula gives it up to rounding).
        var lower = successes == 0 ? 0 : Math.Clamp(centre - half, 0, p);
        var upper = successes == trials ? 1 : Math.Clamp(centre + half, p, 1);
        return new RateEstimate(successes, trials, p, lower, upper, confidenceLevel);
    }

    private static double Square(double x) => x * x;
}
