using System.Linq;
using Counselling.Research.Statistics;
using Xunit;

namespace Counselling.Research.Tests.Statistics;

/// <summary>The log-rank test against R 4.2.2 with survival 3.5-3: <c>survdiff(Surv(time, event) ~ group)</c>, printed with 17 significant digits.</summary>
public sealed class LogRankTests
{
    [Fact]
    public void Gehan_MatchesSurvdiff()
    {
        var test = LogRank.Test(Gehan.AllTimes, Gehan.AllRelapsed, Gehan.Arms);

        Assert.Equal([1, 2], test.Groups.Select(g => g.Group));
        Assert.Equal([21, 21], test.Groups.Select(g => g.Count));
        Assert.Equal([9, 21], test.Groups.Select(g => g.Observed));
        Near.Equal(19.250500948031128, test.Groups[0].Expected, what: "expected 6-MP");
        Near.Equal(10.749499051968868, test.Groups[1].Expected, what: "expected placebo");
        Near.Equal(6.2569605736754994, test.Covariance(0, 0), what: "var[1,1]");
        Near.Equal(-6.2569605736755012, test.Covariance(0, 1), what: "var[1,2]");
        Near.Equal(-6.2569605736755012, test.Covariance(1, 0), what: "var[2,1]");
        Near.Equal(6.2569605736754994, test.Covariance(1, 1), what: "var[2,2]");
        Near.Equal(16.79294098921654, test.ChiSquare, what: "chisq");
        Assert.Equal(1, test.DegreesOfFreedom);
        Near.Equal(4.1688091093345308e-05, test.PValue, what: "p");
    }

    [Fact]
    public void Gehan_PrintedColumns_MatchSurvdiff()
    {
        var test = LogRank.Test(Gehan.AllTimes, Gehan.AllRelapsed, Gehan.Arms);

        // print(survdiff(...)): (O-E)^2/E 5.46 and 9.77, (O-E)^2/V 16.8 for both.
        Assert.Equal(5.46, test.Groups[0].ObservedMinusExpectedSquaredOverExpected, 2);
        Assert.Equal(9.77, test.Groups[1].ObservedMinusExpectedSquaredOverExpected, 2);
        Assert.Equal(16.8, test.Groups[0].ObservedMinusExpectedSquaredOverVariance, 1);
    }

    [Fact]
    public void ThreeGroups_WithTies_MatchSurvdiff()
    {
        var test = LogRank.Test(ThreeGroups.Times, ThreeGroups.Events, ThreeGroups.Groups);

        double[] expected = [9.4759241127384595, 4.3171979192967767, 7.2068779679647621];
        double[] variance =
        [
            4.3666982133285659, -1.5682539550017633, -2.7984442583268034,
            -1.5682539550017633, 2.9996593377485965, -1.4314053827468334,
            -2.7984442583268034, -1.4314053827468334, 4.2298496410736357,
        ];
        Assert.Equal([1, 2, 3], test.Groups.Select(g => g.Group));
        Assert.Equal([7, 8, 6], test.Groups.Select(g => g.Observed));
        Near.All(expected, i => test.Groups[i].Expected, what: "expected");
        Near.All(variance, i => test.Covariance(i / 3, i % 3), what: "var");
        Near.Equal(4.6069720688177247, test.ChiSquare, what: "chisq");
        Assert.Equal(2, test.DegreesOfFreedom);
        Near.Equal(0.099909946431104554, test.PValue, what: "p");
    }

    [Fact]
    public void NoEvent_GivesNoEvidence()
    {
        var test = LogRank.Test([1, 2, 3, 4], [false, false, false, false], [0, 0, 1, 1]);

        Assert.Equal(0, test.ChiSquare);
        Assert.Equal(0, test.DegreesOfFreedom);
        Assert.Equal(1, test.PValue);
    }

    [Fact]
    public void LabelsFarApart_AreOrderedAndKept()
    {
        var groups = Gehan.Arms.Select(a => a == 1 ? -1_000_000 : 2_000_000).ToArray();

        var test = LogRank.Test(Gehan.AllTimes, Gehan.AllRelapsed, groups);

        Assert.Equal([-1_000_000, 2_000_000], test.Groups.Select(g => g.Group));
        Near.Equal(16.79294098921654, test.ChiSquare);
    }

    [Fact]
    public void OneGroup_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => LogRank.Test([1, 2], [true, true], [4, 4]));

        Assert.Equal(ResearchCodes.FewerThanTwoGroups, refusal.Code);
    }

    [Fact]
    public void GroupsOfAnotherLength_AreRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => LogRank.Test([1, 2], [true, true], [1]));

        Assert.Equal(ResearchCodes.LengthsDiffer, refusal.Code);
    }

    [Fact]
    public void ANegativeTime_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => LogRank.Test([1, -2], [true, true], [1, 2]));

        Assert.Equal(ResearchCodes.TimeInvalid, refusal.Code);
    }

    [Fact]
    public void Covariance_OutsideTheGroups_IsRefused()
    {
        var test = LogRank.Test(Gehan.AllTimes, Gehan.AllRelapsed, Gehan.Arms);

        Assert.Throws<System.ArgumentOutOfRangeException>(() => test.Covariance(2, 0));
    }
}
