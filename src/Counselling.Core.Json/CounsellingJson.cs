using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Counselling.Core.Interventions.Events;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Counselling.Core.Json;

/// <summary>
/// System.Text.Json support for Counselling.Core: one call configures a <see cref="JsonSerializerOptions"/> so that an
/// intervention's history (<see cref="InterventionEvent"/>s), typed ids, actors and the domain's value objects round-trip,
/// with no attribute on the domain types.
/// </summary>
/// <remarks>
/// <para>Events are written with a <c>"$type"</c> discriminator: the simple name of the event's type, such as
/// <c>"SessionRecorded"</c>. Those names are a storage contract: an event type is never renamed once histories are stored.
/// New event types in Counselling.Core are found by reflection and need no change here.</para>
/// <para>Reading runs the domain's validation: invalid stored data gives a <see cref="JsonException"/> naming the JSON path
/// and the field, never a half-built object. Exception messages carry no stored value.</para>
/// <para>Options are configured once and reused (System.Text.Json caches its contracts per options instance).</para>
/// </remarks>
public static class CounsellingJson
{
    /// <summary>The name of the property that holds an event's type discriminator.</summary>
    public const string TypeDiscriminatorPropertyName = "$type";

    /// <summary>
    /// The discriminators of every event type, by name: the storage contract, such as <c>"SessionRecorded"</c> for
    /// <see cref="SessionRecorded"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, Type> EventTypes => EventContract.TypesByDiscriminator;

    /// <summary>
    /// The full JSON path of an error met while reading Counselling.Core values: System.Text.Json's
    /// <see cref="JsonException.Path"/> reaches the value a converter of this package reads (<c>$[0]</c> for an event,
    /// <c>$[0].objective</c> for a value object); this adds the location inside it that the message gives
    /// (<c>$[0].objective.barriers[1]</c>).
    /// </summary>
    /// <param name="error">An error thrown while reading with options configured by <see cref="Configure"/>.</param>
    /// <returns>The path of the value that could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public static string PathOf(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return JsonErrors.PathOf(error);
    }

    /// <summary>
    /// How a store reads one stored event from its text under <paramref name="options"/>: exactly as
    /// <c>JsonSerializer.Deserialize&lt;InterventionEvent&gt;(payload, options)</c> does (same result, same error and path),
    /// an event in the written form read straight from its bytes when the options are this package's.
    /// </summary>
    internal static Func<string, InterventionEvent?> StoredEventReader(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.GetConverter(typeof(InterventionEvent)) is EventConverter<InterventionEvent> events
            ? payload => events.ReadStored(payload, options)
            : payload => JsonSerializer.Deserialize<InterventionEvent>(payload, options);
    }

    /// <summary>Creates options for storing Counselling.Core values: camel-case property names, configured by <see cref="Configure"/>.</summary>
    /// <param name="zones">The zone provider NodaTime uses to read zoned values (the host's, such as <c>DateTimeZoneProviders.Tzdb</c>).</param>
    /// <returns>New options; reuse them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zones"/> is <see langword="null"/>.</exception>
    public static JsonSerializerOptions CreateOptions(IDateTimeZoneProvider zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        return Configure(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }, zones);
    }

    /// <summary>
    /// Configures options for Counselling.Core values: NodaTime converters, typed ids (a plain GUID string), actors, the
    /// domain's enums (by name), its value objects (through their validating constructors) and the event hierarchy
    /// (a <c>"$type"</c> discriminator, written first and read wherever it stands in an event object: document stores may
    /// reorder properties).
    /// </summary>
    /// <param name="options">The options to configure, not yet used for serialization.</param>
    /// <param name="zones">The zone provider NodaTime uses to read zoned values.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="zones"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> were already used and are read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, IDateTimeZoneProvider zones)
        => ConfigureReading(options, zones, canonicalReading: true);

    /// <summary>
    /// Configures options as <see cref="Configure(JsonSerializerOptions, IDateTimeZoneProvider)"/> does; without
    /// <paramref name="canonicalReading"/>, every event is read by the general binder (the reference the straight reading of
    /// events stored in the written form is checked against).
    /// </summary>
    internal static JsonSerializerOptions ConfigureReading(JsonSerializerOptions options, IDateTimeZoneProvider zones, bool canonicalReading)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zones);
        var first = options.Converters.Count;
        options.ConfigureForNodaTime(zones);
        for (var i = first; i < options.Converters.Count; i++)
        {
            // NodaTime's readers quote the text they could not parse: wrapped, they name the expected type only.
            options.Converters[i] = SanitizingConverter.Wrap(options.Converters[i]);
            if (options.Converters[i] is JsonConverter<Instant> instants)
            {
                // The form this package writes is read from the bytes; NodaTime reads any other.
                options.Converters[i] = new InstantConverter(instants);
            }
        }

        options.Converters.Add(new IdentifierConverterFactory());
        options.Converters.Add(new ActorConverter());
        options.Converters.Add(new OccupationConverter());
        options.Converters.Add(new DomainEnumConverterFactory());
        options.Converters.Add(new DomainObjectConverterFactory());
        options.Converters.Add(new EventConverterFactory(canonicalReading));

        // A property given twice would let the last value win silently (a forged author, say): refuse it.
        options.AllowDuplicateProperties = false;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(EventContract.Modify);
        return options;
    }
}
