using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Tests.Json;

/// <summary>
/// The smallest event store a host writes: one JSON row per event, keyed by (intervention, position) as a unique key
/// in a database would be. An append succeeds only at the version the writer loaded.
/// </summary>
internal sealed class InMemoryEventStore(JsonSerializerOptions options)
{
    private readonly Dictionary<InterventionId, List<string>> _streams = [];

    public IEnumerable<InterventionEvent> Read(InterventionId id)
        => _streams.TryGetValue(id, out var rows) ? rows.Select(row => JsonSerializer.Deserialize<InterventionEvent>(row, options)!).ToList() : [];

    /// <summary>Appends events if the stream still ends at <paramref name="expectedVersion"/> and each event sits at its own position.</summary>
    /// <exception cref="ConcurrencyConflictException">Another writer appended since the events' writer loaded the stream.</exception>
    public void Append(InterventionId id, int expectedVersion, IReadOnlyList<InterventionEvent> events)
    {
        var rows = _streams.TryGetValue(id, out var existing) ? existing : _streams[id] = [];
        for (var i = 0; i < events.Count; i++)
        {
            // A unique key on (intervention, position): a second event at a position already held is refused.
            if (rows.Count != expectedVersion || events[i].Position != expectedVersion + i + 1)
            {
                throw new ConcurrencyConflictException();
            }
        }

        rows.AddRange(events.Select(e => JsonSerializer.Serialize(e, options)));
    }
}

/// <summary>Another writer appended to the stream first: reload and decide again.</summary>
internal sealed class ConcurrencyConflictException : Exception
{
}
