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
    private int _position;

    /// <summary>
    /// Gets the event's position in its intervention's stream, from 1 for the opening: the intervention's version once
    /// the event is recorded. A store refuses to append a second event at a position it already holds (optimistic
    /// concurrency). 0 marks an event stored before positions were recorded; a rebuild accepts it where it stands.
    /// </summary>
    public int Position
    {
        get => _position;
        init => _position = value;
    }

    /// <summary>Gets which concrete event this is: the fold and the rebuild dispatch on it. An event this version does not know is <see cref="EventKind.Unknown"/>.</summary>
    internal virtual EventKind Kind => EventKind.Unknown;

    /// <summary>
    /// Gets who acted: the client for an agreement or an aspiration the client gave, even when a counsellor recorded it on
    /// the client's behalf; otherwise <see cref="By"/>, who recorded the event. A history shown to the client names the
    /// client's own steps as the client's.
    /// </summary>
    /// <returns>The actor whose act the event records.</returns>
    public virtual Actor ActingParty() => By;

    /// <summary>Gives an event its position in the stream as the aggregate records it: only on an event just built by an intent method and shared with nobody yet.</summary>
    /// <param name="position">The position.</param>
    internal void StampPosition(int position) => _position = position;
}
