using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Occupations;

namespace Counselling.Core.Json;

/// <summary>
/// An <see cref="Occupation"/> as its canonical text, <c>SCHEME:CODE</c> (<c>ROME:I1304</c>), read back through
/// <see cref="Occupation.TryParse(string, out Occupation)"/> so an invalid code is refused (never quoted).
/// </summary>
internal sealed class OccupationConverter : JsonConverter<Occupation>
{
    public override Occupation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && Occupation.TryParse(reader.GetString(), out var occupation)
            ? occupation
            : throw new JsonException("An occupation is stored as SCHEME:CODE in a known classification.");

    public override void Write(Utf8JsonWriter writer, Occupation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("The default occupation names none and is not stored.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
