using System;
using System.Collections.Immutable;

namespace Counselling.Research.Statistics;

/// <summary>
/// A Kaplan–Meier curve, as <see cref="KaplanMeier.Estimate"/> computes it: one step per distinct time, Greenwood's
/// variance, R's default log band and the median with its interval.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SurvivalCurve
{
    internal SurvivalCurve(int count, int eventCount, double confidenceLevel, ImmutableArray<SurvivalStep> steps, SurvivalMedian median)
    {
        Count = count;
        EventCount = eventCount;
        ConfidenceLevel = confidenceLevel;
        Steps = steps;
        Median = median;
    }

    /// <summary>Gets the number of people followed (R: <c>n</c>).</summary>
    public int Count { get; }

    /// <summary>Gets the number of people who had the event (R: <c>events</c>).</summary>
    public int EventCount { get; }

    /// <summary>Gets the confidence level of the band and of the median's interval, such as 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the steps, one per distinct time (event or censoring), in increasing time (R: <c>fit$time</c> and the columns beside it).</summary>
    public ImmutableArray<SurvivalStep> Steps { get; }

    /// <summary>Gets the median time to the event with its interval.</summary>
    public SurvivalMedian Median { get; }

    /// <summary>Gets the estimated probability of not having had the event by a time: the curve is a step function, right-continuous.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The survival at <paramref name="time"/>; 1 before the first step.</returns>
    /// <exception cref="ArgumentException"><paramref name="time"/> is NaN.</exception>
    public double SurvivalAt(double time)
    {
        if (double.IsNaN(time))
        {
            throw new ArgumentException("The time must be a number.", nameof(time));
        }

        // The last step at or before the time.
        int low = 0, high = Steps.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (Steps[middle].Time <= time)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? 1 : Steps[found].Survival;
    }
}
