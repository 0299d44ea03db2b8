using System;

namespace Counselling.Benchmarks.Research;

/// <summary>
/// A seeded cohort of people followed to an event (a first job): two groups, times either in whole days over two years
/// (many ties, about 730 distinct times) or continuous (almost all distinct), about seven in ten with the event.
/// </summary>
public sealed class FollowUpTimes
{
    private FollowUpTimes(double[] times, bool[] events, int[] groups)
    {
        Times = times;
        Events = events;
        Groups = groups;
    }

    public double[] Times { get; }

    public bool[] Events { get; }

    public int[] Groups { get; }

    public static FollowUpTimes Generate(int count, bool wholeDays, int seed = 2026)
    {
        var random = new Random(seed);
        var times = new double[count];
        var events = new bool[count];
        var groups = new int[count];
        for (var i = 0; i < count; i++)
        {
            groups[i] = random.Next(2);
            // Exponential times, the second group a little faster; follow-up ends at 730 days.
            var rate = groups[i] == 0 ? 1.0 / 300 : 1.0 / 240;
            var time = -Math.Log(1 - random.NextDouble()) / rate;
            var censoredAt = random.NextDouble() < 0.2 ? random.NextDouble() * 730 : 730;
            events[i] = time <= censoredAt;
            var t = Math.Min(time, censoredAt);
            times[i] = wholeDays ? Math.Floor(t) : t;
        }

        return new FollowUpTimes(times, events, groups);
    }
}
