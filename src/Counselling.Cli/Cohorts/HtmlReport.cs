using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Counselling.Core.Evaluation;
using Counselling.Research.Files.Evaluation;
using Counselling.Research.Statistics;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// A self-contained HTML report of a run (no script, no stylesheet or font from elsewhere): the success rate per group
/// with its 95 % Wilson interval as an inline SVG chart, the Kaplan–Meier curves of entry into employment or training with
/// their 95 % bands, the counts behind them with the suppressed cells marked, the rubric and the disclosure rule.
/// </summary>
internal static class HtmlReport
{
    private const int Width = 720;
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

    public static string Render(DisclosedCohort cohort, CohortTally tally, CaseAsOf asOf, string groupBy, string source)
    {
        var html = new StringBuilder(16_384);
        var rubric = cohort.Table.Rubric;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cohort evaluation</title>\n<style>")
            .Append("body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append(".suppressed{background:#eee;color:#666;font-style:italic}.rule{background:#fff8e1;border-left:4px solid #f0b400;padding:.5em 1em}svg{display:block;margin:1em 0}text{font:12px system-ui,sans-serif}")
            .Append("</style></head><body>\n");
        html.Append("<h1>Cohort evaluation</h1>\n<p>File <code>").Append(Esc(source)).Append("</code>, evaluated as of ").Append(Esc(asOf.ToString()))
            .Append(", grouped by ").Append(Esc(groupBy)).Append(". ").Append(Esc(tally.ToString())).Append(".</p>\n");
        html.Append("<p class=\"rule\" id=\"disclosure-rule\">").Append(Esc(cohort.RuleText))
            .Append(" Suppressed cells are shown as <span class=\"suppressed\">&lt;").Append(cohort.Rule.Threshold.ToString(CultureInfo.InvariantCulture))
            .Append(" †</span>; their group's rate and curve are not drawn, and each curve stops where fewer people than that remain followed.</p>\n");

        html.Append("<h2>Success rate per group (95 % Wilson interval)</h2>\n");
        RateChart(html, cohort);
        html.Append("<h2>Entry into employment or training (Kaplan–Meier, 95 % band)</h2>\n");
        SurvivalChart(html, cohort);
        html.Append("<h2>Counts</h2>\n");
        CountsTable(html, cohort);
        html.Append("<h2>Rubric</h2>\n<p><code>").Append(Esc(rubric.Name)).Append("</code>, policy ").Append(Esc(rubric.Policy.ToString())).Append(".</p>\n")
            .Append("<table id=\"rubric\"><tr><th>criterion</th><th>axis</th><th>weight</th></tr>\n");
        foreach (var c in rubric.Criteria)
        {
            html.Append("<tr><td>").Append(Esc(c.Criterion)).Append("</td><td>").Append(Esc((c.Axis ?? Counselling.Core.Evaluation.Criteria.BuiltInCriteria.DefaultAxisOf(c.Criterion)).ToString()))
                .Append("</td><td>").Append(c.Weight.ToString("0.###", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    private static void RateChart(StringBuilder html, DisclosedCohort cohort)
    {
        var rows = cohort.Groups.Count > 1 ? [.. cohort.Groups, cohort.Total] : cohort.Groups.ToList();
        const int left = 170, bar = 22, gap = 10, top = 10;
        var plot = Width - left - 60;
        var height = top + (rows.Count * (bar + gap)) + 30;
        html.Append(Inv($"<svg id=\"rates\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"success rate per group\">\n"));
        for (var tick = 0; tick <= 10; tick += 2)
        {
            var x = left + (plot * tick / 10.0);
            html.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{top}\" x2=\"{x:0.#}\" y2=\"{height - 25}\" stroke=\"#ddd\"/><text x=\"{x:0.#}\" y=\"{height - 10}\" text-anchor=\"middle\">{tick * 10} %</text>\n"));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var g = rows[i];
            var y = top + (i * (bar + gap));
            html.Append(Inv($"<text x=\"{left - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Esc(g.Label)}</text>"));
            if (g.SuccessRate is { } r)
            {
                html.Append(Inv($"<rect class=\"rate\" x=\"{left}\" y=\"{y}\" width=\"{plot * r.Estimate:0.#}\" height=\"{bar}\" fill=\"{Palette[i % Palette.Length]}\" fill-opacity=\"0.7\"><title>{Esc(g.Label)}: {r.Estimate:P1} ({r.Lower:P1} to {r.Upper:P1}), {r.Successes} of {r.Trials}</title></rect>"))
                    .Append(Inv($"<path class=\"interval\" d=\"M{left + (plot * r.Lower):0.#},{y + (bar / 2)}H{left + (plot * r.Upper):0.#}M{left + (plot * r.Lower):0.#},{y + 5}v12M{left + (plot * r.Upper):0.#},{y + 5}v12\" stroke=\"#000\" fill=\"none\"/>"))
                    .Append(Inv($"<text x=\"{left + (plot * r.Upper) + 6:0.#}\" y=\"{y + 15}\">{r.Estimate:P1}</text>\n"));
            }
            else
            {
                html.Append(Inv($"<text class=\"suppressed\" x=\"{left + 6}\" y=\"{y + 15}\" fill=\"#666\">suppressed (fewer than {cohort.Rule.Threshold})</text>\n"));
            }
        }

        html.Append("</svg>\n");
    }

    private static void SurvivalChart(StringBuilder html, DisclosedCohort cohort)
    {
        var curves = new List<(string Label, SurvivalCurve Curve, int Colour)>();
        var groups = cohort.Table.Groups;
        for (var g = 0; g < groups.Count; g++)
        {
            if (cohort.Groups[g].IsSuppressed || groups[g].Days.Count == 0)
            {
                continue;
            }

            var times = groups[g].Days.Select(d => (double)d).ToArray();
            var events = groups[g].Events.ToArray();
            curves.Add((cohort.Groups[g].Label, KaplanMeier.Estimate(times, events), g));
        }

        const int left = 50, top = 10, height = 320;
        var plot = Width - left - 160;
        var plotHeight = height - top - 40;
        var maxDay = Math.Max(1, curves.Count == 0 ? 1 : curves.Max(c => c.Curve.Steps.IsEmpty ? 1 : c.Curve.Steps[^1].Time));
        html.Append(Inv($"<svg id=\"survival\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"share in employment or training over time\">\n"));
        for (var tick = 0; tick <= 10; tick += 2)
        {
            var y = top + plotHeight - (plotHeight * tick / 10.0);
            html.Append(Inv($"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{left + plot}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick * 10} %</text>\n"));
        }

        html.Append(Inv($"<text x=\"{left + (plot / 2)}\" y=\"{height - 8}\" text-anchor=\"middle\">days since opening (up to {maxDay:0})</text>\n"));
        double X(double day) => left + (plot * day / maxDay);
        double Y(double share) => top + plotHeight - (plotHeight * share);
        for (var k = 0; k < curves.Count; k++)
        {
            var (label, curve, colour) = curves[k];
            var line = new StringBuilder(Inv($"M{X(0):0.#},{Y(0):0.#}"));
            var upper = new List<string> { Inv($"{X(0):0.#},{Y(0):0.#}") };
            var lower = new List<string> { Inv($"{X(0):0.#},{Y(0):0.#}") };
            double previous = 0, previousLow = 0, previousHigh = 0;
            foreach (var step in curve.Steps)
            {
                if (step.AtRisk < cohort.Rule.Threshold)
                {
                    break;
                }

                var share = 1 - step.Survival;
                var low = double.IsNaN(step.Upper) ? share : 1 - step.Upper;
                var high = double.IsNaN(step.Lower) ? share : 1 - step.Lower;
                line.Append(Inv($"H{X(step.Time):0.#}V{Y(share):0.#}"));
                upper.Add(Inv($"{X(step.Time):0.#},{Y(previousHigh):0.#} {X(step.Time):0.#},{Y(high):0.#}"));
                lower.Add(Inv($"{X(step.Time):0.#},{Y(previousLow):0.#} {X(step.Time):0.#},{Y(low):0.#}"));
                previous = share;
                previousLow = low;
                previousHigh = high;
            }

            lower.Reverse();
            var fill = Palette[colour % Palette.Length];
            html.Append("<polygon class=\"band\" points=\"").Append(string.Join(' ', upper)).Append(' ').Append(string.Join(' ', lower))
                .Append("\" fill=\"").Append(fill).Append("\" fill-opacity=\"0.15\" stroke=\"none\"/>\n")
                .Append("<path class=\"curve\" d=\"").Append(line).Append("\" stroke=\"").Append(fill).Append("\" stroke-width=\"2\" fill=\"none\"><title>")
                .Append(Esc(label)).Append(Inv($": {previous:P1} by the last day shown")).Append("</title></path>\n")
                .Append(Inv($"<rect x=\"{left + plot + 12}\" y=\"{top + (k * 20)}\" width=\"12\" height=\"12\" fill=\"{fill}\"/><text x=\"{left + plot + 30}\" y=\"{top + (k * 20) + 11}\">{Esc(label)}</text>\n"));
        }

        if (curves.Count == 0)
        {
            html.Append(Inv($"<text x=\"{left + 10}\" y=\"{top + 20}\" fill=\"#666\">no curve can be shown: every group is suppressed or empty</text>\n"));
        }

        html.Append("</svg>\n");
    }

    private static void CountsTable(StringBuilder html, DisclosedCohort cohort)
    {
        html.Append("<table id=\"counts\"><tr><th>group</th><th>evaluated</th><th>success</th><th>pending or undetermined</th><th>not successful</th><th>success rate (95 % CI)</th><th>entered employment or training</th></tr>\n");
        var rows = cohort.Groups.Count > 1 ? [.. cohort.Groups, cohort.Total] : cohort.Groups.ToList();
        foreach (var g in rows)
        {
            html.Append("<tr><td>").Append(Esc(g.Label)).Append("</td>");
            foreach (var cell in new[] { g.Evaluated, g.Success, g.Pending, g.NotSuccessful })
            {
                Cell(html, cell);
            }

            html.Append(g.SuccessRate is { } r ? Inv($"<td>{r.Estimate:P1} ({r.Lower:P1} to {r.Upper:P1})</td>") : "<td class=\"suppressed\">suppressed</td>");
            Cell(html, g.Entered);
            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Cell(StringBuilder html, Counselling.Research.Disclosure.DisclosedCount cell)
        => html.Append(cell.IsSuppressed ? "<td class=\"suppressed\">" : "<td>").Append(WebUtility.HtmlEncode(DisclosedCohort.Show(cell))).Append("</td>");

    private static string Esc(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
