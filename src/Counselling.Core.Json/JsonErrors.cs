using System;
using System.Text.Json;

namespace Counselling.Core.Json;

/// <summary>
/// Locations for errors inside values read by this package's converters. System.Text.Json gives a converter's error the
/// path of the value the converter reads (<c>$[3].objective</c>) but cannot see inside it; the converters add the
/// location within that value (<c>occupation</c>, <c>barriers[2]</c>) to the message. No error carries a stored value or an
/// inner exception that could quote one.
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
        // No inner exception: a reader's own error may quote the stored value, and a stored value may be personal text.
        var result = new JsonException(reason + " Location within the value: " + location + ".");
        result.Data[LocationKey] = location;
        result.Data[ReasonKey] = reason;
        return result;
    }

    /// <summary>A value of <paramref name="type"/> that could not be read, named by its type only.</summary>
    public static JsonException Unreadable(Type type) => new("The stored value is not a valid " + type.Name + ".");

    /// <summary>A domain constructor refused a stored value: the field and the coded reason, never the value nor the domain's exception.</summary>
    public static JsonException Refused(string typeName, Exception refusal)
    {
        var field = refusal is ArgumentException { ParamName: { } p } ? p : "a field";
        var code = refusal.Data["Counselling.Core.Reason"] is Counselling.Core.Common.Reason reason ? ": " + reason.Code : string.Empty;
        return new JsonException("The stored " + typeName + " is invalid (" + field + code + ").");
    }

    private static string Relative(string? path) => path is null or "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];

    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path: $", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
