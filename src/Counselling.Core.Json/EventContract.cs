using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Json;

/// <summary>The event hierarchy's JSON contract: discriminators found by reflection, required constructor fields.</summary>
internal static class EventContract
{
    public static readonly FrozenDictionary<string, Type> TypesByDiscriminator = typeof(InterventionEvent).Assembly
        .GetExportedTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(InterventionEvent)))
        .ToFrozenDictionary(Discriminator, StringComparer.Ordinal);

    /// <summary>The discriminator of an event type: its simple name (a storage contract).</summary>
    public static string Discriminator(Type eventType) => eventType.Name;

    public static void Modify(JsonTypeInfo info)
    {
        var type = info.Type;
        if (info.Kind != JsonTypeInfoKind.Object || !typeof(InterventionEvent).IsAssignableFrom(type))
        {
            return;
        }

        if (type.IsAbstract)
        {
            var polymorphism = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = CounsellingJson.TypeDiscriminatorPropertyName,
                UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
                // An unknown or missing discriminator falls back to the abstract type, refused just below: System.Text.Json's
                // own error quotes the stored discriminator, or is not a JsonException when it is missing.
                IgnoreUnrecognizedTypeDiscriminators = true,
            };
            foreach (var (name, derived) in TypesByDiscriminator.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (type.IsAssignableFrom(derived))
                {
                    polymorphism.DerivedTypes.Add(new JsonDerivedType(derived, name));
                }
            }

            info.PolymorphismOptions = polymorphism;
            info.CreateObject = static () => throw new JsonException("The stored event has no \"$type\" naming a known event type.");
            return;
        }

        var parameters = Members.BindingConstructor(type)?.GetParameters() ?? [];
        var notNull = new List<JsonPropertyInfo>();
        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is not PropertyInfo clr)
            {
                continue;
            }

            if (clr.Name == nameof(InterventionEvent.Position))
            {
                // Histories stored before positions existed are written back as they were.
                property.ShouldSerialize = static (_, value) => value is int position && position != 0;
                continue;
            }

            var parameter = Array.Find(parameters, p => string.Equals(p.Name, clr.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null && !property.PropertyType.IsValueType)
            {
                // An optional detail added to an event after it was first stored is written only when present, so older
                // histories are written back as they were.
                property.ShouldSerialize = static (_, value) => value is not null;
                continue;
            }

            if (parameter is not null && !parameter.HasDefaultValue && !Members.AcceptsNull(parameter))
            {
                property.IsRequired = true;
                if (!property.PropertyType.IsValueType)
                {
                    notNull.Add(property);
                }
            }
        }

        if (notNull.Count > 0)
        {
            info.OnDeserialized = value => RefuseNulls(value, notNull);
        }
    }

    /// <summary>A constructor parameter that takes no <see langword="null"/> was given one (System.Text.Json does not check).</summary>
    private static void RefuseNulls(object value, List<JsonPropertyInfo> properties)
    {
        foreach (var property in properties)
        {
            if (property.Get?.Invoke(value) is null)
            {
                throw new JsonException("The stored " + value.GetType().Name + " has null for its required field '" + property.Name + "'.");
            }
        }
    }
}
