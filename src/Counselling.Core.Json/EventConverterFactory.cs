using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Json;

/// <summary>
/// Reads and writes the abstract event types (<see cref="InterventionEvent"/>, <see cref="EvidenceRecorded"/>) by their
/// <c>"$type"</c> discriminator, wherever it stands in the object; concrete event types keep System.Text.Json's own
/// contract, which writes the discriminator first.
/// </summary>
internal sealed class EventConverterFactory(bool canonicalReading) : JsonConverterFactory
{
    /// <summary>Creates the factory of converters that read events stored in the written form in one straight pass.</summary>
    public EventConverterFactory()
        : this(canonicalReading: true)
    {
    }

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsAbstract && typeof(InterventionEvent).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(EventConverter<>).MakeGenericType(typeToConvert), options, canonicalReading)!;
}
