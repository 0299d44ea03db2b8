using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using NodaTime;

namespace Counselling.Core.Evaluation;

/// <summary>
/// The full evaluation of one intervention as of an instant under a rubric: every criterion, each axis, the verdict
/// with its reasons and the date after which a new evaluation could change it. Reasons are codes with values; write
/// them in French or English with <see cref="Describe"/> or a <see cref="MessageCatalog"/>.
/// </summary>
public sealed class EvaluationReport
{
    private readonly AxisResult[] _axes;

    /// <summary>Initializes a new report: the engine makes them; a UI team may make its own to test its screens.</summary>
    /// <param name="rubric">The rubric used.</param>
    /// <param name="asOf">The instant the evaluation is as of.</param>
    /// <param name="zone">The zone in which the record's instants became dates.</param>
    /// <param name="summary">The same evaluation without reasons.</param>
    /// <param name="criteria">Every criterion, in the rubric's order.</param>
    /// <param name="axes">The result, process and impact axes, in that order.</param>
    /// <param name="reasons">The reasons of the verdict, at least one.</param>
    /// <param name="perspectives">The verdict from other points of view (the counsellor's objectives, the client's judgement…); may be empty.</param>
    /// <param name="contributions">Third parties' contributions known then; may be empty.</param>
    /// <param name="initialQuestion">The question the client came with, if recorded.</param>
    /// <param name="previousIntervention">The earlier intervention this one follows, if any.</param>
    /// <exception cref="ArgumentException">There are not three axes in order, the criteria do not match the rubric's, or <paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public EvaluationReport(
        Rubric rubric,
        Instant asOf,
        DateTimeZone zone,
        EvaluationSummary summary,
        IReadOnlyList<CriterionResult> criteria,
        IReadOnlyList<AxisResult> axes,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<PerspectiveResult> perspectives,
        IReadOnlyList<ContributionFact> contributions,
        InitialQuestionFact? initialQuestion = null,
        InterventionId? previousIntervention = null)
    {
        Rubric = Guard.NotNull(rubric);
        Zone = Guard.NotNull(zone);
        Criteria = Guard.NotNull(criteria);
        ArgumentNullException.ThrowIfNull(axes);
        Reasons = Guard.NotNull(reasons);
        Perspectives = Guard.NotNull(perspectives);
        Contributions = Guard.NotNull(contributions);
        ReportGuard.Check(axes.Count == 3 && axes[0].Axis == EvaluationAxis.Result && axes[1].Axis == EvaluationAxis.Process && axes[2].Axis == EvaluationAxis.Impact, nameof(axes), "A report has the result, process and impact axes, in that order.");
        ReportGuard.Check(criteria.Count == rubric.Criteria.Length && SameOrder(criteria, rubric), nameof(criteria), "A report has one result per criterion of its rubric, in the rubric's order.");
        ReportGuard.Check(reasons.Count > 0, nameof(reasons), "A verdict carries at least one reason.");
        AsOf = asOf;
        AsOfDate = asOf.InZone(zone).Date;
        Summary = summary;
        _axes = [axes[0], axes[1], axes[2]];
        InitialQuestion = initialQuestion;
        PreviousIntervention = previousIntervention;
    }

    /// <summary>Gets the intervention evaluated.</summary>
    public InterventionId Intervention => Summary.Intervention;

    /// <summary>Gets the rubric used.</summary>
    public Rubric Rubric { get; }

    /// <summary>Gets the instant the evaluation is as of: only evidence known then counts.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the date of <see cref="AsOf"/> in <see cref="Zone"/>.</summary>
    public LocalDate AsOfDate { get; }

    /// <summary>Gets the zone in which the record's instants became dates (the record's own).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>
    /// Gets the verdict from other points of view, side by side with the rubric's: the counsellor's objectives, the
    /// counsellor's and the client's own judgements, a joint evaluation, and the strict all-axes policy.
    /// </summary>
    public IReadOnlyList<PerspectiveResult> Perspectives { get; }

    /// <summary>Gets the third parties' contributions known at <see cref="AsOf"/>: shown as theirs, never credited to the counsellor's planned process.</summary>
    public IReadOnlyList<ContributionFact> Contributions { get; }

    /// <summary>Gets the question the client came with, if recorded by <see cref="AsOf"/>.</summary>
    public InitialQuestionFact? InitialQuestion { get; }

    /// <summary>Gets the earlier intervention this one follows when the client came back, if any.</summary>
    public InterventionId? PreviousIntervention { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict => Summary.Verdict;

    /// <summary>Gets the weighted score of every applicable criterion, between 0 and 1.</summary>
    public double Score => Summary.Score;

    /// <summary>Gets the earliest date a pending criterion is expected to resolve: after it, a new evaluation could change the answer.</summary>
    public LocalDate? ReEvaluateAfter => Summary.ReEvaluateAfter;

    /// <summary>Gets the reasons of the verdict; at least one.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>Gets every criterion, in the rubric's order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>Gets the result axis.</summary>
    public AxisResult Result => _axes[0];

    /// <summary>Gets the process axis.</summary>
    public AxisResult Process => _axes[1];

    /// <summary>Gets the impact axis.</summary>
    public AxisResult Impact => _axes[2];

    /// <summary>Gets the same evaluation without reasons.</summary>
    public EvaluationSummary Summary { get; }

    /// <summary>Gets the verdict from one point of view.</summary>
    /// <param name="perspective">The point of view.</param>
    /// <returns>Its result, or <see langword="null"/> when the report does not show it.</returns>
    public PerspectiveResult? From(EvaluationPerspective perspective)
    {
        foreach (var p in Perspectives)
        {
            if (p.Perspective == perspective)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Gets one axis.</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is undefined.</exception>
    public AxisResult Axis(EvaluationAxis axis)
        => axis is >= EvaluationAxis.Result and <= EvaluationAxis.Impact ? _axes[(int)axis - 1] : throw new ArgumentOutOfRangeException(nameof(axis));

    /// <summary>Gets one criterion by name.</summary>
    /// <param name="name">The criterion's name, such as <c>options-resolved</c>.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="ArgumentException">The rubric has no such criterion.</exception>
    public CriterionResult Criterion(string name)
    {
        foreach (var c in Criteria)
        {
            if (c.Criterion == name)
            {
                return c;
            }
        }

        throw new ArgumentException("The rubric has no criterion of this name.", nameof(name));
    }

    /// <summary>Compares this evaluation with an earlier one of the same intervention, with a rubric of the same criteria (the policy may differ): what changed, and why.</summary>
    /// <param name="earlier">The earlier evaluation.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="earlier"/> is of another intervention, or of a rubric with other criteria.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> is <see langword="null"/>.</exception>
    public ReportComparison ChangesSince(EvaluationReport earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (earlier.Intervention != Intervention || !SameCriteria(earlier.Rubric, Rubric))
        {
            throw new ArgumentException("Only two evaluations of the same intervention with the same criteria compare.", nameof(earlier));
        }

        return new ReportComparison(earlier, this);
    }

    /// <summary>Writes the report in a culture: the verdict and its reasons, each axis, then each criterion with its reasons.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="catalog">The message catalogue; the built-in one when <see langword="null"/>.</param>
    /// <returns>The report as text, one line each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture, MessageCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        catalog ??= MessageCatalog.Default;
        var text = new StringBuilder();
        text.AppendLine(catalog.Format(
            new Reason("evaluation.report.verdict", new ReasonArgument("verdict", Verdict), new ReasonArgument("rubric", Rubric.Name), new ReasonArgument("date", AsOfDate), new ReasonArgument("score", Percent(Score))),
            culture));
        foreach (var reason in Reasons)
        {
            text.Append("  ").AppendLine(catalog.Format(reason, culture));
        }

        if (InitialQuestion is { } question)
        {
            text.AppendLine(catalog.Format(new Reason("evaluation.report.initial-question", new ReasonArgument("question", question.Question), new ReasonArgument("known", question.KnownAt.InZone(Zone).Date)), culture));
        }

        if (PreviousIntervention is { } previous)
        {
            text.AppendLine(catalog.Format(new Reason("evaluation.report.follows-on", new ReasonArgument("previous", previous)), culture));
        }

        foreach (var perspective in Perspectives)
        {
            text.AppendLine(catalog.Format(
                perspective.Verdict is { } v
                    ? new Reason("evaluation.report.perspective", new ReasonArgument("perspective", perspective.Perspective), new ReasonArgument("verdict", v))
                    : new Reason("evaluation.report.perspective-not-given", new ReasonArgument("perspective", perspective.Perspective)),
                culture));
            foreach (var reason in perspective.Reasons)
            {
                text.Append("  ").AppendLine(catalog.Format(reason, culture));
            }
        }

        if (Contributions.Count > 0)
        {
            text.AppendLine(catalog.Format(new Reason("evaluation.report.contributions"), culture));
            foreach (var c in Contributions)
            {
                text.Append("  ").AppendLine(catalog.Format(
                    new Reason(
                        c.Planned ? "evaluation.contribution.planned" : "evaluation.contribution.unplanned",
                        new ReasonArgument("contributor", c.Contributor),
                        new ReasonArgument("contribution", c.Contribution),
                        new ReasonArgument("known", c.KnownAt.InZone(Zone).Date),
                        new ReasonArgument("source", c.Source)),
                    culture));
            }
        }

        foreach (var axis in _axes)
        {
            text.AppendLine(catalog.Format(
                new Reason("evaluation.report.axis", new ReasonArgument("axis", axis.Axis), new ReasonArgument("status", axis.Status), new ReasonArgument("score", Percent(axis.Score))),
                culture));
            foreach (var criterion in Criteria)
            {
                if (criterion.Axis != axis.Axis)
                {
                    continue;
                }

                text.Append("  ").AppendLine(catalog.Format(
                    new Reason("evaluation.report.criterion", new ReasonArgument("criterion", criterion.Name), new ReasonArgument("status", criterion.Status)),
                    culture));
                foreach (var reason in criterion.Reasons)
                {
                    text.Append("    ").AppendLine(catalog.Format(reason, culture));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Returns the intervention, the verdict and the date: never personal data.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
        => Intervention + " " + Verdict + " as of " + AsOfDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static bool SameOrder(IReadOnlyList<CriterionResult> criteria, Rubric rubric)
    {
        for (var i = 0; i < criteria.Count; i++)
        {
            if (criteria[i] is null || criteria[i].Criterion != rubric.Criteria[i].Criterion)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameCriteria(Rubric a, Rubric b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Criteria.Length != b.Criteria.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Criteria.Length; i++)
        {
            if (a.Criteria[i].Criterion != b.Criteria[i].Criterion)
            {
                return false;
            }
        }

        return true;
    }

    internal static int Percent(double score) => (int)Math.Round(score * 100, MidpointRounding.AwayFromZero);
}
