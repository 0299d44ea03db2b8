using System;
using System.Collections.ObjectModel;
using System.Numerics;

namespace Counselling.Core.Interventions;

/// <summary>
/// A list kept in insertion order with an index by identifier, so finding or replacing an item costs O(1) and the
/// aggregate stays linear in the number of its events. A short list is searched in place; the index is built once the
/// list outgrows <see cref="ScanLimit"/> items, so the many small aggregates a host loads pay for no index. The view
/// it hands out is read-only: a cast cannot change it.
/// </summary>
/// <remarks>
/// Each item sits beside its identifier in one store of entries (<see cref="Chunks{T}"/>), made at the first item: an
/// empty list allocates nothing but itself, a short one is searched without calling the key selector, and an item is
/// stored into a field of a struct rather than into an array of references (no covariance check per store). The index
/// chains the entries that share a bucket through the entries themselves, and its buckets are kept in chunks too: a
/// long list holds no array on the large-object heap.
/// </remarks>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class IndexedList<TId, T> : ReadOnlyListBase<T>
    where TId : struct, IEquatable<TId>
    where T : class
{
    /// <summary>Up to this many items, a search reads the list: cheaper than hashing, and nothing to allocate.</summary>
    private const int ScanLimit = 8;

    private static readonly int BucketShift = Chunks<int>.LargestShift;

    private readonly Func<T, TId> _key;
    private Chunks<Entry> _entries;

    // The index, once built: per bucket, the position plus one of the last entry added to it (0 for none).
    private Chunks<int> _buckets;
    private int _bucketBits;
    private int _count;

    // The length of the first array, made at the first item: short for the lists most interventions hold one or two
    // items in (their objectives, desired benefits, actions), then doubling as any list does.
    private readonly int _firstLength;
    private ReadOnlyCollection<T>? _view;

    public IndexedList(Func<T, TId> key)
        : this(key, Chunks<Entry>.LargestShift, BucketShift)
    {
    }

    /// <summary>Initializes a list whose first array holds <paramref name="firstLength"/> items, for a list usually that short.</summary>
    public IndexedList(Func<T, TId> key, int firstLength)
        : this(key, Chunks<Entry>.LargestShift, BucketShift) => _firstLength = firstLength;

    /// <summary>Initializes a list whose entries and buckets are kept in chunks of the given sizes (small chunks let a test cross their boundaries).</summary>
    internal IndexedList(Func<T, TId> key, int entryShift, int bucketShift)
    {
        _key = key;
        _entries = new Chunks<Entry>(entryShift);
        _buckets = new Chunks<int>(bucketShift);
    }

    /// <summary>Gets the read-only view of the items, in insertion order: made when first asked, so a rebuild that reads no list pays for no view.</summary>
    public ReadOnlyCollection<T> View => _view ??= new ReadOnlyCollection<T>(this);

    public override int Count => _count;

    private bool Indexed => _bucketBits != 0;

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
        var count = _count;
        if (Indexed)
        {
            // The item named most often is the last one added (the session just planned, the action agreed at the last
            // session): one comparison before hashing, and no read of the buckets in a long history.
            var last = count - 1;
            if (last >= 0 && _entries[last].Key.Equals(id))
            {
                return last;
            }

            return Lookup(id, Bucket(id));
        }

        // A short list: read in place, from its first chunk while it holds it all.
        var first = _entries.First;
        if (count <= first.Length)
        {
            for (var i = 0; i < count && i < first.Length; i++)
            {
                if (first[i].Key.Equals(id))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < count; i++)
        {
            if (_entries[i].Key.Equals(id))
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
        if (Indexed ? Lookup(id, Bucket(id)) >= 0 : IndexOf(id) >= 0)
        {
            throw new ArgumentException("An item with the same identifier is already present.", nameof(item));
        }

        if (_count == _entries.Capacity)
        {
            if (_count == 0 && _firstLength > 0)
            {
                _entries.Reserve(_firstLength);
            }
            else
            {
                _entries.Grow();
            }
        }

        ref var entry = ref _entries[_count];
        entry.Key = id;
        entry.Item = item;
        _count++;
        if (Indexed)
        {
            if (_count > 1 << _bucketBits)
            {
                BuildIndex(_bucketBits + 1);
            }
            else
            {
                Link(_count - 1, Bucket(id));
            }
        }
        else if (_count > ScanLimit)
        {
            BuildIndex(BitsFor(_count));
        }
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> items at once, so a long rebuild grows no array step by step.</summary>
    public void EnsureCapacity(int capacity)
    {
        _entries.Reserve(capacity);
        if (capacity > ScanLimit && BitsFor(capacity) > _bucketBits)
        {
            BuildIndex(BitsFor(capacity));
        }
    }

    /// <summary>Gets the index of an item the history recorded before; a history that names an unknown one is refused.</summary>
    public int IndexOfRecorded(TId id)
        => IndexOf(id) is var i and >= 0 ? i : throw new ArgumentException("The history names an objective, barrier or action that was never recorded.", nameof(id));

    public Enumerator GetEnumerator() => new(this);

    protected override T ItemAt(int index) => _entries[index].Item;

    /// <summary>The bits of a bucket count at least <paramref name="capacity"/> (one bucket an item at most).</summary>
    private static int BitsFor(int capacity) => Math.Max(4, BitOperations.Log2((uint)capacity - 1) + 1);

    /// <summary>The bucket of an identifier: its hash spread by a Fibonacci multiplication, the top bits kept.</summary>
    private int Bucket(TId id) => unchecked((int)(((uint)id.GetHashCode() * 2654435769u) >> (32 - _bucketBits)));

    private int Lookup(TId id, int bucket)
    {
        for (var i = _buckets[bucket] - 1; i >= 0;)
        {
            ref var entry = ref _entries[i];
            if (entry.Key.Equals(id))
            {
                return i;
            }

            i = entry.Next - 1;
        }

        return -1;
    }

    private void Link(int index, int bucket)
    {
        ref var head = ref _buckets[bucket];
        _entries[index].Next = head;
        head = index + 1;
    }

    /// <summary>Makes the buckets anew, 2^<paramref name="bits"/> of them, and files every entry in its own.</summary>
    private void BuildIndex(int bits)
    {
        _bucketBits = bits;
        _buckets.Allocate(1 << bits);
        for (var i = 0; i < _count; i++)
        {
            Link(i, Bucket(_entries[i].Key));
        }
    }

    /// <summary>An item beside its identifier, and the position plus one of the previous entry in its bucket.</summary>
    private struct Entry
    {
        public TId Key;
        public T Item;
        public int Next;
    }

    /// <summary>Reads the items in order, without allocating.</summary>
    public struct Enumerator
    {
        private readonly IndexedList<TId, T> _list;
        private readonly Entry[] _first;
        private readonly int _count;
        private int _next;

        internal Enumerator(IndexedList<TId, T> list)
        {
            _list = list;
            _first = list._entries.First;
            _count = list._count;
            _next = -1;
        }

        public readonly T Current => (uint)_next < (uint)_first.Length ? _first[_next].Item : _list._entries[_next].Item;

        public bool MoveNext() => ++_next < _count;
    }
}
