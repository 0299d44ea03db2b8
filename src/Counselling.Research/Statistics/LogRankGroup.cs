namespace Counselling.Research.Statistics;

/// <summary>One group of a log-rank test: its size, the events observed and the events expected if every group shared one curve (R: a row of <c>survdiff</c>'s table).</summary>
/// <param name="Group">The group's label, as given.</param>
/// <param name="Count">The people in the group (R: <c>N</c>).</param>
/// <param name="Observed">The events observed (R: <c>Observed</c>).</param>
/// <param name="Expected">The events expected under the hypothesis of one common curve (R: <c>Expected</c>).</param>
/// <param name="Variance">The variance of observed − expected (the diagonal of R's <c>var</c>).</param>
public readonly record struct LogRankGroup(int Group, int Count, int Observed, double Expected, double Variance)
{
    /// <summary>Gets (O − E)²/E, as R prints it; 0 when nothing is expected.</summary>
    public double ObservedMinusExpectedSquaredOverExpected => Expected == 0 ? 0 : (Observed - Expected) * (Observed - Expected) / Expected;

    /// <summary>Gets (O − E)²/V, as R prints it; 0 when the variance is 0.</summary>
    public double ObservedMinusExpectedSquaredOverVariance => Variance == 0 ? 0 : (Observed - Expected) * (Observed - Expected) / Variance;
}
