using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Counselling.Core.Objectives;

/// <summary>
/// The stable codes of <see cref="BarrierCategory"/>, for hosts that store or import categories as text
/// (<c>mobility</c>, <c>childcare-family</c>, <c>confidence-fears</c>…). Codes are lowercase and never change.
/// </summary>
public static class BarrierCategoryCodes
{
    private const int EchoLimit = 40;

    private static readonly (BarrierCategory Category, string Code)[] Table =
    [
        (BarrierCategory.Mobility, "mobility"),
        (BarrierCategory.Housing, "housing"),
        (BarrierCategory.Health, "health"),
        (BarrierCategory.ChildcareAndFamily, "childcare-family"),
        (BarrierCategory.Finances, "finances"),
        (BarrierCategory.Language, "language"),
        (BarrierCategory.BasicSkills, "basic-skills"),
        (BarrierCategory.Digital, "digital"),
        (BarrierCategory.AdministrativeOrLegal, "administrative-legal"),
        (BarrierCategory.ConfidenceAndFears, "confidence-fears"),
        (BarrierCategory.Discrimination, "discrimination"),
        (BarrierCategory.Other, "other"),
    ];

    private static readonly FrozenDictionary<string, BarrierCategory> ByCode =
        Table.ToFrozenDictionary(t => t.Code, t => t.Category, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets every code, in the order of the taxonomy.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Code)];

    /// <summary>Gets the stable code of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The code, such as <c>childcare-family</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a member of <see cref="BarrierCategory"/>.</exception>
    public static string ToCode(BarrierCategory category)
    {
        foreach (var (c, code) in Table)
        {
            if (c == category)
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(category), "BarrierCategory has no member with this value.");
    }

    /// <summary>Reads a category from its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The code, such as <c>housing</c>.</param>
    /// <param name="category">The category read, or the default value.</param>
    /// <returns><see langword="true"/> if the code is known.</returns>
    public static bool TryParse(string? code, out BarrierCategory category)
    {
        category = default;
        return code is not null && ByCode.TryGetValue(code.Trim(), out category);
    }

    /// <summary>Reads a category from its code, ignoring case and surrounding white space.</summary>
    /// <param name="code">The code, such as <c>housing</c>, typically from a host's data.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not a known code; the message names it and lists the known codes.</exception>
    public static BarrierCategory Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (TryParse(code, out var category))
        {
            return category;
        }

        var echo = code.Length > EchoLimit ? code[..EchoLimit] + "…" : code;
        throw new FormatException("'" + echo + "' is not a barrier category code. Known codes: " + string.Join(", ", All) + ".");
    }
}
