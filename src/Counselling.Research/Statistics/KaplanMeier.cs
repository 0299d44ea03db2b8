using System;
using System.Runtime.InteropServices;

namespace Counselling.Research.Statistics;

/// <summary>
/// The Kaplan–Meier estimator of the time to an event (a first job, a return to training…), people whose follow-up
/// ended without the event being censored at that time. Matches R's
/// <c>survfit(Surv(time, event) ~ 1)</c> with its defaults: Greenwood's variance, the <c>"log"</c> band, the median
/// and its interval as <c>print</c> shows them.
/// </summary>
/// <remarks>
/// One sort of 64-bit keys (time and event flag together, O(n log n)), then one pass; memory: the keys (8 bytes a
/// person) and the steps.
/// Pure, thread-safe.
/// </remarks>
public static class KaplanMeier
{
    /// <summary>R's tolerance when comparing a survival with 0.5 for the median: √(double epsilon).</summary>
    private static readonly double MedianTolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>Estimates the curve.</summary>
    /// <param name="times">Each person's time: to the event, or to the end of their follow-up; finite, zero or more.</param>
    /// <param name="events">For each person, <see langword="true"/> if the event happened at that time, <see langword="false"/> if the follow-up ended without it (censored).</param>
    /// <param name="confidenceLevel">The level of the band and of the median's interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ResearchArgumentException">
    /// The lists are empty or of different lengths, a time is negative, infinite or NaN, or the level is not strictly between 0 and 1
    /// (see <see cref="ResearchArgumentException.Code"/>).
    /// </exception>
    public static SurvivalCurve Estimate(ReadOnlySpan<double> times, ReadOnlySpan<bool> events, double confidenceLevel = 0.95)
    {
        Check.Times(times, events.Length, -1, nameof(times));
        var z = NormalDistribution.TwoSidedCritical(confidenceLevel);

        // One primitive sort: each person as one 64-bit key, the time's bits shifted left with the event flag in the
        // lowest bit. Times are zero or more, so their bits order as the times do (−0 becomes +0).
        var keys = new ulong[times.Length];
        var eventCount = 0;
        for (var i = 0; i < times.Length; i++)
        {
            keys[i] = ((ulong)BitConverter.DoubleToInt64Bits(times[i]) << 1) | (events[i] ? 1UL : 0UL);
            eventCount += events[i] ? 1 : 0;
        }

        Array.Sort(keys);

        var steps = new SurvivalStep[CountDistinctTimes(keys)];
        var atRisk = keys.Length;
        double survival = 1, greenwood = 0;
        for (int i = 0, s = 0; i < keys.Length; s++)
        {
            var timeBits = keys[i] >> 1;
            var leaving = 0;
            var deaths = 0;
            for (; i + leaving < keys.Length && keys[i + leaving] >> 1 == timeBits; leaving++)
            {
                deaths += (int)(keys[i + leaving] & 1);
            }

            if (deaths > 0)
            {
                survival *= (double)(atRisk - deaths) / atRisk;
                greenwood = deaths == atRisk ? double.PositiveInfinity : greenwood + ((double)deaths / ((double)atRisk * (atRisk - deaths)));
            }

            var se = Math.Sqrt(greenwood);
            double lower = double.NaN, upper = double.NaN;
            if (survival > 0)
            {
                var log = Math.Log(survival);
                lower = Math.Exp(log - (z * se));
                upper = Math.Min(1, Math.Exp(log + (z * se)));
            }

            steps[s] = new SurvivalStep(BitConverter.Int64BitsToDouble((long)timeBits), atRisk, deaths, leaving - deaths, survival, se, lower, upper);
            atRisk -= leaving;
            i += leaving;
        }

        var median = new SurvivalMedian(
            FirstAtOrBelowHalf(steps, static s => s.Survival),
            FirstAtOrBelowHalf(steps, static s => s.Lower),
            FirstAtOrBelowHalf(steps, static s => s.Upper));
        return new SurvivalCurve(times.Length, eventCount, confidenceLevel, ImmutableCollectionsMarshal.AsImmutableArray(steps), median);
    }

    private static int CountDistinctTimes(ulong[] sorted)
    {
        var count = sorted.Length == 0 ? 0 : 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            count += sorted[i] >> 1 != sorted[i - 1] >> 1 ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// R's rule for the median and its limits (survival's <c>survmean</c>): the first time the curve is at or below
    /// 0.5 (within √ε); if it is 0.5 there and falls lower later, the mean of that time and the first time it is lower.
    /// Steps where the curve is undefined (NaN) are skipped, as R skips <c>NA</c>.
    /// </summary>
    private static double? FirstAtOrBelowHalf(SurvivalStep[] steps, Func<SurvivalStep, double> curve)
    {
        for (var i = 0; i < steps.Length; i++)
        {
            var y = curve(steps[i]);
            if (double.IsNaN(y) || !(y < 0.5 + MedianTolerance))
            {
                continue;
            }

            if (Math.Abs(y - 0.5) < MedianTolerance)
            {
                for (var k = i + 1; k < steps.Length; k++)
                {
                    var later = curve(steps[k]);
                    if (!double.IsNaN(later) && later < y)
                    {
                        return (steps[i].Time + steps[k].Time) / 2;
                    }
                }
            }

            return steps[i].Time;
        }

        return null;
    }
}
