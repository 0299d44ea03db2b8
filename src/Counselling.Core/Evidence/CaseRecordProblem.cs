using System;
using Counselling.Core.Common;

namespace Counselling.Core.Evidence;

/// <summary>
/// One problem of a case record found by <see cref="CaseRecordBuilder.Validate"/>: the field at fault (such as
/// <c>sessions[2].KnownAt</c> or <c>satisfaction[0].Score</c>), a stable code, the reason to show (English and French
/// through the message catalogue) and, for a level off its scale, the scale's name.
/// </summary>
/// <remarks>Never holds personal data: no value read, only where it was and what is wrong with it.</remarks>
public sealed class CaseRecordProblem : FieldProblem
{
    internal CaseRecordProblem(string field, Reason reason, string message, string? scale = null)
        : base(field, reason, message)
    {
        Scale = scale;
    }

    /// <summary>Gets the name of the scale for a level off its scale (<c>satisfaction</c>, <c>autonomy</c>), otherwise <see langword="null"/>.</summary>
    public string? Scale { get; }

    internal ArgumentException ToException(int others)
        => new(others == 0 ? Message : Message + " (" + others.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more: Validate lists every problem.)", Field);
}
