using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Counselling.Core.Common;

namespace Counselling.Core.Evaluation;

/// <summary>What changed between two evaluations of the same intervention with the same rubric, and why.</summary>
public sealed class ReportComparison
{
    internal ReportComparison(EvaluationReport earlier, EvaluationReport later)
    {
        Earlier = earlier;
        Later = later;
        var changes = new List<CriterionChange>();
        for (var i = 0; i < later.Criteria.Count; i++)
        {
            var before = earlier.Criteria[i];
            var after = later.Criteria[i];
            if (before.Status != after.Status || before.Score != after.Score || before.ExpectedBy != after.ExpectedBy)
            {
                changes.Add(new CriterionChange(before, after));
            }
        }

        Changes = changes;
    }

    /// <summary>Gets the earlier evaluation.</summary>
    public EvaluationReport Earlier { get; }

    /// <summary>Gets the later evaluation.</summary>
    public EvaluationReport Later { get; }

    /// <summary>Gets a value indicating whether the verdict changed.</summary>
    public bool VerdictChanged => Earlier.Verdict != Later.Verdict;

    /// <summary>Gets the criteria whose status, score or expected date changed, in the rubric's order.</summary>
    public IReadOnlyList<CriterionChange> Changes { get; }

    /// <summary>Writes the changes in a culture: the verdict before and after, then each criterion that changed with the reasons now.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="catalog">The message catalogue; the built-in one when <see langword="null"/>.</param>
    /// <returns>The changes as text, one line each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture, MessageCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        catalog ??= MessageCatalog.Default;
        var text = new StringBuilder();
        text.AppendLine(catalog.Format(
            new Reason(
                "evaluation.comparison.verdict",
                new ReasonArgument("before", Earlier.Verdict),
                new ReasonArgument("after", Later.Verdict),
                new ReasonArgument("from", Earlier.AsOfDate),
                new ReasonArgument("to", Later.AsOfDate)),
            culture));
        foreach (var change in Changes)
        {
            text.AppendLine(catalog.Format(
                new Reason(
                    "evaluation.comparison.criterion",
                    new ReasonArgument("criterion", change.After.Name),
                    new ReasonArgument("before", change.Before.Status),
                    new ReasonArgument("after", change.After.Status)),
                culture));
            foreach (var reason in change.After.Reasons)
            {
                text.Append("    ").AppendLine(catalog.Format(reason, culture));
            }
        }

        return text.ToString();
    }
}
