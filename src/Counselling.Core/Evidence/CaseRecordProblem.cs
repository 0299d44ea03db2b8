using System;
using Counselling.Core.Common;

namespace Counselling.Core.Evidence;

/// <summary>
/// One problem of a case record found by <see cref="CaseRecordBuilder.Validate"/>: the field at fault (such as
/// <c>sessions[2].KnownAt</c> or <c>satisfaction[0].Score</c>), a stable code, the reason to show (English and French
/// through the message catalogue) and, for a level off its scale, the scale's name.
/// </summary>
/// <remarks>Never holds personal data: no value read, only where it was and what is wrong with it.</remarks>
public sealed class CaseRecordProblem
{
    internal CaseRecordProblem(string field, Reason reason, string message, string? scale = null)
    {
        Field = field;
        Reason = reason;
        Message = message;
        Scale = scale;
    }

    /// <summary>Gets the field at fault, counting facts of a list in the order they became known, such as <c>situations[1].MonthsAfterClosure</c>.</summary>
    public string Field { get; }

    /// <summary>Gets the stable code of the problem, such as <c>case-record.follow-up-while-open</c>.</summary>
    public string Code => Reason.Code;

    /// <summary>Gets the reason, rendered in English or French by the message catalogue.</summary>
    public Reason Reason { get; }

    /// <summary>Gets the problem in English, as an exception would say it.</summary>
    public string Message { get; }

    /// <summary>Gets the name of the scale for a level off its scale (<c>satisfaction</c>, <c>autonomy</c>), otherwise <see langword="null"/>.</summary>
    public string? Scale { get; }

    /// <summary>Returns the field and the code: never personal data.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() => Field + ": " + Code;

    internal ArgumentException ToException(int others)
        => new(others == 0 ? Message : Message + " (" + others.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more: Validate lists every problem.)", Field);
}
