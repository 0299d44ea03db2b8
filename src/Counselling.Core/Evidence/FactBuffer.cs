using System;

namespace Counselling.Core.Evidence;

/// <summary>
/// The facts of one kind a <see cref="CaseRecordBuilder"/> holds: an array grown on demand, allocated only when a first
/// fact of the kind comes, so a record with few kinds of evidence costs few allocations. A mutable struct: keep it in a field.
/// </summary>
internal struct FactBuffer<T>
    where T : struct, IKnownFact
{
    private T[]? _items;

    public int Count { get; private set; }

    public void Add(T fact)
    {
        if (_items is null || Count == _items.Length)
        {
            Array.Resize(ref _items, _items is null ? 4 : _items.Length * 2);
        }

        _items[Count++] = fact;
    }

    public void AddRange(T[] facts)
    {
        if (facts.Length == 0)
        {
            return;
        }

        EnsureCapacity(Count + facts.Length);
        facts.CopyTo(_items!, Count);
        Count += facts.Length;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity > (_items?.Length ?? 0))
        {
            Array.Resize(ref _items, Math.Max(capacity, 4));
        }
    }

    /// <summary>A new array of the facts, stably sorted by the instant they became known; the builder keeps its own.</summary>
    public readonly T[] ToSortedArray() => Count == 0 ? [] : FactList.SortedByKnownAt(_items.AsSpan(0, Count));
}
