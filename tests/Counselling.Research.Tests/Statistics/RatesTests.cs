using Counselling.Research.Statistics;
using Xunit;

namespace Counselling.Research.Tests.Statistics;

/// <summary>Wilson against R's prop.test(correct = FALSE); Newcombe's method 10 against his 1998 paper, table II.</summary>
public sealed class RatesTests
{
    [Theory]
    [InlineData(56, 70, 0.69183355503746946, 0.87695260751637039)]
    [InlineData(48, 80, 0.49045465005160405, 0.70038172404129073)]
    [InlineData(0, 10, 0, 0.27753279986288915)]
    [InlineData(10, 10, 0.72246720013711085, 1)]
    [InlineData(1, 29, 0.006113214292762661, 0.17175521879320282)]
    [InlineData(81, 263, 0.25528851987827428, 0.36620957698280016)]
    [InlineData(15, 148, 0.062386399530736283, 0.160487241723308)]
    [InlineData(0, 20, 0, 0.1611251580528193)]
    [InlineData(9, 10, 0.59584997320476152, 0.98212378690492708)]
    [InlineData(6, 7, 0.48687217072568112, 0.97432037565525642)]
    [InlineData(5, 56, 0.038742148449586913, 0.19256001385511157)]
    [InlineData(0, 1, 0, 0.79345068562276255)]
    public void Wilson_MatchesPropTestWithoutCorrection(int successes, int trials, double lower, double upper)
    {
        var rate = Rates.Wilson(successes, trials);

        Near.Equal((double)successes / trials, rate.Estimate);
        Near.Equal(lower, rate.Lower, what: "lower");
        Near.Equal(upper, rate.Upper, what: "upper");
        Assert.Equal(0.95, rate.ConfidenceLevel);
    }

    [Theory]
    [InlineData(56, 70, 0.90, 0.71087090315928525, 0.86680169241821481)]
    [InlineData(7, 31, 0.99, 0.092056641523445212, 0.45623492998737675)]
    public void Wilson_AtOtherLevels_MatchesPropTest(int successes, int trials, double level, double lower, double upper)
    {
        var rate = Rates.Wilson(successes, trials, level);

        Near.Equal(lower, rate.Lower, what: "lower");
        Near.Equal(upper, rate.Upper, what: "upper");
    }

    // Newcombe (1998), table II's eight examples, method 10, to 4 decimals: the limits of (a) 56/70 − 48/80
    // (0.0524 to 0.3339), (b), (d) and (e) as published; every row also equals the formula applied to R's prop.test
    // limits (R 4.2.2), which the next test checks to full precision for (a).
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(6, 7, 2, 7, 0.0582, 0.8062)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    [InlineData(0, 10, 0, 20, -0.1611, 0.2775)]
    [InlineData(0, 10, 0, 10, -0.2775, 0.2775)]
    [InlineData(10, 10, 0, 20, 0.6791, 1.0000)]
    [InlineData(10, 10, 0, 10, 0.6075, 1.0000)]
    public void NewcombeDifference_MatchesThePublishedTable(int x1, int n1, int x2, int n2, double lower, double upper)
    {
        var difference = Rates.NewcombeDifference(x1, n1, x2, n2);

        Near.Equal((double)x1 / n1 - (double)x2 / n2, difference.Difference);
        Assert.Equal(lower, difference.Lower, 4);
        Assert.Equal(upper, difference.Upper, 4);
    }

    [Fact]
    public void NewcombeDifference_IsBuiltFromBothWilsonIntervals()
    {
        var difference = Rates.NewcombeDifference(56, 70, 48, 80);

        // From the prop.test limits above, computed by hand to full precision.
        var below = System.Math.Sqrt(System.Math.Pow(0.8 - 0.69183355503746946, 2) + System.Math.Pow(0.70038172404129073 - 0.6, 2));
        var above = System.Math.Sqrt(System.Math.Pow(0.87695260751637039 - 0.8, 2) + System.Math.Pow(0.6 - 0.49045465005160405, 2));
        Near.Equal(0.2 - below, difference.Lower);
        Near.Equal(0.2 + above, difference.Upper);
        Assert.Equal(Rates.Wilson(56, 70), difference.First);
        Assert.Equal(Rates.Wilson(48, 80), difference.Second);
    }

    [Theory]
    [InlineData(1, 0, ResearchCodes.TrialsNotPositive)]
    [InlineData(-1, 10, ResearchCodes.SuccessesNegative)]
    [InlineData(11, 10, ResearchCodes.SuccessesExceedTrials)]
    public void Wilson_WithImpossibleCounts_IsRefused(int successes, int trials, string code)
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => Rates.Wilson(successes, trials));

        Assert.Equal(code, refusal.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Wilson_WithALevelOutsideZeroOne_IsRefused(double level)
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => Rates.Wilson(3, 10, level));

        Assert.Equal(ResearchCodes.ConfidenceLevelOutOfRange, refusal.Code);
        Assert.Equal("confidenceLevel", refusal.ParamName);
    }

    [Fact]
    public void NewcombeDifference_WithImpossibleSecondGroup_NamesIt()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => Rates.NewcombeDifference(3, 10, 12, 10));

        Assert.Equal(ResearchCodes.SuccessesExceedTrials, refusal.Code);
        Assert.Equal("successes2", refusal.ParamName);
    }
}
