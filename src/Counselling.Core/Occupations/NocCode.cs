using System;
using System.Diagnostics.CodeAnalysis;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>A unit group of Canada'\''s National Occupational Classification 2021 (CNP): five digits, the second being the TEER category (0 to 5), such as <c>72400</c>.</summary>
/// <remarks>
/// The text form (<see cref="ToString"/>) is canonical and <see cref="Parse"/> reads it back. The default value names no
/// occupation (<see cref="IsDefault"/>); it is written <c>none</c> and refused where a code is required.
/// </remarks>
public readonly record struct NocCode : IOccupationCode<NocCode>, IComparable<NocCode>
{
    private readonly string? _text;

    private NocCode(string text) => _text = text;

    /// <inheritdoc />
    public static OccupationClassification Classification => OccupationClassification.Noc2021;

    /// <inheritdoc />
    public bool IsDefault => _text is null;

    /// <summary>Gets the broad occupational category (the first digit), or -1 for the default value.</summary>
    public int BroadCategory => _text is null ? -1 : _text[0] - '0';

    /// <summary>Gets the TEER category (training, education, experience and responsibilities: the second digit, 0 to 5), or -1 for the default value.</summary>
    public int Teer => _text is null ? -1 : _text[1] - '0';

    /// <summary>Reads a code such as <c>72400</c>; white space around it is ignored, letters may be in either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OccupationFormatException"><paramref name="text"/> is not a valid code; its reason says why.</exception>
    public static NocCode Parse(string text) => OccupationText.Parse<NocCode>(text);

    /// <summary>Reads a code such as <c>72400</c>, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read, or the default value.</param>
    /// <returns><see langword="true"/> if the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out NocCode code) => TryParse(text, out code, out _);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? text, out NocCode code, [NotNullWhen(false)] out Reason? error)
    {
        string? canonical = null;
        error = text is null ? new Reason(OccupationCodes.Invalid) : OccupationText.Noc(text.AsSpan().Trim(), out canonical);
        code = error is null ? new NocCode(canonical!) : default;
        return error is null;
    }

    /// <inheritdoc />
    public int CompareTo(NocCode other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Returns the canonical text form, such as <c>72400</c>, or <c>none</c> for the default value.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => _text ?? "none";
}
