using Counselling.Research.Statistics;
using Xunit;

namespace Counselling.Research.Tests.Statistics;

/// <summary>The normal and chi-square functions against R 4.2 (pnorm, qnorm, pchisq), printed with 17 significant digits.</summary>
public sealed class SpecialFunctionTests
{
    private const double Tolerance = 1e-12;

    [Theory]
    [InlineData(-30, 4.9067139271481872e-198)]
    [InlineData(-10, 7.6198530241605269e-24)]
    [InlineData(-5, 2.8665157187919391e-07)]
    [InlineData(-1.96, 0.024997895148220428)]
    [InlineData(-1, 0.15865525393145705)]
    [InlineData(-0.5, 0.30853753872598694)]
    [InlineData(-1e-3, 0.49960105778608893)]
    [InlineData(0, 0.5)]
    [InlineData(0.3, 0.61791142218895267)]
    [InlineData(1, 0.84134474606854293)]
    [InlineData(2.5, 0.99379033467422384)]
    [InlineData(8, 0.99999999999999933)]
    public void NormalCdf_MatchesR(double x, double expected) => Near.Equal(expected, NormalDistribution.Cdf(x), Tolerance);

    [Theory]
    [InlineData(5, 2.8665157187919391e-07)]
    [InlineData(10, 7.6198530241605269e-24)]
    [InlineData(30, 4.9067139271481872e-198)]
    public void NormalUpperTail_KeepsItsRelativeAccuracyFarOut(double x, double expected) => Near.Equal(expected, NormalDistribution.UpperTail(x), Tolerance);

    [Theory]
    [InlineData(1e-300, -37.047096299361201)]
    [InlineData(1e-20, -9.2623400897984052)]
    [InlineData(1e-10, -6.3613409024040557)]
    [InlineData(0.001, -3.0902323061678132)]
    [InlineData(0.025, -1.9599639845400538)]
    [InlineData(0.05, -1.6448536269514726)]
    [InlineData(0.3, -0.52440051270804067)]
    [InlineData(0.5, 0)]
    [InlineData(0.7, 0.52440051270804067)]
    [InlineData(0.95, 1.6448536269514715)]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.999, 3.0902323061678132)]
    [InlineData(1 - 1e-12, 7.0344869100478356)]
    public void NormalQuantile_MatchesR(double p, double expected) => Near.Equal(expected, NormalDistribution.Quantile(p), Tolerance);

    [Fact]
    public void NormalQuantile_AtTheBounds_IsInfinite()
    {
        Assert.Equal(double.NegativeInfinity, NormalDistribution.Quantile(0));
        Assert.Equal(double.PositiveInfinity, NormalDistribution.Quantile(1));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void NormalQuantile_OutsideZeroOne_IsRefused(double p)
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => NormalDistribution.Quantile(p));
        Assert.Equal(ResearchCodes.ProbabilityOutOfRange, refusal.Code);
    }

    [Fact]
    public void TwoSidedCritical_At95_IsQnorm0975() => Near.Equal(1.9599639845400536, NormalDistribution.TwoSidedCritical(0.95), Tolerance);

    [Theory]
    [InlineData(0.001, 1, 0.97477287936996038)]
    [InlineData(0.5, 1, 0.47950012218695348)]
    [InlineData(3.841458820694124, 1, 0.049999999999999975)]
    [InlineData(16.79294098921654, 1, 4.1688091093345308e-05)]
    [InlineData(100, 1, 1.5239706048321054e-23)]
    [InlineData(0.5, 2, 0.77880078307140488)]
    [InlineData(5.991464547107979, 2, 0.050000000000000072)]
    [InlineData(50, 2, 1.3887943864964021e-11)]
    [InlineData(1, 5, 0.96256577324729642)]
    [InlineData(11.07, 5, 0.050009618622405487)]
    [InlineData(40, 5, 1.4933679000503954e-07)]
    [InlineData(10, 30, 0.99977374632382321)]
    [InlineData(30, 30, 0.46565370894400965)]
    [InlineData(60, 30, 0.00092068239614866631)]
    [InlineData(200, 30, 4.9527335290031908e-27)]
    [InlineData(0.3, 2.5, 0.9241310848678943)]
    [InlineData(4, 2.5, 0.19484695835948729)]
    public void ChiSquareUpperTail_MatchesR(double x, double df, double expected) => Near.Equal(expected, ChiSquareDistribution.UpperTail(x, df), Tolerance);

    [Theory]
    [InlineData(0.01, 3, 0.00026516505865560971)]
    [InlineData(1, 3, 0.1987480430987992)]
    [InlineData(7.814727903251178, 3, 0.94999999999999996)]
    public void ChiSquareCdf_MatchesR(double x, double df, double expected) => Near.Equal(expected, ChiSquareDistribution.Cdf(x, df), Tolerance);

    [Fact]
    public void ChiSquare_AtTheEnds_IsZeroOrOne()
    {
        Assert.Equal(1, ChiSquareDistribution.UpperTail(0, 3));
        Assert.Equal(1, ChiSquareDistribution.UpperTail(-2, 3));
        Assert.Equal(0, ChiSquareDistribution.UpperTail(double.PositiveInfinity, 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void ChiSquare_WithoutPositiveDegreesOfFreedom_IsRefused(double df)
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => ChiSquareDistribution.UpperTail(1, df));
        Assert.Equal(ResearchCodes.DegreesOfFreedomNotPositive, refusal.Code);
    }

    [Theory]
    [InlineData(0.5, 0.57236494292470008)]
    [InlineData(1, 0)]
    [InlineData(7.3, 7.1478925230222492)]
    [InlineData(25, 54.784729398112312)]
    [InlineData(150.5, 602.51395487058528)]
    [InlineData(0.001, 6.9071788853838534)]
    public void LogGamma_MatchesR(double x, double expected) => Near.Equal(expected, GammaFunctions.LogGamma(x), Tolerance);
}
