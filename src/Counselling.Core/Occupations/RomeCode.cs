using System;
using System.Diagnostics.CodeAnalysis;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>A code of France Travail's ROME: a domain letter from A to N and four digits, such as <c>H2903</c>.</summary>
/// <remarks>
/// The text form (<see cref="ToString"/>) is canonical and <see cref="Parse"/> reads it back. The default value names no
/// occupation (<see cref="IsDefault"/>); it is written <c>none</c> and refused where a code is required.
/// </remarks>
public readonly record struct RomeCode : IOccupationCode<RomeCode>, IComparable<RomeCode>
{
    private readonly string? _text;

    private RomeCode(string text) => _text = text;

    /// <inheritdoc />
    public static OccupationClassification Classification => OccupationClassification.Rome;

    /// <inheritdoc />
    public bool IsDefault => _text is null;

    /// <summary>Gets the domain letter (A to N), or the NUL character for the default value.</summary>
    public char Domain => _text is null ? default : _text[0];

    /// <summary>Reads a code such as <c>H2903</c>; white space around it is ignored, letters may be in either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OccupationFormatException"><paramref name="text"/> is not a valid code; its reason says why.</exception>
    public static RomeCode Parse(string text) => OccupationText.Parse<RomeCode>(text);

    /// <summary>Reads a code such as <c>H2903</c>, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read, or the default value.</param>
    /// <returns><see langword="true"/> if the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RomeCode code) => TryParse(text, out code, out _);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? text, out RomeCode code, [NotNullWhen(false)] out Reason? error)
    {
        string? canonical = null;
        error = text is null ? new Reason(OccupationCodes.Invalid) : OccupationText.Rome(text.AsSpan().Trim(), out canonical);
        code = error is null ? new RomeCode(canonical!) : default;
        return error is null;
    }

    /// <inheritdoc />
    public int CompareTo(RomeCode other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Returns the canonical text form, such as <c>H2903</c>, or <c>none</c> for the default value.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => _text ?? "none";
}
