using System;

namespace Counselling.Core.Evidence;

/// <summary>
/// The facts of one kind a <see cref="CaseRecordBuilder"/> holds: an array grown on demand, allocated only when a first
/// fact of the kind comes, so a record with few kinds of evidence costs few allocations. A mutable struct: keep it in a field.
/// </summary>
/// <remarks>
/// An array already in order and of the exact size is handed to the record as it is (no copy); the buffer then copies
/// it before any change, so a record never sees a later fact.
/// </remarks>
internal struct FactBuffer<T>
    where T : struct, IKnownFact
{
    private T[]? _items;
    private bool _handedOver;

    public int Count { get; private set; }

    public void Add(T fact)
    {
        if (_items is null || Count == _items.Length || _handedOver)
        {
            Grow(Count + 1);
        }

        _items![Count++] = fact;
    }

    public void AddRange(ReadOnlySpan<T> facts)
    {
        if (facts.Length == 0)
        {
            return;
        }

        EnsureCapacity(Count + facts.Length);
        facts.CopyTo(_items.AsSpan(Count));
        Count += facts.Length;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity > (_items?.Length ?? 0) || _handedOver)
        {
            Grow(capacity);
        }
    }

    /// <summary>Takes an array of facts as the buffer's own, when it holds none yet: the caller writes it no more.</summary>
    public void Adopt(T[] facts)
    {
        if (Count != 0)
        {
            throw new InvalidOperationException("Facts are adopted into an empty buffer only.");
        }

        (_items, Count, _handedOver) = (facts, facts.Length, false);
    }

    /// <summary>The facts, stably sorted by the instant they became known: the buffer's own array when already in order and full, a new one otherwise.</summary>
    public T[] ToSortedArray()
    {
        if (Count == 0)
        {
            return [];
        }

        if (Count == _items!.Length && FactList.IsSorted(_items))
        {
            _handedOver = true;
            return _items;
        }

        return FactList.SortedByKnownAt(_items.AsSpan(0, Count));
    }

    private void Grow(int capacity)
    {
        var items = new T[Math.Max(Math.Max(capacity, 4), Math.Min((_items?.Length ?? 0) * 2, Array.MaxLength))];
        _items?.AsSpan(0, Count).CopyTo(items);
        (_items, _handedOver) = (items, false);
    }
}
