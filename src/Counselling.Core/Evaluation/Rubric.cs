using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Criteria;

namespace Counselling.Core.Evaluation;

/// <summary>
/// A named set of criteria with weights and a verdict policy: the question "was it a success?" made explicit.
/// Plain data a host can store and load; the constructor validates it and names the field at fault.
/// </summary>
/// <remarks>Immutable and thread-safe. Built-in rubrics are in <see cref="BuiltInRubrics"/>.</remarks>
public sealed class Rubric
{
    /// <summary>The most criteria a rubric may hold (each built-in criterion at most once).</summary>
    public const int MaximumCriteria = 16;

    private const double WeightTolerance = 1e-6;

    private readonly Dictionary<string, CriterionRule> _custom;

    /// <summary>Initializes a new rubric.</summary>
    /// <param name="name">Its code, such as <c>process-and-impact</c>.</param>
    /// <param name="policy">How the axes make the verdict.</param>
    /// <param name="criteria">The criteria, each at most once, with weights adding up to 1.</param>
    /// <param name="scoreThreshold">For <see cref="VerdictPolicy.WeightedScoreAtLeast"/>, the score a success reaches (0–1); otherwise <see langword="null"/>.</param>
    /// <param name="followUpMonths">How many months after closure the first follow-up is due (1–60; default 3): when answers still missing at closure are expected.</param>
    /// <exception cref="ArgumentException">The rubric is invalid: a blank name, no criterion, an unknown or repeated criterion, a
    /// weight out of (0, 1] or weights that do not add up to 1, a threshold out of range or given to a criterion that reads none, an
    /// undefined axis or policy, a missing or out-of-range score threshold, or follow-up months out of range. The parameter name
    /// says which field, such as <c>criteria[2].Threshold</c>; <see cref="Validate"/> lists every problem as reasons.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is <see langword="null"/>.</exception>
    public Rubric(string name, VerdictPolicy policy, IEnumerable<RubricCriterion> criteria, double? scoreThreshold = null, int followUpMonths = 3)
        : this(name, policy, criteria, [], scoreThreshold, followUpMonths)
    {
    }

    private Rubric(string name, VerdictPolicy policy, IEnumerable<RubricCriterion> criteria, IEnumerable<CustomCriterion> customCriteria, double? scoreThreshold, int followUpMonths)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(customCriteria);
        var custom = new Dictionary<string, CriterionRule>(StringComparer.Ordinal);
        foreach (var c in customCriteria)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(customCriteria));
            if (!custom.TryAdd(c.Code, new CustomCriterionRule(c)))
            {
                throw new ArgumentException("Two custom criteria share a code.", nameof(customCriteria));
            }
        }

        _custom = custom;
        var list = criteria.ToImmutableArray();
        var problems = Check(name, policy, [.. list], scoreThreshold, followUpMonths, custom);
        if (problems.Count > 0)
        {
            var (reason, field) = problems[0];
            throw new ArgumentException(reason.Describe(CultureInfo.InvariantCulture) + " (" + reason.Code + ")", field);
        }

        Name = name;
        Policy = policy;
        Criteria = list;
        ScoreThreshold = scoreThreshold;
        FollowUpMonths = followUpMonths;
    }

    private Rubric(Rubric source)
    {
        _custom = source._custom;
        Name = source.Name;
        Policy = source.Policy;
        Criteria = source.Criteria;
        ScoreThreshold = source.ScoreThreshold;
        FollowUpMonths = source.FollowUpMonths;
        Currency = source.Currency;
    }

    /// <summary>Makes a rubric that may name a host's own criteria beside the built-in ones.</summary>
    /// <param name="name">Its code, such as <c>agency-default</c>.</param>
    /// <param name="policy">How the axes make the verdict.</param>
    /// <param name="criteria">The criteria, built-in or custom, each at most once, with weights adding up to 1.</param>
    /// <param name="customCriteria">The host's own criteria the rubric may name by their <see cref="CustomCriterion.Code"/>; each code at most once.</param>
    /// <param name="scoreThreshold">For <see cref="VerdictPolicy.WeightedScoreAtLeast"/>, the score a success reaches (0–1); otherwise <see langword="null"/>.</param>
    /// <param name="followUpMonths">How many months after closure the first follow-up is due (1–60; default 3).</param>
    /// <returns>The rubric.</returns>
    /// <exception cref="ArgumentException">The rubric is invalid (see the other constructor), or two custom criteria share a code.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> or <paramref name="customCriteria"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <remarks>A rubric stored as data keeps only the codes of its custom criteria: give the same instances again when loading it.</remarks>
    public static Rubric WithCustomCriteria(string name, VerdictPolicy policy, IEnumerable<RubricCriterion> criteria, IEnumerable<CustomCriterion> customCriteria, double? scoreThreshold = null, int followUpMonths = 3)
        => new(name, policy, criteria, customCriteria, scoreThreshold, followUpMonths);

    /// <summary>Gets the rubric's code.</summary>
    public string Name { get; }

    /// <summary>Gets how the axes make the verdict.</summary>
    public VerdictPolicy Policy { get; }

    /// <summary>Gets the criteria, in the order reports list them.</summary>
    public ImmutableArray<RubricCriterion> Criteria { get; }

    /// <summary>Gets the score a success reaches under <see cref="VerdictPolicy.WeightedScoreAtLeast"/>; otherwise <see langword="null"/>.</summary>
    public double? ScoreThreshold { get; }

    /// <summary>Gets how many months after closure the first follow-up is due.</summary>
    public int FollowUpMonths { get; }

    /// <summary>
    /// Gets the ISO 4217 code of the currency of the earnings thresholds and of the earnings reported (<c>EUR</c>,
    /// <c>CAD</c>), so reports write them as money ("1 450,00 €"); <see langword="null"/> when not given (plain numbers).
    /// </summary>
    public string? Currency { get; private init; }

    /// <summary>Returns the same rubric with the currency its earnings are in, so reports write them as money.</summary>
    /// <param name="currency">The ISO 4217 code, three capital letters, such as <c>EUR</c> or <c>CAD</c>.</param>
    /// <returns>A copy of the rubric with <see cref="Currency"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three capital letters A to Z.</exception>
    public Rubric WithCurrency(string currency)
    {
        _ = new Money(0, currency);
        return new Rubric(this) { Currency = currency };
    }

    /// <summary>Lists every problem of a rubric's data, as reasons a UI can show in French or English; empty when it is valid.</summary>
    /// <param name="name">Its code.</param>
    /// <param name="policy">Its policy.</param>
    /// <param name="criteria">Its criteria.</param>
    /// <param name="scoreThreshold">Its score threshold.</param>
    /// <param name="followUpMonths">When the first follow-up is due.</param>
    /// <returns>The problems, in the order of the fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Reason> Validate(string? name, VerdictPolicy policy, IEnumerable<RubricCriterion?> criteria, double? scoreThreshold = null, int followUpMonths = 3)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return [.. Check(name, policy, [.. criteria], scoreThreshold, followUpMonths, null).Select(p => p.Reason)];
    }

    /// <summary>Returns the rubric's code: never personal data.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => "rubric:" + Name;

    /// <summary>Finds a custom criterion this rubric was given, by code.</summary>
    internal CriterionRule? FindCustom(string code) => _custom.TryGetValue(code, out var rule) ? rule : null;

    /// <summary>Finds a criterion this rubric may name: built-in or custom.</summary>
    internal CriterionRule? FindRule(string code) => BuiltInCriteria.TryFind(code) ?? FindCustom(code);

    private static List<(Reason Reason, string Field)> Check(string? name, VerdictPolicy policy, ImmutableArray<RubricCriterion?> criteria, double? scoreThreshold, int followUpMonths, Dictionary<string, CriterionRule>? custom)
    {
        var problems = new List<(Reason, string)>();
        void Add(string field, string code, params ReadOnlySpan<ReasonArgument> args) => problems.Add((new Reason(code, args), field));

        if (string.IsNullOrWhiteSpace(name))
        {
            Add(nameof(name), "evaluation.rubric.name-blank");
        }

        if (!Enum.IsDefined(policy))
        {
            Add(nameof(policy), "evaluation.rubric.policy-unknown");
        }

        if (criteria.IsEmpty)
        {
            Add(nameof(criteria), "evaluation.rubric.empty");
        }
        else if (criteria.Length > MaximumCriteria)
        {
            Add(nameof(criteria), "evaluation.rubric.too-many", new ReasonArgument("maximum", MaximumCriteria));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0.0;
        for (var i = 0; i < criteria.Length; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"criteria[{i}]");
            if (criteria[i] is not { } c)
            {
                Add(field, "evaluation.rubric.criterion-missing", new ReasonArgument("index", i));
                continue;
            }

            var rule = BuiltInCriteria.TryFind(c.Criterion) ?? (c.Criterion is not null && custom is not null && custom.TryGetValue(c.Criterion, out var own) ? own : null);
            if (rule is null)
            {
                Add(field + ".Criterion", "evaluation.rubric.unknown-criterion", new ReasonArgument("criterion", c.Criterion ?? string.Empty));
            }
            else if (!seen.Add(c.Criterion!))
            {
                Add(field + ".Criterion", "evaluation.rubric.duplicate-criterion", new ReasonArgument("criterion", c.Criterion!));
            }

            var label = new ReasonArgument("criterion", c.Criterion ?? string.Empty);
            if (!double.IsFinite(c.Weight) || c.Weight <= 0 || c.Weight > 1)
            {
                Add(field + ".Weight", "evaluation.rubric.weight-out-of-range", label);
            }
            else
            {
                sum += c.Weight;
            }

            if (c.Axis is { } axis && !Enum.IsDefined(axis))
            {
                Add(field + ".Axis", "evaluation.rubric.axis-unknown", label);
            }

            if (c.Threshold is { } t && rule is not null)
            {
                if (!rule.HasThreshold)
                {
                    Add(field + ".Threshold", "evaluation.rubric.threshold-not-read", label);
                }
                else if (!double.IsFinite(t) || t < rule.ThresholdMinimum || t > rule.ThresholdMaximum)
                {
                    Add(
                        field + ".Threshold",
                        rule.ThresholdMaximum == double.MaxValue ? "evaluation.rubric.threshold-negative" : "evaluation.rubric.threshold-out-of-range",
                        label,
                        new ReasonArgument("minimum", rule.ThresholdMinimum),
                        new ReasonArgument("maximum", rule.ThresholdMaximum));
                }
                else if (rule.WholeThreshold && t != Math.Floor(t))
                {
                    Add(field + ".Threshold", "evaluation.rubric.threshold-whole", label);
                }
            }
        }

        if (!criteria.IsEmpty && problems.Count == 0 && Math.Abs(sum - 1) > WeightTolerance)
        {
            Add(nameof(criteria), "evaluation.rubric.weights-sum", new ReasonArgument("sum", Math.Round(sum, 6)));
        }

        if (policy == VerdictPolicy.WeightedScoreAtLeast)
        {
            if (scoreThreshold is not { } s || !double.IsFinite(s) || s < 0 || s > 1)
            {
                Add(nameof(scoreThreshold), "evaluation.rubric.score-threshold-out-of-range");
            }
        }
        else if (scoreThreshold is not null)
        {
            Add(nameof(scoreThreshold), "evaluation.rubric.score-threshold-unused");
        }

        if (followUpMonths < 1 || followUpMonths > 60)
        {
            Add(nameof(followUpMonths), "evaluation.rubric.follow-up-months-out-of-range");
        }

        return problems;
    }
}
