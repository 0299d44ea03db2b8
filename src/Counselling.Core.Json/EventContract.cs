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

    /// <summary>The name of the discriminator property, in UTF-8.</summary>
    public static readonly byte[] Utf8DiscriminatorName = System.Text.Encoding.UTF8.GetBytes(CounsellingJson.TypeDiscriminatorPropertyName);

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
            // Read and written by EventConverter, by the discriminator.
            return;
        }

        AddDiscriminator(info, Discriminator(type));
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

    /// <summary>
    /// The discriminator as the first property of a concrete event: written from the type, and when read, checked to name
    /// that type (given twice, it is refused like any property given twice).
    /// </summary>
    private static void AddDiscriminator(JsonTypeInfo info, string discriminator)
    {
        var property = info.CreateJsonPropertyInfo(typeof(string), CounsellingJson.TypeDiscriminatorPropertyName);
        property.Get = _ => discriminator;
        property.Set = (_, value) =>
        {
            if (!string.Equals(value as string, discriminator, StringComparison.Ordinal))
            {
                throw new JsonException("The stored \"$type\" does not name this event's type.");
            }
        };
        property.Order = int.MinValue;
        info.Properties.Insert(0, property);
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
