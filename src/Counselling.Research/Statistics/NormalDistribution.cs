using System;

namespace Counselling.Research.Statistics;

/// <summary>
/// The standard normal distribution: density, distribution function, upper tail and quantile, accurate to about
/// 1e-14 relative (R: <c>dnorm</c>, <c>pnorm</c>, <c>pnorm(lower.tail = FALSE)</c>, <c>qnorm</c>).
/// </summary>
/// <remarks>
/// .NET has no error function. The tails are computed as Φ(−|x|) = Q(½, x²/2) / 2 with the regularized incomplete
/// gamma function, which keeps their relative accuracy far out (Φ(−30) ≈ 4.9e-198 is exact to about 1e-13); the
/// quantile starts from a rational approximation and is polished by Halley steps on that distribution function.
/// Pure functions, thread-safe.
/// </remarks>
public static class NormalDistribution
{
    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>The density φ(x) = exp(−x²/2) / √(2π).</summary>
    /// <param name="x">The point.</param>
    /// <returns>The density; NaN for NaN.</returns>
    public static double Density(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>The distribution function Φ(x) = P(Z ≤ x).</summary>
    /// <param name="x">The point; ±∞ allowed.</param>
    /// <returns>Φ(x) in [0, 1]; NaN for NaN.</returns>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        return x <= 0 ? LowerTail(x) : 1 - LowerTail(-x);
    }

    /// <summary>The upper tail 1 − Φ(x) = P(Z &gt; x), computed without cancellation.</summary>
    /// <param name="x">The point; ±∞ allowed.</param>
    /// <returns>1 − Φ(x) in [0, 1]; NaN for NaN.</returns>
    public static double UpperTail(double x) => Cdf(-x);

    /// <summary>The quantile Φ⁻¹(p): the z with Φ(z) = p.</summary>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <returns>The quantile; −∞ for 0 and +∞ for 1.</returns>
    /// <exception cref="ResearchArgumentException"><paramref name="p"/> is outside [0, 1] or NaN (code <see cref="ResearchCodes.ProbabilityOutOfRange"/>).</exception>
    public static double Quantile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ResearchArgumentException(ResearchCodes.ProbabilityOutOfRange, nameof(p), Check.Arg("probability", p));
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        if (p == 0.5)
        {
            return 0;
        }

        // 1 − p is exact for p ≥ ½, so the upper half is the mirror of the lower half.
        return p < 0.5 ? LowerQuantile(p) : -LowerQuantile(1 - p);
    }

    /// <summary>The two-sided critical value z with P(|Z| ≤ z) = level, such as 1.959963984540054 for 0.95.</summary>
    /// <param name="confidenceLevel">The level, strictly between 0 and 1.</param>
    /// <returns>Φ⁻¹(1 − (1 − level)/2), as R's <c>qnorm(1 - (1 - conf.int)/2)</c>.</returns>
    /// <exception cref="ResearchArgumentException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1 (code <see cref="ResearchCodes.ConfidenceLevelOutOfRange"/>).</exception>
    public static double TwoSidedCritical(double confidenceLevel)
    {
        Check.ConfidenceLevel(confidenceLevel);
        return Quantile(1 - ((1 - confidenceLevel) / 2));
    }

    /// <summary>Φ(x) for x ≤ 0: Q(½, x²/2)/2, or ½ − P(½, x²/2)/2 near 0.</summary>
    private static double LowerTail(double x)
    {
        if (double.IsNegativeInfinity(x))
        {
            return 0;
        }

        var y = 0.5 * x * x;
        return 0.5 * GammaFunctions.UpperRegularized(0.5, y);
    }

    /// <summary>Φ⁻¹(q) for 0 &lt; q &lt; ½.</summary>
    private static double LowerQuantile(double q)
    {
        // Starting point: Abramowitz and Stegun 26.2.23 (absolute error below 4.5e-4).
        var t = Math.Sqrt(-2 * Math.Log(q));
        var x = -(t - ((2.515517 + (0.802853 * t) + (0.010328 * t * t)) / (1 + (1.432788 * t) + (0.189269 * t * t) + (0.001308 * t * t * t))));

        // Halley's method on Φ(x) − q; the convergence is cubic, so three or four steps reach full precision.
        for (var i = 0; i < 20; i++)
        {
            var density = Density(x);
            if (density == 0)
            {
                break;
            }

            var u = (LowerTail(x) - q) / density;
            var step = u / (1 + (0.5 * x * u));
            x -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, Math.Abs(x)))
            {
                break;
            }
        }

        return Math.Min(x, 0);
    }
}
