using System;
using System.Diagnostics.CodeAnalysis;
using Counselling.Core.Common;

namespace Counselling.Core.Occupations;

/// <summary>An occupation of the O*NET-SOC taxonomy, written <c>NN-NNNN.NN</c>, such as <c>49-9041.00</c>.</summary>
/// <remarks>
/// The text form (<see cref="ToString"/>) is canonical and <see cref="Parse"/> reads it back. The default value names no
/// occupation (<see cref="IsDefault"/>); it is written <c>none</c> and refused where a code is required.
/// </remarks>
public readonly record struct OnetSocCode : IOccupationCode<OnetSocCode>, IComparable<OnetSocCode>
{
    private readonly string? _text;

    private OnetSocCode(string text) => _text = text;

    /// <inheritdoc />
    public static OccupationClassification Classification => OccupationClassification.OnetSoc;

    /// <inheritdoc />
    public bool IsDefault => _text is null;

    /// <summary>Reads a code such as <c>49-9041.00</c>; white space around it is ignored, letters may be in either case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="OccupationFormatException"><paramref name="text"/> is not a valid code; its reason says why.</exception>
    public static OnetSocCode Parse(string text) => OccupationText.Parse<OnetSocCode>(text);

    /// <summary>Reads a code such as <c>49-9041.00</c>, without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code read, or the default value.</param>
    /// <returns><see langword="true"/> if the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out OnetSocCode code) => TryParse(text, out code, out _);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? text, out OnetSocCode code, [NotNullWhen(false)] out Reason? error)
    {
        string? canonical = null;
        error = text is null ? new Reason(OccupationCodes.Invalid) : OccupationText.Onet(text.AsSpan().Trim(), out canonical);
        code = error is null ? new OnetSocCode(canonical!) : default;
        return error is null;
    }

    /// <inheritdoc />
    public int CompareTo(OnetSocCode other) => string.CompareOrdinal(_text, other._text);

    /// <summary>Returns the canonical text form, such as <c>49-9041.00</c>, or <c>none</c> for the default value.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => _text ?? "none";
}
