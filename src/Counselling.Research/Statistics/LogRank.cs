using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Counselling.Research.Statistics;

/// <summary>
/// The log-rank test of equal curves of time to an event between two or more groups, as R's
/// <c>survdiff(Surv(time, event) ~ group)</c> computes it (<c>rho = 0</c>): observed and expected events per group,
/// their covariance matrix, the chi-square with (groups − 1) degrees of freedom and its p-value.
/// </summary>
/// <remarks>
/// At each distinct event time with n people at risk (nₖ in group k) and d events, group k expects d·nₖ/n events, and
/// the covariance of observed − expected gains d(n − d)/(n(n − 1))·nⱼ(δⱼₖ − nₖ/n) (nothing when n = 1). The statistic
/// is (O − E)ᵀV⁻¹(O − E) over the groups in which any event is expected, leaving out the first of them, as R does.
/// One sort of the times (O(n log n)), then one pass. Pure, thread-safe; the result does not depend on the order of the people.
/// </remarks>
public static class LogRank
{
    /// <summary>Compares the groups.</summary>
    /// <param name="times">Each person's time: to the event, or to the end of their follow-up; finite, zero or more.</param>
    /// <param name="events">For each person, <see langword="true"/> if the event happened at that time, <see langword="false"/> if censored.</param>
    /// <param name="groups">Each person's group, any integer label (at least two distinct labels).</param>
    /// <returns>The test.</returns>
    /// <exception cref="ResearchArgumentException">
    /// The lists are empty or of different lengths, a time is negative, infinite or NaN, or there are fewer than two groups
    /// (see <see cref="ResearchArgumentException.Code"/>).
    /// </exception>
    public static LogRankResult Test(ReadOnlySpan<double> times, ReadOnlySpan<bool> events, ReadOnlySpan<int> groups)
    {
        Check.Times(times, events.Length, groups.Length, nameof(times));
        var (labels, index) = Index(groups);
        var k = labels.Length;
        if (k < 2)
        {
            throw new ResearchArgumentException(ResearchCodes.FewerThanTwoGroups, nameof(groups), Check.Arg("groups", k));
        }

        // One sort: the times, carrying each person's group and event flag packed in one int (group · 2 + event).
        var keys = times.ToArray();
        var items = index;
        var size = new int[k];
        for (var i = 0; i < items.Length; i++)
        {
            size[items[i]]++;
            items[i] = (items[i] << 1) | (events[i] ? 1 : 0);
        }

        Array.Sort(keys, items);

        var risk = (int[])size.Clone();
        var observed = new int[k];
        var expected = new double[k];
        var covariance = new double[k * k];
        var deathsIn = new int[k];
        var leavingIn = new int[k];
        var atRisk = keys.Length;
        for (var i = 0; i < keys.Length;)
        {
            var time = keys[i];
            var end = i;
            var deaths = 0;
            for (; end < keys.Length && keys[end] == time; end++)
            {
                var group = items[end] >> 1;
                var died = items[end] & 1;
                leavingIn[group]++;
                deathsIn[group] += died;
                deaths += died;
            }

            if (deaths > 0)
            {
                for (var g = 0; g < k; g++)
                {
                    expected[g] += (double)deaths * risk[g] / atRisk;
                }

                if (atRisk > 1)
                {
                    var factor = (double)deaths * (atRisk - deaths) / ((double)atRisk * (atRisk - 1));
                    for (var a = 0; a < k; a++)
                    {
                        var term = factor * risk[a];
                        covariance[(a * k) + a] += term;
                        for (var b = 0; b < k; b++)
                        {
                            covariance[(a * k) + b] -= term * risk[b] / atRisk;
                        }
                    }
                }
            }

            for (var g = 0; g < k; g++)
            {
                observed[g] += deathsIn[g];
                risk[g] -= leavingIn[g];
                deathsIn[g] = 0;
                leavingIn[g] = 0;
            }

            atRisk -= end - i;
            i = end;
        }

        var result = new LogRankGroup[k];
        for (var g = 0; g < k; g++)
        {
            result[g] = new LogRankGroup(labels[g], size[g], observed[g], expected[g], covariance[(g * k) + g]);
        }

        var (chiSquare, df) = Statistic(observed, expected, covariance, k);
        var p = df == 0 ? 1 : ChiSquareDistribution.UpperTail(chiSquare, df);
        return new LogRankResult(ImmutableCollectionsMarshal.AsImmutableArray(result), covariance, chiSquare, df, p);
    }

    /// <summary>The distinct labels in increasing order, and each person's position among them.</summary>
    private static (int[] Labels, int[] Index) Index(ReadOnlySpan<int> groups)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var g in groups)
        {
            min = Math.Min(min, g);
            max = Math.Max(max, g);
        }

        var index = new int[groups.Length];
        if ((long)max - min < 4096)
        {
            // Labels in a small range (the usual 0, 1, 2… or 1, 2): a direct table.
            var slot = new int[max - min + 1];
            foreach (var g in groups)
            {
                slot[g - min] = 1;
            }

            var labels = new List<int>();
            for (var s = 0; s < slot.Length; s++)
            {
                if (slot[s] != 0)
                {
                    slot[s] = labels.Count;
                    labels.Add(s + min);
                }
            }

            for (var i = 0; i < groups.Length; i++)
            {
                index[i] = slot[groups[i] - min];
            }

            return ([.. labels], index);
        }

        var distinct = new SortedSet<int>();
        foreach (var g in groups)
        {
            distinct.Add(g);
        }

        var sorted = new int[distinct.Count];
        distinct.CopyTo(sorted);
        var position = new Dictionary<int, int>(sorted.Length);
        for (var s = 0; s < sorted.Length; s++)
        {
            position[sorted[s]] = s;
        }

        for (var i = 0; i < groups.Length; i++)
        {
            index[i] = position[groups[i]];
        }

        return (sorted, index);
    }

    /// <summary>
    /// (O − E)ᵀV⁻¹(O − E) over the groups with an expected count, the first of them left out, through an LDLᵀ
    /// factorisation; a pivot that vanishes (a singular matrix) drops its dimension, as a generalised inverse would.
    /// </summary>
    private static (double ChiSquare, int DegreesOfFreedom) Statistic(int[] observed, double[] expected, double[] covariance, int k)
    {
        var kept = new List<int>(k);
        for (var g = 0; g < k; g++)
        {
            if (expected[g] > 0)
            {
                kept.Add(g);
            }
        }

        var m = kept.Count - 1;
        if (m < 1)
        {
            return (0, 0);
        }

        var v = new double[m, m];
        var y = new double[m];
        double largest = 0;
        for (var a = 0; a < m; a++)
        {
            y[a] = observed[kept[a + 1]] - expected[kept[a + 1]];
            for (var b = 0; b < m; b++)
            {
                v[a, b] = covariance[(kept[a + 1] * k) + kept[b + 1]];
            }

            largest = Math.Max(largest, Math.Abs(v[a, a]));
        }

        // LDLᵀ in place (L below the diagonal, D on it), then forward substitution L·w = y; χ² = Σ w²/D.
        var tolerance = largest * 1e-12;
        var rank = 0;
        double chi = 0;
        for (var j = 0; j < m; j++)
        {
            var d = v[j, j];
            for (var c = 0; c < j; c++)
            {
                d -= v[j, c] * v[j, c] * v[c, c];
            }

            var keep = d > tolerance;
            v[j, j] = keep ? d : 0;
            for (var i = j + 1; i < m; i++)
            {
                var s = v[i, j];
                for (var c = 0; c < j; c++)
                {
                    s -= v[i, c] * v[j, c] * v[c, c];
                }

                v[i, j] = keep ? s / d : 0;
            }

            var w = y[j];
            for (var c = 0; c < j; c++)
            {
                w -= v[j, c] * y[c];
            }

            y[j] = w;
            if (keep)
            {
                chi += w * w / d;
                rank++;
            }
        }

        return (Math.Max(0, chi), rank);
    }
}
