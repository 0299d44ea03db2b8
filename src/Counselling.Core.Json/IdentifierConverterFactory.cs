using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Common;

namespace Counselling.Core.Json;

/// <summary>Typed ids (value types of Counselling.Core implementing <see cref="IIdentifier"/>) as a plain GUID string.</summary>
internal sealed class IdentifierConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsValueType && typeToConvert.Assembly == typeof(IIdentifier).Assembly && typeof(IIdentifier).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(IdentifierConverter<>).MakeGenericType(typeToConvert))!;
}
