using System.Linq;
using Counselling.Research.Statistics;
using Xunit;

namespace Counselling.Research.Tests.Statistics;

/// <summary>
/// The Kaplan–Meier curve against R 4.2.2 with survival 3.5-3: <c>survfit(Surv(time, event) ~ 1)</c>, its
/// <c>time</c>, <c>n.risk</c>, <c>n.event</c>, <c>n.censor</c>, <c>surv</c>, <c>std.err</c>, <c>lower</c>, <c>upper</c>,
/// <c>summary(fit)$std.err</c> and <c>summary(fit)$table</c>, printed with 17 significant digits.
/// </summary>
public sealed class KaplanMeierTests
{
    [Fact]
    public void Drug_Arm_MatchesSurvfit()
    {
        var curve = KaplanMeier.Estimate(Gehan.DrugTimes, Gehan.DrugRelapsed);

        double[] time = [6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35];
        int[] risk = [21, 17, 16, 15, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1];
        int[] events = [3, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0];
        int[] censored = [1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 2, 1, 1];
        double[] surv =
        [
            0.8571428571428571, 0.80672268907563016, 0.80672268907563016, 0.75294117647058811, 0.75294117647058811,
            0.69019607843137243, 0.62745098039215674, 0.62745098039215674, 0.62745098039215674, 0.62745098039215674,
            0.53781512605042003, 0.44817927170868338, 0.44817927170868338, 0.44817927170868338, 0.44817927170868338,
            0.44817927170868338,
        ];
        double[] logSe =
        [
            0.089087080637474794, 0.10776353058777924, 0.10776353058777924, 0.12796438288308193, 0.12796438288308193,
            0.15475994592401993, 0.18177334775294937, 0.18177334775294937, 0.18177334775294937, 0.18177334775294937,
            0.2384346320542351, 0.30030718788629052, 0.30030718788629052, 0.30030718788629052, 0.30030718788629052,
            0.30030718788629052,
        ];
        double[] lower =
        [
            0.71981708391627042, 0.65312421846217106, 0.65312421846217106, 0.58591898202969417, 0.58591898202969417,
            0.50961309910178021, 0.43939392496876695, 0.43939392496876695, 0.43939392496876695, 0.43939392496876695,
            0.33703661615768471, 0.24878822681765961, 0.24878822681765961, 0.24878822681765961, 0.24878822681765961,
            0.24878822681765961,
        ];
        double[] upper =
        [
            1, 0.99644367590865912, 0.99644367590865912, 0.96757475455229747, 0.96757475455229747, 0.93476919553613003,
            0.89599493853508172, 0.89599493853508172, 0.89599493853508172, 0.89599493853508172, 0.85820084804466479,
            0.80737204552907704, 0.80737204552907704, 0.80737204552907704, 0.80737204552907704, 0.80737204552907704,
        ];

        Assert.Equal(21, curve.Count);
        Assert.Equal(9, curve.EventCount);
        Assert.Equal(time, curve.Steps.Select(s => s.Time));
        Assert.Equal(risk, curve.Steps.Select(s => s.AtRisk));
        Assert.Equal(events, curve.Steps.Select(s => s.Events));
        Assert.Equal(censored, curve.Steps.Select(s => s.Censored));
        Near.All(surv, i => curve.Steps[i].Survival, what: "surv");
        Near.All(logSe, i => curve.Steps[i].LogStandardError, what: "std.err");
        Near.All(lower, i => curve.Steps[i].Lower, what: "lower");
        Near.All(upper, i => curve.Steps[i].Upper, what: "upper");
    }

    [Fact]
    public void Drug_Arm_StandardErrorsOfTheSurvival_MatchSummary()
    {
        var curve = KaplanMeier.Estimate(Gehan.DrugTimes, Gehan.DrugRelapsed);

        double[] summaryStdErr =
        [
            0.076360354832121252, 0.086935285180057192, 0.096349652994320495, 0.10681470777500982, 0.11405386525675253,
            0.12823375169303397, 0.13459145675576042,
        ];
        var eventSteps = curve.Steps.Where(s => s.Events > 0).ToArray();
        Near.All(summaryStdErr, i => eventSteps[i].StandardError, what: "summary std.err");
    }

    [Fact]
    public void Drug_Arm_Median_Is23_From16_ToNotReached()
    {
        var median = KaplanMeier.Estimate(Gehan.DrugTimes, Gehan.DrugRelapsed).Median;

        Assert.Equal(new SurvivalMedian(23, 16, null), median);
    }

    [Fact]
    public void Drug_Arm_At90Percent_MatchesSurvfit()
    {
        var curve = KaplanMeier.Estimate(Gehan.DrugTimes, Gehan.DrugRelapsed, 0.90);

        double[] lower =
        [
            0.74031027691945384, 0.67568348112070975, 0.67568348112070975, 0.61002773695134382, 0.61002773695134382,
            0.53508107127111681, 0.46529657534522367, 0.46529657534522367, 0.46529657534522367, 0.46529657534522367,
            0.36333482785355609, 0.27348094410829277, 0.27348094410829277, 0.27348094410829277, 0.27348094410829277,
            0.27348094410829277,
        ];
        Near.All(lower, i => curve.Steps[i].Lower, what: "lower");
        Assert.Equal(new SurvivalMedian(23, 16, null), curve.Median);
    }

    [Fact]
    public void Placebo_Arm_MatchesSurvfit_DownToZero()
    {
        var curve = KaplanMeier.Estimate(Gehan.PlaceboTimes, Gehan.PlaceboRelapsed);

        double[] surv =
        [
            0.90476190476190477, 0.80952380952380953, 0.76190476190476186, 0.66666666666666663, 0.5714285714285714,
            0.38095238095238093, 0.2857142857142857, 0.19047619047619047, 0.14285714285714285, 0.095238095238095233,
            0.047619047619047616, 0,
        ];
        double[] logSe =
        [
            0.070799232540478874, 0.10585122480499264, 0.12198750911856665, 0.15430334996209191, 0.1889822365046136,
            0.27817432013209342, 0.34503277967117713, 0.44986770542121868, 0.53452248382484879, 0.67259270913454927,
            0.9759000729485332, double.PositiveInfinity,
        ];
        double[] lower =
        [
            0.78753504753256798, 0.65785306240797892, 0.59988048221305623, 0.49268063367611636, 0.39454812147806106,
            0.22084536131822993, 0.14529127038677431, 0.078870139957734509, 0.050108983966490848, 0.025485828068471991,
            0.0070322298473955913, double.NaN,
        ];
        double[] upper =
        [
            1, 0.99616287531930292, 0.96769087080746063, 0.90209440774694227, 0.82760655663913663, 0.65713273616903656,
            0.56185518127767309, 0.46001159827742927, 0.40727553524041854, 0.35589562796278851, 0.32245443413441999,
            double.NaN,
        ];

        Near.All(surv, i => curve.Steps[i].Survival, what: "surv");
        Near.All(logSe, i => curve.Steps[i].LogStandardError, what: "std.err");
        Near.All(lower, i => curve.Steps[i].Lower, what: "lower");
        Near.All(upper, i => curve.Steps[i].Upper, what: "upper");
        Assert.True(double.IsNaN(curve.Steps[^1].StandardError));
        Assert.Equal(new SurvivalMedian(8, 4, 12), curve.Median);
    }

    [Fact]
    public void Median_WhenTheCurveIsFlatAtOneHalf_IsTheMiddleOfTheFlat()
    {
        // R: survfit(Surv(c(1,2,3,4,5,6), c(1,1,1,0,1,1)) ~ 1): S = 0.5 from 3 to 5, median (3 + 5)/2 = 4; LCL 2, UCL NA.
        var curve = KaplanMeier.Estimate([1, 2, 3, 4, 5, 6], [true, true, true, false, true, true]);

        Assert.Equal(new SurvivalMedian(4, 2, null), curve.Median);
    }

    [Fact]
    public void Median_WhenFlatAtOneHalfOverACensoring_MatchesSurvfit()
    {
        // R: survfit(Surv(c(2,4,...,16), c(1,1,1,1,0,1,0,1)) ~ 1): median (8 + 12)/2 = 10, LCL 6, UCL NA.
        var curve = KaplanMeier.Estimate([2, 4, 6, 8, 10, 12, 14, 16], [true, true, true, true, false, true, false, true]);

        double[] lower = [0.67338193650595535, 0.50270184129404694, 0.36540027868240926, 0.25004882186280469, 0.25004882186280469, 0.1156584510240405, 0.1156584510240405, double.NaN];
        double[] upper = [1, 1, 1, 0.9998047506785237, 0.9998047506785237, 0.96068302944862882, 0.96068302944862882, double.NaN];
        Near.All(lower, i => curve.Steps[i].Lower, what: "lower");
        Near.All(upper, i => curve.Steps[i].Upper, what: "upper");
        Assert.Equal(new SurvivalMedian(10, 6, null), curve.Median);
    }

    [Fact]
    public void TiesOfEventsAndCensorings_MatchSurvfit()
    {
        var curve = KaplanMeier.Estimate(ThreeGroups.Times, ThreeGroups.Events);

        double[] time = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 20, 22, 25];
        int[] risk = [30, 29, 27, 26, 25, 21, 19, 17, 15, 13, 12, 8, 6, 4, 3, 2, 1];
        double[] surv =
        [
            0.96666666666666667, 0.90000000000000002, 0.86666666666666659, 0.86666666666666659, 0.7626666666666666,
            0.690031746031746, 0.65371428571428569, 0.61526050420168066, 0.53322577030812324, 0.53322577030812324,
            0.44435480859010273, 0.33326610644257704, 0.22217740429505134, 0.16663305322128852, 0.16663305322128852,
            0.16663305322128852, 0,
        ];
        double[] logSe =
        [
            0.033903175181040517, 0.060858061945018457, 0.071611487403943283, 0.071611487403943283, 0.10287249672653319,
            0.124881071067922, 0.13608548239712609, 0.14898231139129844, 0.18014477334606205, 0.18014477334606205,
            0.22162762921299037, 0.30130627722839998, 0.417275455820937, 0.50739741757709411, 0.50739741757709411,
            0.50739741757709411, double.PositiveInfinity,
        ];
        double[] lower =
        [
            0.9045202792572703, 0.79880363630684026, 0.75317567381596218, 0.75317567381596218, 0.62340393236637814,
            0.54021931912487042, 0.50067026949259563, 0.45945720220191699, 0.37460331926132462, 0.37460331926132462,
            0.2877929190741943, 0.18463701888169273, 0.098065077671263448, 0.061640150031318897, 0.061640150031318897,
            0.061640150031318897, double.NaN,
        ];
        double[] upper =
        [
            1, 1, 0.99725885636429135, 0.99725885636429135, 0.93303942154570674, 0.88138982386440801, 0.85354053033751931,
            0.82389716869460994, 0.75901549052303496, 0.75901549052303496, 0.68608774862262367, 0.60153862089032917,
            0.50336776507496461, 0.45046247310788157, 0.45046247310788157, 0.45046247310788157, double.NaN,
        ];

        Assert.Equal(time, curve.Steps.Select(s => s.Time));
        Assert.Equal(risk, curve.Steps.Select(s => s.AtRisk));
        Near.All(surv, i => curve.Steps[i].Survival, what: "surv");
        Near.All(logSe, i => curve.Steps[i].LogStandardError, what: "std.err");
        Near.All(lower, i => curve.Steps[i].Lower, what: "lower");
        Near.All(upper, i => curve.Steps[i].Upper, what: "upper");
        Assert.Equal(new SurvivalMedian(12, 8, 15), curve.Median);
    }

    [Fact]
    public void SurvivalAt_IsTheStepFunction()
    {
        var curve = KaplanMeier.Estimate(Gehan.DrugTimes, Gehan.DrugRelapsed);

        Assert.Equal(1, curve.SurvivalAt(5.9));
        Assert.Equal(curve.Steps[0].Survival, curve.SurvivalAt(6));
        Assert.Equal(curve.Steps[0].Survival, curve.SurvivalAt(6.5));
        Assert.Equal(curve.Steps[^1].Survival, curve.SurvivalAt(1000));
    }

    [Fact]
    public void NoEvent_LeavesTheCurveAtOne_AndTheMedianUnreached()
    {
        var curve = KaplanMeier.Estimate([3, 5, 8], [false, false, false]);

        Assert.All(curve.Steps, s => Assert.Equal((1.0, 1.0, 1.0), (s.Survival, s.Lower, s.Upper)));
        Assert.Equal(new SurvivalMedian(null, null, null), curve.Median);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Estimate_WithAnInvalidTime_IsRefused_NamingItsPosition(double bad)
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => KaplanMeier.Estimate([1, 2, bad], [true, false, true]));

        Assert.Equal(ResearchCodes.TimeInvalid, refusal.Code);
        Assert.Contains("position 2", refusal.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_WithNoOne_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => KaplanMeier.Estimate([], []));

        Assert.Equal(ResearchCodes.NoObservations, refusal.Code);
    }

    [Fact]
    public void Estimate_WithMoreTimesThanFlags_IsRefused()
    {
        var refusal = Assert.Throws<ResearchArgumentException>(() => KaplanMeier.Estimate([1, 2], [true]));

        Assert.Equal(ResearchCodes.LengthsDiffer, refusal.Code);
        Assert.Equal(
            "Chaque personne a besoin d'une durée, d'un indicateur d'événement et, pour une comparaison, d'un groupe, mais les listes n'ont pas la même longueur (durées : 2, indicateurs : 1, groupes : –).",
            refusal.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
    }
}
