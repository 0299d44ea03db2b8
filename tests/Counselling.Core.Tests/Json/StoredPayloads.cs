using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Counselling.Cli.Demo;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Json;
using NodaTime;

namespace Counselling.Core.Tests.Json;

/// <summary>Stored payloads and the two ways of reading them the straight-reading tests compare.</summary>
internal static class StoredPayloads
{
    /// <summary>Options that read every event with the general binder: the reference.</summary>
    public static readonly JsonSerializerOptions General = CounsellingJson.ConfigureReading(
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }, DateTimeZoneProviders.Tzdb, canonicalReading: false);

    /// <summary>The demo story's events, as written: 44 events of most kinds.</summary>
    public static readonly string[] Demo = [.. new PlanBDemo(TextWriter.Null, CultureInfo.InvariantCulture).Run().History
        .Select(e => JsonSerializer.Serialize(e, JsonAssert.Options))];

    /// <summary>How a store reads a payload under the shared options.</summary>
    public static readonly Func<string, InterventionEvent?> StoredReader = CounsellingJson.StoredEventReader(JsonAssert.Options);

    /// <summary>Two fields of an object swapped in its order of fields.</summary>
    public static void Swap(System.Text.Json.Nodes.JsonObject target, string name, string other)
    {
        var order = target.Select(p => p.Key).ToList();
        var (i, j) = (order.IndexOf(name), order.IndexOf(other));
        (order[i], order[j]) = (order[j], order[i]);
        var values = order.Select(k => (k, target[k]?.DeepClone())).ToList();
        target.Clear();
        foreach (var (k, v) in values)
        {
            target.Add(k, v);
        }
    }

    /// <summary>The event a payload reads as by the general binder, or its error and path.</summary>
    public static (InterventionEvent? Event, string? Error, string? Path) ByTheGeneralBinder(string json)
        => Outcome(text => JsonSerializer.Deserialize<InterventionEvent>(text, General), json);

    /// <summary>The event a reading gives, or its error and path.</summary>
    public static (InterventionEvent? Event, string? Error, string? Path) Outcome(Func<string, InterventionEvent?> read, string json)
    {
        try
        {
            return (read(json), null, null);
        }
        catch (JsonException e)
        {
            return (null, e.Message, CounsellingJson.PathOf(e));
        }
    }
}
