using System;
using System.Text;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;

namespace Counselling.Core.Json;

/// <summary>
/// Value objects read from their bytes built without the domain's checks the reader has already made: an enum read by
/// its name is defined, and a text in plain ASCII that starts with a visible character, ends with no white space and is
/// within its limit is valid Unicode, shows something and is left unchanged by trimming. Anything else is built by the
/// public constructor, with its checks.
/// </summary>
internal static class TrustedConstruction
{
    /// <summary>
    /// The constructor of <paramref name="type"/> read from <paramref name="fields"/> that skips the checks those readers
    /// make, or <see langword="null"/> when there is none: the public constructor builds it.
    /// </summary>
    public static Delegate? For(Type type, object[] fields)
        => type == typeof(SessionOutcome) && fields is [WrittenPlainText<SessionOutcomeKind> { ReadsDomainEnum: true }, WrittenText]
            ? (Func<SessionOutcomeKind, string, SessionOutcome>)Outcome
            : null;

    /// <summary>An outcome of a kind read by its name: as <c>new SessionOutcome(kind, summary)</c> makes it.</summary>
    internal static SessionOutcome Outcome(SessionOutcomeKind kind, string summary)
        => IsChecked(summary, TextLimits.FreeText) ? SessionOutcome.Checked(kind, summary) : new SessionOutcome(kind, summary);

    /// <summary>
    /// Whether the domain accepts <paramref name="text"/> unchanged as a required text within <paramref name="limit"/>,
    /// known without its checks: plain ASCII (so valid Unicode), a visible first character (so it shows something), no
    /// white space or control character at either end (so trimming leaves it), within the limit.
    /// </summary>
    internal static bool IsChecked(string text, int limit)
        => text.Length > 0 && text.Length <= limit && text[0] is > ' ' and < '\u007f' && text[^1] is > ' ' and < '\u007f' && Ascii.IsValid(text);
}
