using System;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>
/// A geographic area as a hierarchical code whose segments are separated by <c>/</c>, from the widest:
/// <c>fr</c>, <c>fr/75</c>, <c>fr/75/75056</c>; <c>ca/qc/montreal</c>. An area contains itself and every area below it.
/// Codes are compared in lower case.
/// </summary>
/// <remarks>The default value has no code and is refused by every public entry point.</remarks>
public readonly record struct AreaCode
{
    /// <summary>Initializes a new area code.</summary>
    /// <param name="code">The code: segments of letters, digits, dashes and dots separated by <c>/</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank, longer than 100 characters, has an empty segment or other characters.</exception>
    public AreaCode(string code)
    {
        Code = TryNormalize(Guard.NotBlank(code), out var normalized)
            ? normalized
            : throw new ArgumentException("An area code is segments of letters, digits, dashes and dots separated by '/', at most 100 characters.", nameof(code));
    }

    /// <summary>Gets the code, in lower case.</summary>
    public string Code { get; }

    /// <summary>Gets a value indicating whether this is the default value.</summary>
    public bool IsDefault => Code is null;

    /// <summary>Says whether a text is a valid area code.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public static bool IsValid(string? code) => TryNormalize(code, out _);

    /// <summary>Says whether this area contains another: the same area or one below it.</summary>
    /// <param name="other">The other area.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Contains(AreaCode other)
        => !IsDefault && !other.IsDefault
           && other.Code.StartsWith(Code, StringComparison.Ordinal)
           && (other.Code.Length == Code.Length || other.Code[Code.Length] == '/');

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code ?? "none";

    private static bool TryNormalize(string? code, out string normalized)
    {
        normalized = string.Empty;
        if (code is null)
        {
            return false;
        }

        var text = code.Trim().ToLowerInvariant();
        if (text.Length is 0 or > CatalogueKey.MaxLength || text[0] == '/' || text[^1] == '/' || text.Contains("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '.' and not '/')
            {
                return false;
            }
        }

        normalized = text;
        return true;
    }
}
