using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>
/// An immutable fact in an intervention's history: what happened, when (an <see cref="Instant"/> from the injected clock)
/// and who did it. Events carry ids and values, never the aggregate.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it.</param>
public abstract record InterventionEvent(Instant At, Actor By)
{
    /// <summary>
    /// Gets the event's position in its intervention's stream, from 1 for the opening: the intervention's version once
    /// the event is recorded. A store refuses to append a second event at a position it already holds (optimistic
    /// concurrency). 0 marks an event stored before positions were recorded; a rebuild accepts it where it stands.
    /// </summary>
    public int Position { get; init; }

    /// <summary>
    /// Gets who acted: the client for an agreement or an aspiration the client gave, even when a counsellor recorded it on
    /// the client's behalf; otherwise <see cref="By"/>, who recorded the event. A history shown to the client names the
    /// client's own steps as the client's.
    /// </summary>
    /// <returns>The actor whose act the event records.</returns>
    public virtual Actor ActingParty() => By;
}
