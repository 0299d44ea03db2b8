using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Occupations;

namespace Counselling.Core.Json;

/// <summary>
/// An <see cref="Occupation"/> as its canonical text, <c>SCHEME:CODE</c> (<c>ROME:I1304</c>). Also read: the shape
/// objectives stored their occupation in before occupations were validated, <c>{"scheme": "ROME", "code": "M1805"}</c>,
/// so those histories still load. Both are read back through <see cref="Occupation.TryParse(string, out Occupation)"/>,
/// so a scheme outside the supported classifications or a code its classification cannot have is refused; the error
/// names the reason's code, never the stored text.
/// </summary>
internal sealed class OccupationConverter : JsonConverter<Occupation>
{
    private const string Scheme = "Scheme";
    private const string Code = "Code";

    public override Occupation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Occupation.TryParse(reader.GetString(), out var occupation)
                ? occupation
                : throw new JsonException("An occupation is stored as SCHEME:CODE in a known classification.");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An occupation is stored as SCHEME:CODE, or as an object with its scheme and code.");
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

        return Occupation.TryParse(scheme.Trim() + ":" + code.Trim(), out var stored, out var error)
            ? stored
            : throw new JsonException("The stored occupation is refused (" + error.Code + ").");
    }

    public override void Write(Utf8JsonWriter writer, Occupation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("The default occupation names nothing and is never stored.");
        }

        writer.WriteStringValue(value.ToString());
    }

    private static string Text(ref Utf8JsonReader reader, string field)
        => reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("An occupation's " + field.ToLowerInvariant() + " is a string.");
}
