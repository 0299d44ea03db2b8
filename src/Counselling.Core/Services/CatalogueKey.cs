using System;
using Counselling.Core.Common;

namespace Counselling.Core.Services;

/// <summary>The check every catalogue identifier and code passes.</summary>
internal static class CatalogueKey
{
    public const int MaxLength = 100;

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Check(string value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Guard.NotBlank(value, name);
        return IsValid(value)
            ? value.Trim()
            : throw new ArgumentException("An identifier has 1 to " + MaxLength + " characters, without white space or control characters inside.", name);
    }
}
