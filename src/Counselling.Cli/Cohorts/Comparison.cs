using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Research.Disclosure;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Statistics;

namespace Counselling.Cli.Cohorts;

/// <summary>Two groups side by side: rates with Wilson intervals, differences with Newcombe's, the log-rank test and median times; any count under the small-cell rule is suppressed with what depends on it.</summary>
internal sealed class Comparison(GroupCounts first, GroupCounts second, SmallCellRule rule)
{
    public static string Rate(RateEstimate r) => FormattableString.Invariant($"{r.Estimate:P1} ({r.Lower:P1} to {r.Upper:P1})");

    public void Write(TextWriter output, Run run)
    {
        output.WriteLine(FormattableString.Invariant($"{first.Key} versus {second.Key} ({run.GroupName}), {run.Rubric.Name}, as of {run.AsOf}"));
        output.WriteLine("† " + rule.Describe(CultureInfo.GetCultureInfo("en")));
        output.WriteLine();
        var success = Line("success", first.Counts.CountOf(Verdict.Success), first.Counts.Count, second.Counts.CountOf(Verdict.Success), second.Counts.Count, output);
        var entry = Line("entered employment or training", first.Entered, first.Counts.Count, second.Entered, second.Counts.Count, output);
        output.WriteLine();
        if (!success && !entry)
        {
            output.WriteLine("No difference can be shown: a count is under the small-cell rule.");
        }

        if (Shown(first.Counts.Count) && Shown(second.Counts.Count) && Shown(first.Entered) && Shown(second.Entered))
        {
            var times = first.Days.Concat(second.Days).Select(d => (double)d).ToArray();
            var events = first.Events.Concat(second.Events).ToArray();
            var groups = Enumerable.Repeat(0, first.Days.Count).Concat(Enumerable.Repeat(1, second.Days.Count)).ToArray();
            var test = LogRank.Test(times, events, groups);
            output.WriteLine(FormattableString.Invariant($"Time to first employment or training, log-rank: chi² = {test.ChiSquare:0.###} on {test.DegreesOfFreedom} df, p = {P(test.PValue)}"));
            foreach (var (label, g) in new[] { (first.Key, first), (second.Key, second) })
            {
                var curve = KaplanMeier.Estimate(g.Days.Select(d => (double)d).ToArray(), g.Events.ToArray());
                var median = curve.Median.Estimate is { } m ? FormattableString.Invariant($"{m:0} days") : "not reached";
                output.WriteLine(FormattableString.Invariant($"  {label}: median {median}"));
            }
        }
        else
        {
            output.WriteLine("Time to first employment or training: suppressed (a group has fewer people, or fewer entries, than the rule allows).");
        }
    }

    private bool Line(string what, long s1, long n1, long s2, long n2, TextWriter output)
    {
        var shown = Shown(s1) && Shown(n1 - s1) && Shown(s2) && Shown(n2 - s2);
        if (!shown)
        {
            output.WriteLine(FormattableString.Invariant($"{what}: suppressed †"));
            return false;
        }

        var d = Rates.NewcombeDifference(checked((int)s1), checked((int)n1), checked((int)s2), checked((int)n2));
        output.WriteLine(FormattableString.Invariant($"{what}: {first.Key} {s1:N0}/{n1:N0} = {Rate(d.First)}; {second.Key} {s2:N0}/{n2:N0} = {Rate(d.Second)}"));
        output.WriteLine(FormattableString.Invariant($"  difference {d.Difference * 100:+0.0;-0.0;0.0} points (95 % Newcombe interval {d.Lower * 100:+0.0;-0.0;0.0} to {d.Upper * 100:+0.0;-0.0;0.0})"));
        return true;
    }

    private bool Shown(long count) => !rule.Apply(checked((int)count)).IsSuppressed;

    private static string P(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.####", CultureInfo.InvariantCulture);
}
