using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Counselling.Core.Tests;
using Counselling.Research.Disclosure;
using Counselling.Research.Pseudonyms;
using Counselling.Research.Statistics;
using Xunit;

namespace Counselling.Research.Tests;

/// <summary>The examples of docs/research.md, run; and the guide kept in step with them.</summary>
public sealed class ResearchGuideTests
{
    [Fact]
    public void RatesAndTheirDifference()
    {
        // guide: rates
        // 56 of the 70 people accompanied found work, against 48 of 80 in the comparison group.
        RateEstimate programme = Rates.Wilson(successes: 56, trials: 70);        // R: prop.test(56, 70, correct = FALSE)
        RateDifference gain = Rates.NewcombeDifference(56, 70, 48, 80);        // first minus second, 95 % by default
        RateEstimate at90 = Rates.Wilson(56, 70, confidenceLevel: 0.90);       // R: prop.test(56, 70, conf.level = 0.9, correct = FALSE)
        // end guide

        Assert.Equal((0.8, 0.6918, 0.8770), (programme.Estimate, Math.Round(programme.Lower, 4), Math.Round(programme.Upper, 4)));
        Assert.Equal((0.2, 0.0524, 0.3339), (Math.Round(gain.Difference, 12), Math.Round(gain.Lower, 4), Math.Round(gain.Upper, 4)));
        Assert.Equal((0.7109, 0.8668), (Math.Round(at90.Lower, 4), Math.Round(at90.Upper, 4)));
    }

    [Fact]
    public void KaplanMeierCurve()
    {
        // guide: kaplan-meier
        double[] weeks = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];
        bool[] relapsed = [true, true, true, false, true, false, true, false, false, true, true, false, false, false, true, true, false, false, false, false, false];

        SurvivalCurve curve = KaplanMeier.Estimate(weeks, relapsed);          // R: fit <- survfit(Surv(weeks, relapsed) ~ 1)

        var table = new StringBuilder(" time n.risk n.event survival std.err lower 95% CI upper 95% CI\n");
        foreach (SurvivalStep step in curve.Steps.Where(s => s.Events > 0))  // R: summary(fit)
        {
            table.Append(CultureInfo.InvariantCulture,
                $"{step.Time,5} {step.AtRisk,6} {step.Events,7} {step.Survival,8:F3} {step.StandardError,7:F4} {step.Lower,12:F3} {step.Upper,12:F3}\n");
        }

        SurvivalMedian median = curve.Median;                                  // R: print(fit): median, 0.95LCL, 0.95UCL
        // end guide

        Assert.Equal(
            """
             time n.risk n.event survival std.err lower 95% CI upper 95% CI
                6     21       3    0.857  0.0764        0.720        1.000
                7     17       1    0.807  0.0869        0.653        0.996
               10     15       1    0.753  0.0963        0.586        0.968
               13     12       1    0.690  0.1068        0.510        0.935
               16     11       1    0.627  0.1141        0.439        0.896
               22      7       1    0.538  0.1282        0.337        0.858
               23      6       1    0.448  0.1346        0.249        0.807

            """.ReplaceLineEndings("\n"),
            table.ToString());
        Assert.Equal(new SurvivalMedian(23, 16, null), median);
    }

    [Fact]
    public void LogRankTest()
    {
        double[] weeks = [.. Statistics.Gehan.DrugTimes, .. Statistics.Gehan.PlaceboTimes];
        bool[] relapsed = [.. Statistics.Gehan.DrugRelapsed, .. Statistics.Gehan.PlaceboRelapsed];

        // guide: log-rank
        int[] arm = [.. Enumerable.Repeat(1, 21), .. Enumerable.Repeat(2, 21)];  // 1 = 6-MP, 2 = placebo

        LogRankResult test = LogRank.Test(weeks, relapsed, arm);               // R: survdiff(Surv(weeks, relapsed) ~ arm)
        foreach (LogRankGroup group in test.Groups)
        {
            Console.WriteLine($"{group.Group}: N {group.Count}, observed {group.Observed}, expected {group.Expected:F1}");
        }

        Console.WriteLine($"Chisq = {test.ChiSquare:F1} on {test.DegreesOfFreedom} df, p = {test.PValue:G2}");
        // end guide

        Assert.Equal((9, 19.3), (test.Groups[0].Observed, Math.Round(test.Groups[0].Expected, 1)));
        Assert.Equal((16.8, 1, 4.2e-05), (Math.Round(test.ChiSquare, 1), test.DegreesOfFreedom, Math.Round(test.PValue, 6)));
    }

    [Fact]
    public void Distributions()
    {
        // guide: distributions
        double z = NormalDistribution.Quantile(0.975);                         // R: qnorm(0.975)       1.959963984540054
        double tail = NormalDistribution.UpperTail(5);                         // R: pnorm(5, lower.tail = FALSE)
        double p = ChiSquareDistribution.UpperTail(16.79294098921654, 1);      // R: pchisq(16.79, 1, lower.tail = FALSE)
        // end guide

        Near.Equal(1.959963984540054, z, 1e-14);
        Near.Equal(2.8665157187919391e-07, tail, 1e-12);
        Near.Equal(4.1688091093345308e-05, p, 1e-12);
    }

    [Fact]
    public void SmallCells()
    {
        var fr = CultureInfo.GetCultureInfo("fr-CA");

        // guide: small-cells
        var rule = SmallCellRule.Default;                                      // fewer than 5 people: suppressed
        DisclosedCount cell = rule.Apply(3);
        string shown = cell.ToString(fr);                                      // "masqué (moins de 5)"

        int[,] outcomesByAgency =
        {
            //  job  training  none
            { 3, 40, 25 },          // agency A
            { 12, 30, 20 },         // agency B
            { 14, 22, 31 },         // agency C
        };
        DisclosedTable published = rule.Apply(outcomesByAgency);
        string footnote = published.Describe(fr);                              // the rule, printed under the table
        // end guide

        Assert.Equal("masqué (moins de 5)", shown);
        Assert.True(published[0, 0].IsSuppressed);
        Assert.Equal(SuppressionReason.Complementary, published[0, 2].Reason);
        Assert.Equal(SuppressionReason.Complementary, published[1, 0].Reason);
        Assert.Equal(SuppressionReason.Complementary, published[1, 2].Reason);
        Assert.Equal(4, Enumerable.Range(0, 9).Count(i => published[i / 3, i % 3].IsSuppressed));
        Assert.StartsWith("Les effectifs de moins de 5 personnes sont masqués.", footnote, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyedPseudonyms()
    {
        var secretFromTheResearchersVault = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        // guide: pseudonyms
        byte[] key = secretFromTheResearchersVault;                            // 32 random bytes, kept apart from the data
        var pseudonymizer = new Pseudonymizer(key, PseudonymFormat.Base32, length: 20);
        string pseudonym = pseudonymizer.Pseudonymize("client-000123");       // the same id gives the same pseudonym
        // end guide

        Assert.Equal(20, pseudonym.Length);
        Assert.Equal(pseudonym, new Pseudonymizer(key, PseudonymFormat.Base32, 20).Pseudonymize("client-000123"));
    }

    [Fact]
    public void Messages()
    {
        var catalog = new Dictionary<(string Culture, string Code), string>();

        // guide: messages
        foreach (ResearchMessage message in ResearchMessages.All)
        {
            catalog[("en", message.Code)] = message.English;                   // or MessageCatalog.WithTemplate("en", …)
            catalog[("fr", message.Code)] = message.French;
        }

        try
        {
            Rates.Wilson(successes: 12, trials: 10);
        }
        catch (ResearchArgumentException refusal)
        {
            Console.WriteLine(refusal.Code);                                   // research.rate.successes-exceed-trials
            Console.WriteLine(refusal.Describe(CultureInfo.GetCultureInfo("fr-FR")));
        }
        // end guide

        Assert.Equal("Plus de personnes ont le résultat ({successes}) que le groupe n'en compte ({trials}).", catalog[("fr", ResearchCodes.SuccessesExceedTrials)]);
    }

    [Theory]
    [InlineData("rates")]
    [InlineData("kaplan-meier")]
    [InlineData("log-rank")]
    [InlineData("distributions")]
    [InlineData("small-cells")]
    [InlineData("pseudonyms")]
    [InlineData("messages")]
    public void TheGuide_ShowsTheTestedExample(string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Research.Tests/ResearchGuideTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/research.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }
}
