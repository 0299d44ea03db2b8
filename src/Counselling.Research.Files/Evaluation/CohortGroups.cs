using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Research.Files.Reading;

namespace Counselling.Research.Files.Evaluation;

/// <summary>The keys a run can group cases by: <c>programme</c>, <c>site</c>, <c>counsellor</c>, <c>zone</c>, <c>closure-reason</c>, <c>opened-year</c>, <c>opened-month</c>, or <c>none</c>.</summary>
public static class CohortGroups
{
    private static readonly Dictionary<string, Func<CohortRow, string?>> Keys = new(StringComparer.Ordinal)
    {
        ["none"] = static _ => null,
        ["programme"] = static r => r.Programme,
        ["site"] = static r => r.Site,
        ["counsellor"] = static r => r.CounsellorId,
        ["zone"] = static r => r.Zone,
        ["closure-reason"] = static r => r.ClosureReason is { } c ? ClosureReasons.Name(c) : null,
        ["opened-year"] = static r => r.OpenedOn.Year.ToString("D4", CultureInfo.InvariantCulture),
        ["opened-month"] = static r => r.OpenedOn.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + r.OpenedOn.Month.ToString("D2", CultureInfo.InvariantCulture),
    };

    /// <summary>Gets the names of the keys, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["none", "programme", "site", "counsellor", "zone", "closure-reason", "opened-year", "opened-month"];

    /// <summary>Gets the key of a name.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="key">The function giving a case's group, <see langword="null"/> for none.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGet(string? name, out Func<CohortRow, string?> key)
    {
        if (name is not null && Keys.TryGetValue(name, out var found))
        {
            key = found;
            return true;
        }

        key = Keys["none"];
        return false;
    }
}
