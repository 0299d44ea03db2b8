using System;

namespace Counselling.Core.Common;

/// <summary>
/// A problem with one field of what a caller gave: the field at fault, a stable code and the reason to show. The same
/// shape whatever found it, so a screen shows a case record's problems (<see cref="Evidence.CaseRecordProblem"/>) and a
/// SMART objective's failures (<see cref="Objectives.SmartFailure"/>) with one piece of code: highlight
/// <see cref="Field"/>, show <see cref="Reason"/> through the <see cref="MessageCatalog"/> in the user's language.
/// </summary>
/// <remarks>Never holds personal data: where the problem is and what is wrong, not the value given.</remarks>
public abstract class FieldProblem
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="field">The field at fault.</param>
    /// <param name="reason">The coded reason.</param>
    /// <param name="message">The message written when the problem was found.</param>
    private protected FieldProblem(string field, Reason reason, string message)
    {
        Field = field ?? throw new ArgumentNullException(nameof(field));
        Reason = reason ?? throw new ArgumentNullException(nameof(reason));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>
    /// Gets the field at fault, for a form to highlight: a path such as <c>Deadline</c>, <c>Indicator.Target</c> or
    /// <c>sessions[2].KnownAt</c> (facts of a list counted in the order they became known).
    /// </summary>
    public string Field { get; }

    /// <summary>Gets the stable code of the problem, such as <c>objective.t.deadline-past</c> or <c>case-record.follow-up-while-open</c>.</summary>
    public string Code => Reason.Code;

    /// <summary>Gets the reason, to describe in any language through the <see cref="MessageCatalog"/>, like every refusal.</summary>
    public Reason Reason { get; }

    /// <summary>
    /// Gets the message written when the problem was found: a case record's problem in English, as an exception says
    /// it; a SMART failure in the UI culture of the validating thread. Describe <see cref="Reason"/> for another language.
    /// </summary>
    public string Message { get; }

    /// <summary>Returns the field and the code: never personal data.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() => Field + ": " + Code;
}
