using System;
using System.Diagnostics.CodeAnalysis;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>A Holland interest code: one to three distinct letters among R (realistic), I (investigative), A (artistic), S (social), E (enterprising) and C (conventional), most marked first, such as <c>RIC</c>.</summary>
/// <remarks>
/// The text form (<see cref="ToString"/>) is canonical and <see cref="Parse"/> reads it back. The default value names no
/// occupation (<see cref="IsDefault"/>); it is written <c>none</c> and refused where a code is required.
/// </remarks>
public readonly record struct RiasecCode : IOccupationCode<RiasecCode>, IComparable<RiasecCode>
{
    private readonly string? _text;

    private RiasecCode(string text) => _text = text;

    /// <inheritdoc />
    public static OccupationClassification Classification => OccupationClassification.Riasec;

    /// <inheritdoc />
    public bool IsDefault => _text is null;

    /// <summary>Reads a code such as <c>RIC</c>; white space around it is ignored, letters may be in either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OccupationFormatException"><paramref name="text"/> is not a valid code; its reason says why.</exception>
    public static RiasecCode Parse(string text) => OccupationText.Parse<RiasecCode>(text);

    /// <summary>Reads a code such as <c>RIC</c>, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read, or the default value.</param>
    /// <returns><see langword="true"/> if the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RiasecCode code) => TryParse(text, out code, out _);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? text, out RiasecCode code, [NotNullWhen(false)] out Reason? error)
    {
        string? canonical = null;
        error = text is null ? new Reason(OccupationCodes.Invalid) : OccupationText.Riasec(text.AsSpan().Trim(), out canonical);
        code = error is null ? new RiasecCode(canonical!) : default;
        return error is null;
    }

    /// <inheritdoc />
    public int CompareTo(RiasecCode other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Returns the canonical text form, such as <c>RIC</c>, or <c>none</c> for the default value.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => _text ?? "none";
}
