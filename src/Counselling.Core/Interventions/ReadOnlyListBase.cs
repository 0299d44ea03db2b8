using System;
using System.Collections;
using System.Collections.Generic;

namespace Counselling.Core.Interventions;

/// <summary>
/// What the aggregate's own lists show through <see cref="IList{T}"/>, for the read-only views it hands out over them:
/// reading only. Each list appends and replaces through its own members, which the views do not expose.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal abstract class ReadOnlyListBase<T> : IList<T>
{
    public abstract int Count { get; }

    public bool IsReadOnly => true;

    T IList<T>.this[int index]
    {
        get => (uint)index < (uint)Count ? ItemAt(index) : throw new ArgumentOutOfRangeException(nameof(index));
        set => throw ReadOnly();
    }

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (comparer.Equals(ItemAt(i), item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException("The destination is too short.", nameof(array));
        }

        for (var i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = ItemAt(i);
        }
    }

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Reader(this);

    IEnumerator IEnumerable.GetEnumerator() => new Reader(this);

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    /// <summary>The item at a position known to be within the list.</summary>
    protected abstract T ItemAt(int index);

    private static NotSupportedException ReadOnly() => new("The list is read-only.");

    private sealed class Reader(ReadOnlyListBase<T> list) : IEnumerator<T>
    {
        private int _next = -1;

        public T Current => list.ItemAt(_next);

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_next < list.Count;

        public void Reset() => _next = -1;

        public void Dispose()
        {
        }
    }
}
