using Counselling.Core.Evidence;
using System;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>A concrete outcome a session ended with: a proposal, a realisation, a referral, an agreed action.</summary>
/// <remarks>The summary is the counsellor's words and may hold personal data: it never appears in <see cref="ToString"/>.
/// The default value has no kind and is refused by <see cref="Intervention.RecordSession"/>.</remarks>
public readonly record struct SessionOutcome
{
    /// <summary>Initializes a concrete outcome.</summary>
    /// <param name="kind">The kind of outcome.</param>
    /// <param name="summary">A short description, such as "application to the industrial mechanics course".</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="summary"/> shows nothing (blank, invisible characters only: <c>argument.blank</c>), is longer than <see cref="TextLimits.FreeText"/> (<c>text.too-long</c>) or is not valid Unicode (<c>text.invalid-unicode</c>).</exception>
    public SessionOutcome(SessionOutcomeKind kind, string summary)
    {
        Kind = Guard.Defined(kind);
        Summary = Bounds.Required(summary, TextLimits.FreeText).Trim();
    }

    /// <summary>
    /// Initializes an outcome its reader has checked as the public constructor does: a defined kind, and a summary that
    /// shows something, is within the limit, valid Unicode and has nothing to trim.
    /// </summary>
    private SessionOutcome(string summary, SessionOutcomeKind kind)
    {
        Kind = kind;
        Summary = summary;
    }

    /// <summary>Gets the kind of outcome.</summary>
    public SessionOutcomeKind Kind { get; }

    /// <summary>Gets the description.</summary>
    [PersonalData]
    public string Summary { get; }

    /// <summary>Gets a value indicating whether this is the default value, which is no outcome.</summary>
    public bool IsDefault => Kind == 0;

    /// <summary>
    /// The outcome the public constructor makes of a defined <paramref name="kind"/> and a <paramref name="summary"/> it
    /// accepts unchanged, without checking them again: for a reader that has checked both.
    /// </summary>
    internal static SessionOutcome Checked(SessionOutcomeKind kind, string summary) => new(summary, kind);

    /// <summary>Returns the kind only: the summary may hold personal data.</summary>
    /// <returns>The kind of outcome.</returns>
    public override string ToString() => Kind.ToString();
}
