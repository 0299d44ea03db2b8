namespace Counselling.Research.Statistics;

/// <summary>
/// The median time to the event with its confidence interval, as R's <c>print(survfit(...))</c> reports them
/// (<c>median</c>, <c>0.95LCL</c>, <c>0.95UCL</c>). A limit the curve does not reach is <see langword="null"/> (R: <c>NA</c>).
/// </summary>
/// <param name="Estimate">The median: the first time the survival is 0.5 or less; when the curve stays exactly at 0.5 over an interval, the middle of that interval (its start and the next event time).</param>
/// <param name="Lower">The lower limit: the same rule applied to the lower band (which falls to 0.5 first).</param>
/// <param name="Upper">The upper limit: the same rule applied to the upper band.</param>
public readonly record struct SurvivalMedian(double? Estimate, double? Lower, double? Upper);
