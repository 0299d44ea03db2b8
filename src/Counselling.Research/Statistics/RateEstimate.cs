namespace Counselling.Research.Statistics;

/// <summary>
/// A rate (a proportion: people with the outcome among the people counted) with its Wilson score interval, as
/// <see cref="Rates.Wilson"/> computes it.
/// </summary>
/// <remarks>The default value (0 of 0, interval [0, 0]) is never produced by <see cref="Rates"/>.</remarks>
/// <param name="Successes">The number of people with the outcome.</param>
/// <param name="Trials">The number of people counted.</param>
/// <param name="Estimate">The rate, successes / trials.</param>
/// <param name="Lower">The lower limit of the interval, in [0, 1].</param>
/// <param name="Upper">The upper limit of the interval, in [0, 1].</param>
/// <param name="ConfidenceLevel">The confidence level, such as 0.95.</param>
public readonly record struct RateEstimate(int Successes, int Trials, double Estimate, double Lower, double Upper, double ConfidenceLevel);
