namespace Counselling.Research.Statistics;

/// <summary>
/// The difference of two independent rates, first minus second, with Newcombe's hybrid score interval (method 10 of
/// Newcombe 1998), as <see cref="Rates.NewcombeDifference"/> computes it.
/// </summary>
/// <remarks>The default value is never produced by <see cref="Rates"/>.</remarks>
/// <param name="First">The first rate, with its Wilson interval.</param>
/// <param name="Second">The second rate, with its Wilson interval.</param>
/// <param name="Difference">The difference of the rates, first minus second.</param>
/// <param name="Lower">The lower limit of the interval, in [−1, 1].</param>
/// <param name="Upper">The upper limit of the interval, in [−1, 1].</param>
/// <param name="ConfidenceLevel">The confidence level, such as 0.95.</param>
public readonly record struct RateDifference(RateEstimate First, RateEstimate Second, double Difference, double Lower, double Upper, double ConfidenceLevel);
