using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// A built-in criterion: reads a case record as of a moment and returns its outcome. When <c>reasons</c> is given it
/// also adds the reasons naming the evidence; when it is <see langword="null"/> (summary mode) it allocates nothing.
/// </summary>
internal abstract class CriterionRule
{
    public abstract string Id { get; }

    public abstract EvaluationAxis DefaultAxis { get; }

    /// <summary>Gets the default threshold, or NaN when the rule has none by default.</summary>
    public virtual double DefaultThreshold => double.NaN;

    /// <summary>Gets a value indicating whether the rule reads a threshold.</summary>
    public virtual bool HasThreshold => false;

    public virtual double ThresholdMinimum => 0;

    public virtual double ThresholdMaximum => 1;

    /// <summary>Gets a value indicating whether the threshold is a whole number (months).</summary>
    public virtual bool WholeThreshold => false;

    public abstract CriterionOutcome Evaluate(CaseRecord record, in EvaluationMoment moment, in RuleSettings settings, List<Reason>? reasons);

    protected static ReasonArgument Arg(string name, object value) => new(name, value);

    /// <summary>
    /// Whether the intervention was closed, as of the moment, as one-off advice: a complete intervention without an
    /// action plan, so criteria about objectives and between-session work do not apply to it.
    /// </summary>
    internal static bool ClosedAsOneOffAdvice(CaseRecord record, in EvaluationMoment moment)
        => record.ClosureReason == ClosureReason.OneOffAdvice && moment.IsClosed;

    internal static LocalDate Min(LocalDate? current, LocalDate candidate)
        => current is { } c && c < candidate ? c : candidate;

    /// <summary>Whether a session is still planned as of the moment, and the earliest date one is scheduled for from today on.</summary>
    protected static bool NextPlannedSession(in EvaluationMoment moment, out LocalDate? next)
    {
        next = moment.Sessions.NextPlannedOn;
        return moment.Sessions.AnyUpcoming;
    }

    /// <summary>Gets the kinds of evidence the rule reads: when a record says one of them was not recorded, an answer other than met is unknown.</summary>
    public abstract EvidenceKinds Reads { get; }

    /// <summary>
    /// Judges a case given as counts and dates (<see cref="CountedCase"/>): the outcome <see cref="Evaluate"/> gives for the
    /// record those counts stand for, without reasons; <see langword="null"/> when the rule cannot judge counts.
    /// </summary>
    /// <param name="counted">The case, as of its day.</param>
    /// <param name="settings">The rubric's settings for this criterion.</param>
    /// <returns>The outcome, or <see langword="null"/>.</returns>
    public virtual CriterionOutcome? Judge(in CountedCase counted, in RuleSettings settings) => null;

    /// <summary>The outcome of an answer awaited at a follow-up, for a counted case: as <c>AwaitFollowUp</c> on a record.</summary>
    /// <param name="counted">The case.</param>
    /// <param name="months">The months after the closure the follow-up comes.</param>
    /// <returns>Overdue once the due date has passed on a closed case, otherwise pending until then.</returns>
    protected static CriterionOutcome AwaitFollowUp(in CountedCase counted, int months)
    {
        var due = counted.FollowUpDue(months);
        return due is { } d && d < counted.Today && counted.IsClosed ? CriterionOutcome.Overdue(d) : CriterionOutcome.Pending(due);
    }

    /// <summary>The usual outcome when no answer is known yet: pending until the follow-up is due, overdue once that date has passed.</summary>
    protected static CriterionOutcome AwaitFollowUp(CaseRecord record, in EvaluationMoment moment, int months, string code, List<Reason>? reasons)
    {
        var due = moment.FollowUpDue(record, months);
        if (due is { } d && d < moment.Today && moment.IsClosed)
        {
            reasons?.Add(new Reason(code + ".overdue", Arg("due", d)));
            return CriterionOutcome.Overdue(d);
        }

        reasons?.Add(due is { } expected ? new Reason(code + ".awaited", Arg("due", expected)) : new Reason(code + ".awaited-undated"));
        return CriterionOutcome.Pending(due);
    }
}
