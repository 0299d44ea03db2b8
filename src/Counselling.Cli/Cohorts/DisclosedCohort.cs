using System.Collections.Generic;
using System.Globalization;
using Counselling.Core.Evaluation;
using Counselling.Research.Disclosure;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Statistics;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// A cohort table as it may be published: the small-cell rule applied to the verdicts (groups × success, pending or undetermined, not
/// successful, with complementary suppression against the totals) and to employment or training (entered, not entered).
/// Every report and export of counts goes through here.
/// </summary>
internal sealed class DisclosedCohort
{
    public DisclosedCohort(CohortTable table, SmallCellRule rule)
    {
        Rule = rule;
        Table = table;
        var groups = table.Groups;
        var verdicts = new int[groups.Count, 3];
        var entries = new int[groups.Count, 2];
        for (var g = 0; g < groups.Count; g++)
        {
            var counts = groups[g].Counts;
            verdicts[g, 0] = counts.CountOf(Verdict.Success);
            // Not decided yet: something dated may still decide it (pending), or only answers missing from the file could (undetermined).
            verdicts[g, 1] = counts.CountOf(Verdict.Pending) + counts.CountOf(Verdict.Undetermined);
            verdicts[g, 2] = counts.CountOf(Verdict.NotSuccessful);
            entries[g, 0] = checked((int)groups[g].Entered);
            entries[g, 1] = checked((int)(counts.Count - groups[g].Entered));
        }

        var list = new List<DisclosedGroup>(groups.Count);
        if (groups.Count > 0)
        {
            var v = rule.Apply(verdicts);
            var e = rule.Apply(entries);
            for (var g = 0; g < groups.Count; g++)
            {
                list.Add(Group(groups[g].Key ?? (groups.Count == 1 ? "all cases" : "(no value)"), v, e, g, g, groups[g].Counts.Count));
            }

            Total = groups.Count == 1 ? list[0] with { Label = "all cases" } : Totals(v, e, table.Total.Counts.Count);
        }
        else
        {
            Total = new DisclosedGroup("all cases", rule.Apply(0), rule.Apply(0), rule.Apply(0), rule.Apply(0), rule.Apply(0), rule.Apply(0), null, null, 0);
        }

        Groups = list;
    }

    public SmallCellRule Rule { get; }

    public CohortTable Table { get; }

    public IReadOnlyList<DisclosedGroup> Groups { get; }

    public DisclosedGroup Total { get; }

    public string RuleText => Rule.Describe(CultureInfo.GetCultureInfo("en"));

    public static string Show(DisclosedCount count) => count.TryGetValue(out var value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "<" + count.Threshold.ToString(CultureInfo.InvariantCulture) + " †";

    private static DisclosedGroup Group(string label, DisclosedTable v, DisclosedTable e, int row, int entryRow, int raw)
    {
        var evaluated = v.RowTotal(row);
        return new DisclosedGroup(label, evaluated, v[row, 0], v[row, 1], v[row, 2], e[entryRow, 0], e[entryRow, 1], Rate(v[row, 0], evaluated), Rate(e[entryRow, 0], e.RowTotal(entryRow)), raw);
    }

    private static DisclosedGroup Totals(DisclosedTable v, DisclosedTable e, int raw)
        => new("all cases", v.GrandTotal, v.ColumnTotal(0), v.ColumnTotal(1), v.ColumnTotal(2), e.ColumnTotal(0), e.ColumnTotal(1), Rate(v.ColumnTotal(0), v.GrandTotal), Rate(e.ColumnTotal(0), e.GrandTotal), raw);

    private static RateEstimate? Rate(DisclosedCount successes, DisclosedCount trials)
        => successes.TryGetValue(out var s) && trials.TryGetValue(out var n) && n > 0 ? Rates.Wilson(s, n) : null;
}
