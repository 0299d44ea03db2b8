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
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class IndexedList<TId, T>
    where TId : struct, IEquatable<TId>
    where T : class
{
    /// <summary>Up to this many items, a search reads the list: cheaper than hashing, and nothing to allocate.</summary>
    private const int ScanLimit = 8;

    private readonly List<T> _items = [];

    // The items' identifiers, beside them: a short list is searched without calling the key selector per item.
    private readonly List<TId> _keys = [];
    private readonly Func<T, TId> _key;
    private Dictionary<TId, int>? _index;
    private ReadOnlyCollection<T>? _view;

    public IndexedList(Func<T, TId> key) => _key = key;

    /// <summary>Gets the read-only view of the items, in insertion order: made when first asked, so a rebuild that reads no list pays for no view.</summary>
    public ReadOnlyCollection<T> View => _view ??= _items.AsReadOnly();

    public int Count => _items.Count;

    /// <summary>Gets or replaces the item at a position (a replacement keeps the identifier).</summary>
    public T this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public bool Contains(TId id) => IndexOf(id) >= 0;

    public T? Find(TId id) => IndexOf(id) is var i and >= 0 ? _items[i] : null;

    /// <summary>The position of the item with the given identifier, or -1.</summary>
    public int IndexOf(TId id)
    {
        if (_index is not null)
        {
            // The item named most often is the last one added (the session just planned, the action agreed at the last
            // session): one comparison before hashing, and no read of the index's arrays in a long history.
            var last = _keys.Count - 1;
            if (last >= 0 && _keys[last].Equals(id))
            {
                return last;
            }

            return _index.TryGetValue(id, out var i) ? i : -1;
        }

        for (var i = 0; i < _keys.Count; i++)
        {
            if (_keys[i].Equals(id))
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
            _index.Add(id, _items.Count);
        }
        else if (IndexOf(id) >= 0)
        {
            throw new ArgumentException("An item with the same identifier is already present.", nameof(item));
        }
        else if (_items.Count == ScanLimit)
        {
            _index = BuildIndex(ScanLimit * 2);
            _index.Add(id, _items.Count);
        }

        _items.Add(item);
        _keys.Add(id);
    }

    /// <summary>Gets the index of an item the history recorded before; a history that names an unknown one is refused.</summary>
    /// <summary>Makes room for at least <paramref name="capacity"/> items at once, so a long rebuild grows no array step by step.</summary>
    public void EnsureCapacity(int capacity)
    {
        _items.EnsureCapacity(capacity);
        _keys.EnsureCapacity(capacity);
        if (capacity > ScanLimit)
        {
            _index ??= BuildIndex(capacity);
            _index.EnsureCapacity(capacity);
        }
    }

    public int IndexOfRecorded(TId id)
        => IndexOf(id) is var i and >= 0 ? i : throw new ArgumentException("The history names an objective, barrier or action that was never recorded.", nameof(id));

    private Dictionary<TId, int> BuildIndex(int capacity)
    {
        var index = new Dictionary<TId, int>(capacity);
        for (var i = 0; i < _keys.Count; i++)
        {
            index.Add(_keys[i], i);
        }

        return index;
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();
}
