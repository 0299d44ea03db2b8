using System;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Counselling.Core.Common;

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
/// stored into a field of a struct rather than into an array of references (no covariance check per store).
/// <para>The index is a table of slots found by open addressing: per slot, a 16-bit tag drawn from the identifier's hash
/// code (0 for an empty slot) and, in a table of its own, the item's position. A search reads the tags from the hash
/// code's home slot until an empty one, and reads a position and an entry only for an equal tag. In a long history, where
/// the index would leave the processor's caches, a search for a new identifier (every session planned, every action
/// agreed) so reads a few neighbouring tags, two bytes each, rather than a bucket and then each entry chained from it
/// (16-byte identifiers, anywhere in the store). The tables are kept at most three quarters full, in chunks too, so a
/// long list holds no array on the large-object heap.</para>
/// <para>Before the index, a search reads the last few items: a history names mostly what it has just recorded (the session
/// planned just before, the action agreed at the previous session, that session itself), and those entries are read
/// in order, from memory just written.</para>
/// </remarks>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class IndexedList<TId, T> : ReadOnlyListBase<T>
    where TId : struct, IEquatable<TId>
    where T : class
{
    /// <summary>Up to this many items, a search reads the list: cheaper than hashing, and nothing to allocate.</summary>
    private const int ScanLimit = 8;

    /// <summary>How many of the last items an indexed list reads before its index.</summary>
    private const int RecentItems = 4;

    private static readonly int SlotShift = Chunks<int>.LargestShift;

    private readonly Func<T, TId> _key;
    private Chunks<Entry> _entries;

    // The index, once built (a short list, as most are, never builds one, and carries only this reference for it).
    private SlotTable? _index;
    private readonly int _slotShift;
    private int _count;

    // The length of the first array, made at the first item: short for the lists most interventions hold one or two
    // items in (their objectives, desired benefits, actions), then doubling as any list does.
    private readonly int _firstLength;
    private ReadOnlyCollection<T>? _view;

    public IndexedList(Func<T, TId> key)
        : this(key, Chunks<Entry>.LargestShift, SlotShift)
    {
    }

    /// <summary>Initializes a list whose first array holds <paramref name="firstLength"/> items, for a list usually that short.</summary>
    public IndexedList(Func<T, TId> key, int firstLength)
        : this(key, Chunks<Entry>.LargestShift, SlotShift) => _firstLength = firstLength;

    /// <summary>
    /// Initializes a list whose entries and index slots are kept in chunks of the given sizes (small chunks let a test cross
    /// their boundaries); <paramref name="slotShift"/> sizes the chunks of positions, those of tags hold twice as many.
    /// </summary>
    internal IndexedList(Func<T, TId> key, int entryShift, int slotShift)
    {
        _key = key;
        _entries = new Chunks<Entry>(entryShift);
        _slotShift = slotShift;
    }

    /// <summary>Gets the read-only view of the items, in insertion order: made when first asked, so a rebuild that reads no list pays for no view.</summary>
    public ReadOnlyCollection<T> View => _view ??= new ReadOnlyCollection<T>(this);

    public override int Count => _count;

    private bool Indexed => _index is not null;

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

    /// <summary>The identifier of the item at a position, read beside it (the item itself is not read).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The identifier.</returns>
    public TId KeyAt(int index) => (uint)index < (uint)_count ? _entries[index].Key : throw new ArgumentOutOfRangeException(nameof(index));

    public bool Contains(TId id) => IndexOf(id) >= 0;

    public T? Find(TId id) => IndexOf(id) is var i and >= 0 ? _entries[i].Item : null;

    /// <summary>The position of the item with the given identifier, or -1.</summary>
    public int IndexOf(TId id)
    {
        var count = _count;
        if (Indexed)
        {
            return IndexOfIndexed(id, count);
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

    /// <summary>
    /// The position of an identifier in a list with an index. The items named most often are the last ones added (the
    /// session just planned, the previous session, the action agreed at it): a few comparisons in memory just written
    /// before a read of the index. Apart from <see cref="IndexOf"/>, so that the search of a short list stays small.
    /// </summary>
    private int IndexOfIndexed(TId id, int count)
    {
        var stop = Math.Max(0, count - RecentItems);
        for (var i = count - 1; i >= stop; i--)
        {
            if (_entries[i].Key.Equals(id))
            {
                return i;
            }
        }

        return Lookup(id, id.GetHashCode(), out _);
    }

    /// <summary>
    /// Whether no item has the identifier, asked of one expected to be new (a session being planned, an action being agreed):
    /// the index is read straight away, since the last items, read first by <see cref="IndexOf"/>, would not hold it.
    /// </summary>
    public bool IsNew(TId id) => Indexed ? Lookup(id, id.GetHashCode(), out _) < 0 : IndexOf(id) < 0;

    /// <summary>
    /// Asks the processor to start loading the index's home slot of an identifier that a search will soon look for (see
    /// <see cref="HistoryPrefetch"/>): its tag and its position, so that the search and the filling of the slot find them
    /// in cache. Only a hint: nothing changes, and a list without an index or a processor without SSE does nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(TId id)
    {
        if (Sse.IsSupported && _index is { } index)
        {
            var s = Home(id.GetHashCode(), index.Bits);
            CachePrefetch.Item(ref index.Tags.Slot(s));
            CachePrefetch.Item(ref index.Positions.Slot(s));
        }
    }

    /// <summary>Adds an item whose identifier is new.</summary>
    /// <exception cref="ArgumentException">The identifier is already present.</exception>
    public void Add(T item)
    {
        var id = _key(item);
        var hash = 0;
        var free = -1;
        if (Indexed ? Lookup(id, hash = id.GetHashCode(), out free) >= 0 : IndexOf(id) >= 0)
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
            if (_count > MostItems(_index!.Bits))
            {
                BuildIndex(_index.Bits + 1);
            }
            else
            {
                // The search that found the identifier new stopped at the empty slot it belongs in.
                Fill(free, hash, _count - 1);
            }
        }
        else if (_count > ScanLimit)
        {
            BuildIndex(BitsFor(_count));
        }
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> items at once, so a long rebuild grows no array step by step.</summary>
    public void EnsureCapacity(int capacity) => EnsureCapacity(capacity, capacity);

    /// <summary>
    /// Makes room for at most <paramref name="capacity"/> items, and an index for <paramref name="likely"/> of them: a chunk
    /// of the store is made only when an item needs it, so room for more items than come costs nothing, but the index is
    /// made whole, and a smaller one is read faster (it grows anyway if more items come).
    /// </summary>
    public void EnsureCapacity(int capacity, int likely)
    {
        _entries.Reserve(capacity);
        if (likely > ScanLimit && BitsFor(likely) > (_index?.Bits ?? 0))
        {
            BuildIndex(BitsFor(likely));
        }
    }

    /// <summary>Gets the index of an item the history recorded before; a history that names an unknown one is refused.</summary>
    public int IndexOfRecorded(TId id)
        => IndexOf(id) is var i and >= 0 ? i : throw new ArgumentException("The history names an objective, barrier or action that was never recorded.", nameof(id));

    public Enumerator GetEnumerator() => new(this);

    protected override T ItemAt(int index) => _entries[index].Item;

    /// <summary>The bits of a slot count that indexes <paramref name="capacity"/> items at most three quarters full.</summary>
    private static int BitsFor(int capacity)
    {
        var bits = 4;
        while (MostItems(bits) < capacity)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>The most items 2^<paramref name="bits"/> slots index: three quarters of them, so a search for a new identifier soon meets an empty slot.</summary>
    private static int MostItems(int bits) => (int)((3L << bits) >> 2);

    /// <summary>The tag of a hash code: never 0, which marks an empty slot.</summary>
    private static ushort Tag(int hash) => unchecked((ushort)(hash | 1));

    /// <summary>
    /// The position of the entry with the identifier, or -1, with the empty slot where the search stopped. The tags are
    /// read from the home slot (the hash code spread by a Fibonacci multiplication, top bits kept), in turn, until an
    /// empty one; a position and its entry are read only for an equal tag.
    /// </summary>
    private int Lookup(TId id, int hash, out int free)
    {
        var index = _index!;
        var mask = (1 << index.Bits) - 1;
        var tag = Tag(hash);
        var s = Home(hash, index.Bits);
        while (true)
        {
            var found = index.Tags.Slot(s);
            if (found == 0)
            {
                free = s;
                return -1;
            }

            if (found == tag && index.Positions.Slot(s) is var position && _entries[position].Key.Equals(id))
            {
                free = -1;
                return position;
            }

            s = (s + 1) & mask;
        }
    }

    /// <summary>The home slot of a hash code among 2^<paramref name="bits"/>: the hash code spread by a Fibonacci multiplication, top bits kept.</summary>
    private static int Home(int hash, int bits) => unchecked((int)(((uint)hash * 2654435769u) >> (32 - bits)));

    private void Fill(int slot, int hash, int position)
    {
        var index = _index!;
        index.Tags.Slot(slot) = Tag(hash);
        index.Positions.Slot(slot) = position;
    }

    /// <summary>Makes the slots anew, 2^<paramref name="bits"/> of them, and files every entry in the first empty one from its home.</summary>
    private void BuildIndex(int bits)
    {
        var index = _index ??= new SlotTable(_slotShift);
        index.Bits = bits;
        index.Tags.Allocate(1 << bits);
        index.Positions.Allocate(1 << bits);
        for (var i = 0; i < _count; i++)
        {
            var hash = _entries[i].Key.GetHashCode();
            Lookup(_entries[i].Key, hash, out var free);
            Fill(free, hash, i);
        }
    }

    /// <summary>
    /// The index's tables: per slot, a tag (0 for an empty slot) and a position; 2^<see cref="Bits"/> slots. A chunk of
    /// tags holds twice as many slots as a chunk of positions (the same bytes, tags being half as wide): every probe reads
    /// tags, and an index of up to 32,768 slots (24,576 items: the sessions or actions of a history of about 100,000
    /// events) keeps them in one array, read without a directory.
    /// </summary>
    private sealed class SlotTable(int shift)
    {
        public Chunks<ushort> Tags = new(shift + 1);
        public Chunks<int> Positions = new(shift);
        public int Bits;
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
