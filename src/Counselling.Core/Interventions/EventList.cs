using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Interventions;

/// <summary>
/// An intervention's history in memory: its events in order, appended and never changed. Each event is stored in a field
/// of a struct, not in an array of the abstract event type, so an append pays no covariance check; the slots are kept
/// in chunks (<see cref="Chunks{T}"/>), so a long history holds no array on the large-object heap. Read-only through
/// its interfaces (the aggregate hands out a read-only view over it).
/// </summary>
internal sealed class EventList : ReadOnlyListBase<InterventionEvent>
{
    private Chunks<Slot> _slots;
    private int _count;

    // The events made room for ahead: the chunk that reaches them is made only as long as they need.
    private int _expected;

    public EventList()
        : this(Chunks<Slot>.LargestShift)
    {
    }

    /// <summary>Initializes a list whose chunks hold <c>2^chunkShift</c> events (small chunks let a test cross their boundaries).</summary>
    internal EventList(int chunkShift) => _slots = new Chunks<Slot>(chunkShift);

    public override int Count => _count;

    /// <summary>Gets the event at a position below <see cref="Count"/>.</summary>
    public InterventionEvent this[int index] => _slots[index].Event;

    /// <summary>Gets the last event; the list is never empty when asked.</summary>
    public InterventionEvent Last => _slots[_count - 1].Event;

    /// <summary>Appends an event.</summary>
    public void Append(InterventionEvent evt)
    {
        if (_count == _slots.Capacity)
        {
            _slots.Grow(_expected);
        }

        _slots[_count++].Event = evt;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> events at once.</summary>
    public void EnsureCapacity(int capacity)
    {
        _expected = Math.Max(_expected, capacity);
        _slots.Reserve(capacity);
    }

    /// <summary>The events from a position to the end, as an immutable array.</summary>
    public ImmutableArray<InterventionEvent> From(int start)
    {
        if (start >= _count)
        {
            return [];
        }

        var events = new InterventionEvent[_count - start];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = _slots[start + i].Event;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(events);
    }

    protected override InterventionEvent ItemAt(int index) => _slots[index].Event;

    /// <summary>One event, in a struct: storing it is a plain write.</summary>
    private struct Slot
    {
        public InterventionEvent Event;
    }
}
