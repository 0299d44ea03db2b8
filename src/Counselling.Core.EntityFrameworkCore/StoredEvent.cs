using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.EntityFrameworkCore;

/// <summary>
/// One row of an intervention's stream: an event of its history at its position, with the columns a host may query
/// without reading the payload (its type, instant and actor kind) and the event itself as JSON.
/// </summary>
/// <remarks>
/// Rows are written by <see cref="InterventionStore"/> only. The key is (<see cref="InterventionId"/>,
/// <see cref="Position"/>): two writers can never store two events at the same position.
/// </remarks>
public sealed class StoredEvent
{
    /// <summary>Gets the intervention whose history holds the event.</summary>
    public InterventionId InterventionId { get; init; }

    /// <summary>Gets the event's position in the history, from 1 (the opening).</summary>
    public int Position { get; init; }

    /// <summary>Gets the event's type discriminator, such as <c>SessionRecorded</c> (the same as the payload's <c>"$type"</c>).</summary>
    public string Type { get; init; } = "";

    /// <summary>Gets when the event happened.</summary>
    public Instant At { get; init; }

    /// <summary>Gets the kind of actor who did it.</summary>
    public ActorKind ActorKind { get; init; }

    /// <summary>Gets the event, serialized as an <c>InterventionEvent</c> by Counselling.Core.Json (with its <c>"$type"</c>).</summary>
    public string Payload { get; init; } = "";
}
