using System;

using Counselling.Core.Common;

namespace Counselling.Core.Objectives;

/// <summary>
/// An occupation an objective aims at, as a code in a classification: <c>ROME:M1805</c> (France),
/// <c>CNP:72400</c> (Canada), <c>ISCO-08:7233</c>. Codes only, never a job title typed by someone.
/// </summary>
/// <remarks>The default value has no scheme and no code; every public entry point refuses it.</remarks>
public readonly record struct OccupationCode
{
    private const int MaxLength = 16;

    /// <summary>Initializes a new occupation code.</summary>
    /// <param name="scheme">The classification, such as <c>ROME</c>, <c>CNP</c> or <c>ISCO-08</c>.</param>
    /// <param name="code">The code in that classification: letters, digits, dots and dashes, at most 16 characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A part is blank, longer than 16 characters, or holds other characters than letters, digits, dots and dashes.</exception>
    public OccupationCode(string scheme, string code)
    {
        Scheme = Check(scheme, nameof(scheme)).ToUpperInvariant();
        Code = Check(code, nameof(code)).ToUpperInvariant();
    }

    /// <summary>Gets the classification, in upper case.</summary>
    public string Scheme { get; }

    /// <summary>Gets the code in that classification, in upper case.</summary>
    public string Code { get; }

    /// <summary>Gets a value indicating whether this is the default value, which names no occupation.</summary>
    public bool IsDefault => Scheme is null;

    /// <summary>Parses <c>SCHEME:CODE</c>, such as <c>ROME:M1805</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The occupation code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not <c>SCHEME:CODE</c> with valid parts.</exception>
    public static OccupationCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && IsValid(text.AsSpan(0, colon).Trim()) && IsValid(text.AsSpan(colon + 1).Trim()))
        {
            return new OccupationCode(text[..colon].Trim(), text[(colon + 1)..].Trim());
        }

        throw new FormatException("An occupation code is written SCHEME:CODE, such as ROME:M1805, with letters, digits, dots and dashes.");
    }

    /// <summary>Returns <c>SCHEME:CODE</c>.</summary>
    /// <returns>The code as text.</returns>
    public override string ToString() => IsDefault ? "none" : Scheme + ":" + Code;

    private static string Check(string value, string name)
    {
        Guard.NotBlank(value, name);
        var trimmed = value.Trim();
        return IsValid(trimmed)
            ? trimmed
            : throw new ArgumentException("An occupation code part has letters, digits, dots and dashes only, at most 16 characters.", name);
    }

    private static bool IsValid(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty || part.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}
