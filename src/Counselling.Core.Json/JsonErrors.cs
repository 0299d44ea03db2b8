using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// Locations for errors inside values read by this package's converters. System.Text.Json gives a converter's error the
/// path of the value the converter reads (<c>$[3].objective</c>) but cannot see inside it; the converters add the
/// location within that value (<c>occupation</c>, <c>barriers[2]</c>) to the message.
/// </summary>
internal static class JsonErrors
{
    private const string LocationKey = "Counselling.Core.Json.Location";
    private const string ReasonKey = "Counselling.Core.Json.Reason";

    /// <summary>An error met while reading <paramref name="member"/> of a value, to throw from the value's converter.</summary>
    public static JsonException Within(JsonException error, string member)
    {
        var inner = error.Data[LocationKey] as string ?? Relative(error.Path);
        var location = inner.Length == 0 ? member : inner[0] == '[' ? member + inner : member + "." + inner;
        var reason = error.Data[ReasonKey] as string ?? Reason(error.Message);
        var result = new JsonException(reason + " Location within the value: " + location + ".", error.InnerException ?? error);
        result.Data[LocationKey] = location;
        result.Data[ReasonKey] = reason;
        return result;
    }

    private static string Relative(string? path) => path is null or "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];

    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path: $", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
