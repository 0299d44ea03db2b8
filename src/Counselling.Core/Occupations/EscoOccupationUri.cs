using System;
using System.Diagnostics.CodeAnalysis;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>An occupation of ESCO, by its URI: <c>http://data.europa.eu/esco/occupation/</c> followed by a UUID in lower case.</summary>
/// <remarks>
/// The text form (<see cref="ToString"/>) is canonical and <see cref="Parse"/> reads it back. The default value names no
/// occupation (<see cref="IsDefault"/>); it is written <c>none</c> and refused where a code is required.
/// </remarks>
public readonly record struct EscoOccupationUri : IOccupationCode<EscoOccupationUri>, IComparable<EscoOccupationUri>
{
    private readonly string? _text;

    private EscoOccupationUri(string text) => _text = text;

    /// <inheritdoc />
    public static OccupationClassification Classification => OccupationClassification.Esco;

    /// <inheritdoc />
    public bool IsDefault => _text is null;

    /// <summary>Reads a code such as <c>http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1</c>; white space around it is ignored, letters may be in either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OccupationFormatException"><paramref name="text"/> is not a valid code; its reason says why.</exception>
    public static EscoOccupationUri Parse(string text) => OccupationText.Parse<EscoOccupationUri>(text);

    /// <summary>Reads a code such as <c>http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1</c>, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read, or the default value.</param>
    /// <returns><see langword="true"/> if the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EscoOccupationUri code) => TryParse(text, out code, out _);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? text, out EscoOccupationUri code, [NotNullWhen(false)] out Reason? error)
    {
        string? canonical = null;
        error = text is null ? new Reason(OccupationCodes.Invalid) : OccupationText.Esco(text.AsSpan().Trim(), out canonical);
        code = error is null ? new EscoOccupationUri(canonical!) : default;
        return error is null;
    }

    /// <inheritdoc />
    public int CompareTo(EscoOccupationUri other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Returns the canonical text form, such as <c>http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1</c>, or <c>none</c> for the default value.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => _text ?? "none";
}
