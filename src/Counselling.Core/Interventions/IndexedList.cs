using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Counselling.Core.Interventions;

/// <summary>
/// A list kept in insertion order with an index by identifier, so finding or replacing an item costs O(1) and the
/// aggregate stays linear in the number of its events. The view it hands out is read-only: a cast cannot change it.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class IndexedList<TId, T>
    where TId : struct, IEquatable<TId>
    where T : class
{
    private readonly List<T> _items = [];
    private readonly Dictionary<TId, int> _index = [];
    private readonly Func<T, TId> _key;

    public IndexedList(Func<T, TId> key)
    {
        _key = key;
        View = _items.AsReadOnly();
    }

    /// <summary>Gets the read-only view of the items, in insertion order.</summary>
    public ReadOnlyCollection<T> View { get; }

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public bool Contains(TId id) => _index.ContainsKey(id);

    public T? Find(TId id) => _index.TryGetValue(id, out var i) ? _items[i] : null;

    /// <summary>Adds an item whose identifier is new.</summary>
    /// <exception cref="ArgumentException">The identifier is already present.</exception>
    public void Add(T item)
    {
        _index.Add(_key(item), _items.Count);
        _items.Add(item);
    }

    /// <summary>Replaces the item with the given identifier by what <paramref name="change"/> makes of it.</summary>
    /// <exception cref="ArgumentException">No item has that identifier.</exception>
    public void Replace(TId id, Func<T, T> change)
    {
        if (!_index.TryGetValue(id, out var i))
        {
            throw new ArgumentException("The history names an objective, barrier or action that was never recorded.", nameof(id));
        }

        _items[i] = change(_items[i]);
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();
}
