using System;
using System.Collections.Generic;
using System.Linq;

namespace Counselling.Benchmarks.Research;

/// <summary>
/// The same statistics written the straightforward way a researcher would in C#: records of (time, event, group),
/// LINQ ordering and grouping, a list of steps. The baseline of <see cref="KaplanMeierBenchmarks"/> and <see cref="LogRankBenchmarks"/>.
/// </summary>
public static class HandWrittenSurvival
{
    public readonly record struct Person(double Time, bool Event, int Group);

    public readonly record struct Step(double Time, int AtRisk, int Events, double Survival, double Lower, double Upper);

    public static Person[] People(FollowUpTimes data) => [.. data.Times.Select((t, i) => new Person(t, data.Events[i], data.Groups[i]))];

    public static List<Step> KaplanMeier(Person[] people, double z = 1.959963984540054)
    {
        var steps = new List<Step>();
        var atRisk = people.Length;
        double survival = 1, greenwood = 0;
        foreach (var group in people.GroupBy(p => p.Time).OrderBy(g => g.Key))
        {
            var deaths = group.Count(p => p.Event);
            var leaving = group.Count();
            if (deaths > 0)
            {
                survival *= (double)(atRisk - deaths) / atRisk;
                greenwood = deaths == atRisk ? double.PositiveInfinity : greenwood + ((double)deaths / ((double)atRisk * (atRisk - deaths)));
            }

            var se = Math.Sqrt(greenwood);
            var lower = survival > 0 ? Math.Exp(Math.Log(survival) - (z * se)) : double.NaN;
            var upper = survival > 0 ? Math.Min(1, Math.Exp(Math.Log(survival) + (z * se))) : double.NaN;
            steps.Add(new Step(group.Key, atRisk, deaths, survival, lower, upper));
            atRisk -= leaving;
        }

        return steps;
    }

    /// <summary>The two-group log-rank statistic (O₁ − E₁)²/V₁.</summary>
    public static double LogRankTwoGroups(Person[] people)
    {
        var inFirst = people.Count(p => p.Group == 0);
        var atRisk = people.Length;
        double observed = 0, expected = 0, variance = 0;
        foreach (var group in people.GroupBy(p => p.Time).OrderBy(g => g.Key))
        {
            var deaths = group.Count(p => p.Event);
            if (deaths > 0)
            {
                observed += group.Count(p => p.Event && p.Group == 0);
                expected += (double)deaths * inFirst / atRisk;
                if (atRisk > 1)
                {
                    variance += (double)deaths * inFirst * (atRisk - inFirst) * (atRisk - deaths) / ((double)atRisk * atRisk * (atRisk - 1));
                }
            }

            inFirst -= group.Count(p => p.Group == 0);
            atRisk -= group.Count();
        }

        return (observed - expected) * (observed - expected) / variance;
    }
}
