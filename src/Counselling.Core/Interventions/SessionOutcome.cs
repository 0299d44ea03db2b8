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

    /// <summary>Gets the kind of outcome.</summary>
    public SessionOutcomeKind Kind { get; }

    /// <summary>Gets the description.</summary>
    [PersonalData]
    public string Summary { get; }

    /// <summary>Gets a value indicating whether this is the default value, which is no outcome.</summary>
    public bool IsDefault => Kind == 0;

    /// <summary>Returns the kind only: the summary may hold personal data.</summary>
    /// <returns>The kind of outcome.</returns>
    public override string ToString() => Kind.ToString();
}
