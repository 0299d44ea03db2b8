using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Counselling.Core.Interventions;

/// <summary>
/// A list kept in insertion order with an index by identifier, so finding or replacing an item costs O(1) and the
/// aggregate stays linear in the number of its events. A short list is searched in place; the index is built once the
/// list outgrows <see cref="ScanLimit"/> items, so the many small aggregates a host loads pay for no dictionary. The view
/// it hands out is read-only: a cast cannot change it.
/// </summary>
/// <remarks>
/// Each item sits beside its identifier in one array of entries, made at the first item: an empty list allocates nothing
/// but itself, a short one is searched without calling the key selector, and an item is stored into a field of a struct
/// rather than into an array of references (no covariance check per store).
/// </remarks>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class IndexedList<TId, T> : ReadOnlyListBase<T>
    where TId : struct, IEquatable<TId>
    where T : class
{
    /// <summary>Up to this many items, a search reads the list: cheaper than hashing, and nothing to allocate.</summary>
    private const int ScanLimit = 8;

    private const int FirstCapacity = 4;

    private readonly Func<T, TId> _key;
    private Entry[] _entries = [];
    private int _count;
    private Dictionary<TId, int>? _index;
    private ReadOnlyCollection<T>? _view;

    public IndexedList(Func<T, TId> key) => _key = key;

    /// <summary>Gets the read-only view of the items, in insertion order: made when first asked, so a rebuild that reads no list pays for no view.</summary>
    public ReadOnlyCollection<T> View => _view ??= new ReadOnlyCollection<T>(this);

    public override int Count => _count;

    /// <summary>Gets or replaces the item at a position (a replacement keeps the identifier).</summary>
    public T this[int index]
    {
        get => (uint)index < (uint)_count ? _entries[index].Item : throw new ArgumentOutOfRangeException(nameof(index));
        set
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            _entries[index].Item = value;
        }
    }

    public bool Contains(TId id) => IndexOf(id) >= 0;

    public T? Find(TId id) => IndexOf(id) is var i and >= 0 ? _entries[i].Item : null;

    /// <summary>The position of the item with the given identifier, or -1.</summary>
    public int IndexOf(TId id)
    {
        var entries = _entries;
        var count = _count;
        if (_index is not null)
        {
            // The item named most often is the last one added (the session just planned, the action agreed at the last
            // session): one comparison before hashing, and no read of the index's arrays in a long history.
            var last = count - 1;
            if (last >= 0 && entries[last].Key.Equals(id))
            {
                return last;
            }

            return _index.TryGetValue(id, out var i) ? i : -1;
        }

        for (var i = 0; i < count && i < entries.Length; i++)
        {
            if (entries[i].Key.Equals(id))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Adds an item whose identifier is new.</summary>
    /// <exception cref="ArgumentException">The identifier is already present.</exception>
    public void Add(T item)
    {
        var id = _key(item);
        if (_index is not null)
        {
            _index.Add(id, _count);
        }
        else if (IndexOf(id) >= 0)
        {
            throw new ArgumentException("An item with the same identifier is already present.", nameof(item));
        }
        else if (_count == ScanLimit)
        {
            _index = BuildIndex(ScanLimit * 2);
            _index.Add(id, _count);
        }

        if (_count == _entries.Length)
        {
            Grow(_count + 1);
        }

        ref var entry = ref _entries[_count];
        entry.Key = id;
        entry.Item = item;
        _count++;
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> items at once, so a long rebuild grows no array step by step.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _entries.Length)
        {
            Grow(capacity);
        }

        if (capacity > ScanLimit)
        {
            _index ??= BuildIndex(capacity);
            _index.EnsureCapacity(capacity);
        }
    }

    /// <summary>Gets the index of an item the history recorded before; a history that names an unknown one is refused.</summary>
    public int IndexOfRecorded(TId id)
        => IndexOf(id) is var i and >= 0 ? i : throw new ArgumentException("The history names an objective, barrier or action that was never recorded.", nameof(id));

    public Enumerator GetEnumerator() => new(this);

    protected override T ItemAt(int index) => _entries[index].Item;

    private void Grow(int needed)
    {
        var entries = new Entry[Math.Max(needed, Math.Max(FirstCapacity, _entries.Length * 2))];
        Array.Copy(_entries, entries, _count);
        _entries = entries;
    }

    private Dictionary<TId, int> BuildIndex(int capacity)
    {
        var index = new Dictionary<TId, int>(capacity);
        for (var i = 0; i < _count; i++)
        {
            index.Add(_entries[i].Key, i);
        }

        return index;
    }

    /// <summary>An item beside its identifier.</summary>
    private struct Entry
    {
        public TId Key;
        public T Item;
    }

    /// <summary>Reads the items in order, without allocating.</summary>
    public struct Enumerator
    {
        private readonly Entry[] _entries;
        private readonly int _count;
        private int _next;

        internal Enumerator(IndexedList<TId, T> list)
        {
            _entries = list._entries;
            _count = list._count;
            _next = -1;
        }

        public readonly T Current => _entries[_next].Item;

        public bool MoveNext() => ++_next < _count;
    }
}
