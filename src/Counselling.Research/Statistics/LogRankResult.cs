using System;
using System.Collections.Immutable;

namespace Counselling.Research.Statistics;

/// <summary>The result of a log-rank test, as <see cref="LogRank.Test"/> computes it (R: <c>survdiff(..., rho = 0)</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LogRankResult
{
    private readonly double[] _covariance;

    internal LogRankResult(ImmutableArray<LogRankGroup> groups, double[] covariance, double chiSquare, int degreesOfFreedom, double pValue)
    {
        Groups = groups;
        _covariance = covariance;
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = pValue;
    }

    /// <summary>Gets the groups, in increasing order of their label.</summary>
    public ImmutableArray<LogRankGroup> Groups { get; }

    /// <summary>Gets the chi-square statistic (R: <c>chisq</c>), 0 or more.</summary>
    public double ChiSquare { get; }

    /// <summary>
    /// Gets the degrees of freedom: the number of groups in which any event is expected, minus one (R: <c>df</c>);
    /// fewer if the covariance matrix is singular (where R stops with an error).
    /// </summary>
    public int DegreesOfFreedom { get; }

    /// <summary>
    /// Gets the p-value: the chi-square upper tail at <see cref="ChiSquare"/> (R: <c>pvalue</c>). With no degree of
    /// freedom (no event, or events expected in one group only) it is 1, where R reports 0 for a chi-square of 0 on 0 df.
    /// </summary>
    public double PValue { get; }

    /// <summary>Gets one entry of the covariance matrix of observed − expected between groups (R: <c>var</c>).</summary>
    /// <param name="row">The first group's position in <see cref="Groups"/>.</param>
    /// <param name="column">The second group's position in <see cref="Groups"/>.</param>
    /// <returns>The covariance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside <see cref="Groups"/>.</exception>
    public double Covariance(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Groups.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Groups.Length);
        return _covariance[(row * Groups.Length) + column];
    }
}
