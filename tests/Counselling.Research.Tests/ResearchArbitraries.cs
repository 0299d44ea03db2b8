using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Counselling.Research.Tests;

/// <summary>A rate's inputs: successes among trials, at a confidence level.</summary>
public sealed record RateCase(int Successes, int Trials, double Level);

/// <summary>
/// People followed to an event, from a seed: times on a coarse grid (many ties) or continuous, an event flag each,
/// a group each (at least two groups), and a permutation of the people.
/// </summary>
public sealed record SurvivalSample(int Seed, int Size)
{
    public double[] Times { get; } = Build(Seed, Size).Times;

    public bool[] Events { get; } = Build(Seed, Size).Events;

    public int[] Groups { get; } = Build(Seed, Size).Groups;

    /// <summary>A permutation of 0..Size−1 drawn from the seed.</summary>
    public int[] Order { get; } = Enumerable.Range(0, Size).OrderBy(_ => new Random(Seed ^ 0x5bd1e995).Next()).ToArray();

    public T[] Permuted<T>(T[] values) => [.. Order.Select(i => values[i])];

    public override string ToString() => $"SurvivalSample(seed {Seed}, {Size} people)";

    private static (double[] Times, bool[] Events, int[] Groups) Build(int seed, int size)
    {
        var random = new Random(seed);
        var coarse = random.Next(2) == 0;
        var groupCount = random.Next(2, 6);
        var eventRate = random.NextDouble();
        var times = new double[size];
        var events = new bool[size];
        var groups = new int[size];
        for (var i = 0; i < size; i++)
        {
            times[i] = coarse ? random.Next(0, 12) : Math.Round(random.NextDouble() * 100, 3);
            events[i] = random.NextDouble() < eventRate;
            groups[i] = i < groupCount ? i : random.Next(groupCount);
        }

        return (times, events, groups);
    }
}

/// <summary>A table of counts, many of them small, from a seed.</summary>
public sealed record CountTable(int Seed, int Rows, int Columns, int Threshold)
{
    public int[,] Counts
    {
        get
        {
            var random = new Random(Seed);
            var counts = new int[Rows, Columns];
            for (var r = 0; r < Rows; r++)
            {
                for (var c = 0; c < Columns; c++)
                {
                    counts[r, c] = random.Next(3) == 0 ? random.Next(0, Threshold) : random.Next(0, 60);
                }
            }

            return counts;
        }
    }
}

/// <summary>A probability strictly between 0 and 1.</summary>
public sealed record Probability(double Value);

/// <summary>A pseudonymisation key and identifier.</summary>
public sealed record PseudonymCase(byte[] Key, byte[] OtherKey, string Identifier)
{
    public override string ToString() => $"PseudonymCase({Key.Length}-byte key, {Identifier.Length}-character identifier)";
}

/// <summary>The generators of the research properties, each with a shrinker towards smaller cases.</summary>
public static class ResearchArbitraries
{
    private static readonly double[] Levels = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999];

    public static Arbitrary<RateCase> Rates()
        => Arb.From(
            from trials in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, 100_000))
            from successes in Gen.Choose(0, trials)
            from level in Gen.Elements(Levels)
            select new RateCase(successes, trials, level),
            r => r.Trials > 1
                ? new[] { new RateCase(Math.Min(r.Successes, r.Trials / 2), r.Trials / 2, r.Level) }
                : Array.Empty<RateCase>());

    public static Arbitrary<SurvivalSample> Samples()
        => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from size in Gen.Choose(5, 300)
            select new SurvivalSample(seed, size),
            s => s.Size > 5 ? new[] { new SurvivalSample(s.Seed, Math.Max(5, s.Size / 2)) } : Array.Empty<SurvivalSample>());

    public static Arbitrary<CountTable> Tables()
        => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue - 1)
            from rows in Gen.Choose(1, 6)
            from columns in Gen.Choose(1, 6)
            from threshold in Gen.Choose(1, 11)
            select new CountTable(seed, rows, columns, threshold),
            t => t.Rows * t.Columns > 1
                ? new[] { t with { Rows = Math.Max(1, t.Rows - 1) }, t with { Columns = Math.Max(1, t.Columns - 1) } }
                : Array.Empty<CountTable>());

    /// <summary>Probabilities over many orders of magnitude, in both halves of (0, 1).</summary>
    public static Arbitrary<Probability> Probabilities()
        => Arb.From(
            from exponent in Gen.Choose(-300, -1)
            from mantissa in Gen.Choose(1, 999_999)
            from upper in Gen.Elements(false, true)
            let p = Math.Min(0.5, mantissa / 1e6 * Math.Pow(10, exponent + 1))
            select new Probability(upper ? 1 - p : p));

    public static Arbitrary<PseudonymCase> Pseudonyms()
        => Arb.From(
            from keyLength in Gen.Choose(16, 64)
            from key in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), keyLength)
            from flip in Gen.Choose(0, keyLength * 8 - 1)
            from identifier in Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(32, 0x2FF).Select(c => (char)c), n))
            select new PseudonymCase(key, Flip(key, flip), new string(identifier)));

    private static byte[] Flip(byte[] key, int bit)
    {
        var other = (byte[])key.Clone();
        other[bit / 8] ^= (byte)(1 << (bit % 8));
        return other;
    }
}
