using System;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;

namespace Counselling.Core.Evidence;

/// <summary>Argument checks shared by the evidence types.</summary>
internal static class EvidenceGuard
{
    public static ActorKind Source(ActorKind source, [CallerArgumentExpression(nameof(source))] string? name = null)
    {
        if (source == ActorKind.None || !Enum.IsDefined(source))
        {
            throw new ArgumentException("Every fact names its source: counsellor, client, partner, relative or system.", name);
        }

        return source;
    }

    public static string Code(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is not null && IsCode(value))
        {
            return value;
        }

        Bounds.Required(value, TextLimits.Code, name);
        throw new ArgumentException("A code holds only ASCII letters, digits and - _ . : / (never free text or personal data).", name);
    }

    /// <summary>Whether a text is a code <see cref="Code"/> accepts: 1 to <see cref="TextLimits.Code"/> ASCII letters, digits and <c>- _ . : /</c>.</summary>
    public static bool IsCode(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > TextLimits.Code)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
