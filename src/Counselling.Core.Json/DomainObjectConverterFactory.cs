using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Json;

/// <summary>
/// The value objects of Counselling.Core that System.Text.Json cannot bind by itself (structs with get-only properties,
/// validating constructors, init-only properties that validate): any concrete class or struct of the Core assembly with
/// a public constructor whose parameters all name properties. Events, ids, actors and enums have their own handling.
/// </summary>
internal sealed class DomainObjectConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.Assembly == typeof(Actor).Assembly
           && !typeToConvert.IsEnum && !typeToConvert.IsAbstract && !typeToConvert.IsInterface && !typeToConvert.IsGenericType
           && typeToConvert != typeof(Actor)
           && !typeof(IIdentifier).IsAssignableFrom(typeToConvert)
           && !typeof(InterventionEvent).IsAssignableFrom(typeToConvert)
           && typeof(Exception).IsAssignableFrom(typeToConvert) is false
           && Members.BindingConstructor(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(DomainObjectConverter<>).MakeGenericType(typeToConvert), options)!;
}
