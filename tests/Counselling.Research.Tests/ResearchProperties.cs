using System.Linq;
using Counselling.Research.Disclosure;
using Counselling.Research.Pseudonyms;
using Counselling.Research.Statistics;
using Counselling.Research.Tests.Disclosure;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Research.Tests;

/// <summary>Invariants of the statistics, the disclosure rule and the pseudonyms over random inputs.</summary>
public sealed class ResearchProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public bool WilsonInterval_ContainsTheEstimate_AndStaysInZeroOne(RateCase rate)
    {
        var wilson = Rates.Wilson(rate.Successes, rate.Trials, rate.Level);
        return wilson.Lower >= 0 && wilson.Lower <= wilson.Estimate && wilson.Estimate <= wilson.Upper && wilson.Upper <= 1;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public void NormalQuantile_InvertsTheDistributionFunction(Probability probability)
    {
        var p = probability.Value;
        var z = NormalDistribution.Quantile(p);

        // Compare in the tail that holds the accuracy: the lower one below ½, the upper one above.
        if (p < 0.5)
        {
            Near.Equal(p, NormalDistribution.Cdf(z), 1e-12);
        }
        else
        {
            Near.Equal(1 - p, NormalDistribution.UpperTail(z), 1e-12);
        }
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public bool NewcombeInterval_ContainsTheDifference_AndStaysInMinusOneOne(RateCase first, RateCase second)
    {
        var difference = Rates.NewcombeDifference(first.Successes, first.Trials, second.Successes, second.Trials, first.Level);
        return difference.Lower >= -1 && difference.Lower <= difference.Difference
            && difference.Difference <= difference.Upper && difference.Upper <= 1;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public void KaplanMeier_IsNonIncreasing_InZeroOne_AndInsideItsBand(SurvivalSample sample)
    {
        var curve = KaplanMeier.Estimate(sample.Times, sample.Events);

        var previous = 1.0;
        foreach (var step in curve.Steps)
        {
            Assert.InRange(step.Survival, 0, previous);
            previous = step.Survival;
            if (step.Survival > 0)
            {
                Assert.InRange(step.Lower, 0, step.Survival);
                Assert.InRange(step.Upper, step.Survival, 1);
            }
            else
            {
                Assert.True(double.IsNaN(step.Lower) && double.IsNaN(step.Upper));
            }
        }

        Assert.Equal(sample.Size, curve.Steps.Sum(s => s.Events + s.Censored));
        var median = curve.Median;
        Assert.True(median.Lower is null || median.Estimate is null || median.Lower <= median.Estimate);
        Assert.True(median.Upper is null || median.Estimate is null || median.Estimate <= median.Upper);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public bool LogRank_ChiSquareIsNonNegative_AndThePValueAProbability(SurvivalSample sample)
    {
        var test = LogRank.Test(sample.Times, sample.Events, sample.Groups);
        return test.ChiSquare >= 0 && test.PValue >= 0 && test.PValue <= 1
            && test.Groups.Sum(g => g.Observed) == sample.Events.Count(e => e)
            && System.Math.Abs(test.Groups.Sum(g => g.Expected) - test.Groups.Sum(g => g.Observed)) < 1e-9 * (1 + sample.Size);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public void Statistics_DoNotDependOnTheOrderOfThePeople(SurvivalSample sample)
    {
        var test = LogRank.Test(sample.Times, sample.Events, sample.Groups);
        var shuffled = LogRank.Test(sample.Permuted(sample.Times), sample.Permuted(sample.Events), sample.Permuted(sample.Groups));
        var curve = KaplanMeier.Estimate(sample.Times, sample.Events);
        var shuffledCurve = KaplanMeier.Estimate(sample.Permuted(sample.Times), sample.Permuted(sample.Events));

        Assert.Equal(test.ChiSquare, shuffled.ChiSquare);
        Assert.Equal(test.PValue, shuffled.PValue);
        Assert.Equal(test.Groups, shuffled.Groups);
        Assert.Equal(curve.Steps, shuffledCurve.Steps);
        Assert.Equal(curve.Median, shuffledCurve.Median);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public void SmallCellRule_ShowsTrueCounts_AndLeavesNoHiddenCountRecoverableFromATotal(CountTable table)
    {
        var counts = table.Counts;
        var disclosed = new SmallCellRule(table.Threshold).Apply(counts);

        for (var r = 0; r < table.Rows; r++)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                Assert.True(counts[r, c] >= table.Threshold || disclosed[r, c].IsSuppressed);
            }
        }

        SmallCellRuleTests.AssertNoLineRecoverable(counts, disclosed);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ResearchArbitraries) })]
    public bool Pseudonyms_AreDeterministic_AndDifferWithTheKey(PseudonymCase c)
    {
        var first = new Pseudonymizer(c.Key).Pseudonymize(c.Identifier);
        var again = new Pseudonymizer(c.Key).Pseudonymize(c.Identifier);
        var otherKey = new Pseudonymizer(c.OtherKey).Pseudonymize(c.Identifier);
        var base32 = new Pseudonymizer(c.Key, PseudonymFormat.Base32, 16).Pseudonymize(c.Identifier);
        return first == again && first != otherKey && first.Length == 64 && first.All(ch => ch is >= '0' and <= '9' or >= 'a' and <= 'f')
            && base32.Length == 16 && base32.All(ch => ch is >= 'a' and <= 'z' or >= '2' and <= '7');
    }
}
