using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Common;

namespace Counselling.Core.Json;

/// <summary>
/// The enums of Counselling.Core by member name (<c>"Active"</c>, not <c>4</c>): stored data survives a reordering of
/// members; a number or an unknown name is refused on read. Other enums keep the host's settings.
/// </summary>
internal sealed class DomainEnumConverterFactory : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _inner = new(namingPolicy: null, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert.Assembly == typeof(Actor).Assembly;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(DomainEnumConverter<>).MakeGenericType(typeToConvert), _inner.CreateConverter(typeToConvert, options))!;
}
