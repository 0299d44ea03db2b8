using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// A criterion a host writes itself and uses in a <see cref="Rubric"/> beside the built-in ones: a code, the axis it
/// counts on by default, and an evaluation of a case record as of an instant that returns a status and its reasons.
/// </summary>
/// <remarks>
/// Give the instances to the rubric (<see cref="Rubric.WithCustomCriteria"/>)
/// and name them in its criteria by <see cref="Code"/>. An implementation must be pure and thread-safe (the engine
/// calls it from several threads in cohorts): read only the record and the context, never a clock. Its reasons are
/// <see cref="Reason"/>s; add their English and French templates to a <see cref="MessageCatalog"/> with
/// <see cref="MessageCatalog.WithTemplate"/>, with the criterion's own name under <c>evaluation.criterion.</c> + code.
/// </remarks>
public abstract class CustomCriterion
{
    /// <summary>Initializes a new custom criterion.</summary>
    /// <param name="code">Its code, a short code that is not a built-in criterion's, such as <c>agency:cv-updated</c>.</param>
    /// <param name="axis">The axis it counts on unless a rubric says otherwise.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a short code or is a built-in criterion's.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is undefined.</exception>
    protected CustomCriterion(string code, EvaluationAxis axis)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = EvidenceGuard.Code(code);
        if (BuiltInCriteria.Exists(code))
        {
            throw new ArgumentException("A custom criterion needs a code of its own, not a built-in criterion's.", nameof(code));
        }

        Axis = Guard.Defined(axis);
    }

    /// <summary>Gets its code.</summary>
    public string Code { get; }

    /// <summary>Gets the axis it counts on unless a rubric says otherwise.</summary>
    public EvaluationAxis Axis { get; }

    /// <summary>Evaluates a case record as of the context's instant: only facts known then may count.</summary>
    /// <param name="record">The case record.</param>
    /// <param name="context">The instant, its date in the record's zone, and the rubric's settings.</param>
    /// <returns>The status, score, expected date when pending, and reasons.</returns>
    public abstract CriterionEvaluation Evaluate(CaseRecord record, CriterionContext context);

    /// <summary>Returns the criterion's code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => "criterion:" + Code;
}
