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

    /// <summary>
    /// An error met while reading <paramref name="member"/> of a value (or, when <see langword="null"/>, the value itself
    /// read with a contract of its own), to throw from the value's converter.
    /// </summary>
    public static JsonException Within(JsonException error, string? member)
    {
        // The path System.Text.Json gave (where a converter was called), then the location that converter added inside.
        var inner = Join(Relative(error.Path), error.Data[LocationKey] as string);
        var location = member is null ? inner : Join(member, inner);
        if (location.Length == 0)
        {
            var plain = new JsonException(error.Data[ReasonKey] as string ?? Reason(error.Message));
            plain.Data[ReasonKey] = plain.Message;
            return plain;
        }

        var reason = error.Data[ReasonKey] as string ?? Reason(error.Message);
        // No inner exception: a reader's own error may quote the stored value, and a stored value may be personal text.
        var result = new JsonException(reason + " Location within the value: " + location + ".");
        result.Data[LocationKey] = location;
        result.Data[ReasonKey] = reason;
        return result;
    }

    /// <summary>The full path of a reading error: System.Text.Json's path, then the location inside the value.</summary>
    public static string PathOf(JsonException error) => Join(error.Path ?? "$", error.Data[LocationKey] as string);

    /// <summary>A value of <paramref name="type"/> that could not be read, named by its type only.</summary>
    public static JsonException Unreadable(Type type) => new("The stored value is not a valid " + type.Name + ".");

    /// <summary>A domain constructor refused a stored value: the field and the coded reason, never the value nor the domain's exception.</summary>
    public static JsonException Refused(string typeName, Exception refusal)
    {
        var field = refusal is ArgumentException { ParamName: { } p } ? p : "a field";
        var code = refusal.Data["Counselling.Core.Reason"] is Counselling.Core.Common.Reason reason ? ": " + reason.Code : string.Empty;
        return new JsonException("The stored " + typeName + " is invalid (" + field + code + ").");
    }

    private static string Join(string outer, string? inner)
        => string.IsNullOrEmpty(inner) ? outer : outer.Length == 0 ? inner : inner[0] == '[' ? outer + inner : outer + "." + inner;

    private static string Relative(string? path) => path is null or "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];

    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path: $", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
