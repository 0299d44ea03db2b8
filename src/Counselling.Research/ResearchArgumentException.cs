using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Counselling.Research;

/// <summary>
/// An argument the research package refuses, with a stable <see cref="Code"/> a UI can switch on and a message in
/// English and French (<see cref="Describe"/>). <see cref="Exception.Message"/> is the English text.
/// </summary>
/// <remarks>Messages carry counts, positions and parameters only: never an identifier, a pseudonymisation key or other personal data.</remarks>
public sealed class ResearchArgumentException : ArgumentException
{
    /// <summary>Initializes a new exception.</summary>
    /// <param name="code">The stable code, one of <see cref="ResearchCodes"/>.</param>
    /// <param name="paramName">The name of the parameter refused.</param>
    /// <param name="arguments">The values the message needs, by placeholder name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not a code of this package.</exception>
    public ResearchArgumentException(string code, string? paramName, params ReadOnlySpan<KeyValuePair<string, object>> arguments)
        : base(ResearchMessages.Format(code, CultureInfo.InvariantCulture, arguments), paramName)
    {
        Code = code;
        Arguments = [.. arguments];
    }

    /// <summary>Gets the stable code, one of <see cref="ResearchCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the values of the message, by placeholder name.</summary>
    public ImmutableArray<KeyValuePair<string, object>> Arguments { get; }

    /// <summary>Writes the message in a culture (French for any <c>fr</c> culture, English otherwise).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The message, for a screen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture) => ResearchMessages.Format(Code, culture, Arguments.AsSpan());
}
