using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Occupations;

namespace Counselling.Core.Json;

/// <summary>
/// An <see cref="Occupation"/> as <c>{"scheme": "ROME", "code": "M1805"}</c>: the shape objectives stored their occupation
/// in before occupations were validated, so those histories still load. Read back through <see cref="Occupation.Parse"/>,
/// so a scheme outside the supported classifications or a code its classification cannot have is refused; the error names
/// the reason's code, never the stored text.
/// </summary>
internal sealed class OccupationConverter : JsonConverter<Occupation>
{
    private const string Scheme = "Scheme";
    private const string Code = "Code";

    public override Occupation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An occupation is stored as an object with its scheme and code.");
        }

        string? scheme = null;
        string? code = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, Scheme, StringComparison.OrdinalIgnoreCase))
            {
                scheme = Text(ref reader, Scheme);
            }
            else if (string.Equals(name, Code, StringComparison.OrdinalIgnoreCase))
            {
                code = Text(ref reader, Code);
            }
            else
            {
                reader.Skip();
            }
        }

        if (scheme is null || code is null)
        {
            throw new JsonException("An occupation needs its scheme and its code.");
        }

        return Occupation.TryParse(scheme.Trim() + ":" + code.Trim(), out var occupation, out var error)
            ? occupation
            : throw new JsonException("The stored occupation is refused (" + error.Code + ").");
    }

    public override void Write(Utf8JsonWriter writer, Occupation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        if (value.IsDefault)
        {
            throw new JsonException("The default occupation names nothing and is never stored.");
        }

        writer.WriteStartObject();
        writer.WriteString(Name(Scheme, options), Occupation.SchemeOf(value.Classification));
        writer.WriteString(Name(Code, options), value.Code);
        writer.WriteEndObject();
    }

    private static string Text(ref Utf8JsonReader reader, string field)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("An occupation's " + field.ToLowerInvariant() + " is a string.");

    private static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;
}
