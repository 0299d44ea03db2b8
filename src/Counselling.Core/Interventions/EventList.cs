using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Interventions;

/// <summary>
/// An intervention's history in memory: its events in order, appended and never changed. Each event is stored in a field
/// of a struct, not in an array of the abstract event type, so an append pays no covariance check. Read-only through its
/// interfaces (the aggregate hands out a read-only view over it).
/// </summary>
internal sealed class EventList : ReadOnlyListBase<InterventionEvent>
{
    private const int FirstCapacity = 8;

    private Slot[] _slots = [];
    private int _count;

    public override int Count => _count;

    /// <summary>Gets the last event; the list is never empty when asked.</summary>
    public InterventionEvent Last => _slots[_count - 1].Event;

    /// <summary>Appends an event.</summary>
    public void Append(InterventionEvent evt)
    {
        if (_count == _slots.Length)
        {
            Grow(_count + 1);
        }

        _slots[_count++].Event = evt;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> events at once.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _slots.Length)
        {
            Grow(capacity);
        }
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

    private void Grow(int needed)
    {
        var slots = new Slot[Math.Max(needed, Math.Max(FirstCapacity, _slots.Length * 2))];
        Array.Copy(_slots, slots, _count);
        _slots = slots;
    }

    /// <summary>One event, in a struct: storing it is a plain write.</summary>
    private struct Slot
    {
        public InterventionEvent Event;
    }
}
