using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The aggregate's lists kept in chunks behave as a plain list does, across the chunks' boundaries: with chunks of one
/// to eight items, a history appended to (with room made ahead or not) reads back the same events in the same order
/// through every member; a list indexed by identifier adds, refuses a second item with a known identifier, replaces,
/// finds and enumerates as a list searched from its start, also when many identifiers share a hash code; a slot read at
/// random reaches the element the indexer does.
/// </summary>
public sealed class ChunkedListsProperties
{
    private static readonly Actor By = Actor.System("chunk-test");

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ChunkArbitraries) })]
    public void EventList_InChunks_ReadsAsAList(ChunkedScript script)
    {
        var list = new EventList(script.Shift);
        var expected = new List<InterventionEvent>();
        foreach (var (op, value) in script.Steps)
        {
            if (op == 0)
            {
                list.EnsureCapacity(value);
            }
            else
            {
                var evt = new IntakeStarted(Instant.FromUnixTimeSeconds(expected.Count), By);
                list.Append(evt);
                expected.Add(evt);
                Assert.Same(evt, list.Last);
            }

            Assert.Equal(expected.Count, list.Count);
        }

        IList<InterventionEvent> view = list;
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i], view[i]);
            Assert.Equal(i, view.IndexOf(expected[i]));
        }

        Assert.Equal(expected, view.Select(e => e));
        Assert.Throws<ArgumentOutOfRangeException>(() => view[expected.Count]);
        var copy = new InterventionEvent[expected.Count + 1];
        view.CopyTo(copy, 1);
        Assert.Equal(expected, copy.Skip(1));
        var start = script.Steps.Length == 0 ? 0 : script.Steps[0].Value % (expected.Count + 2);
        Assert.Equal(expected.Skip(start), list.From(start));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ChunkArbitraries) })]
    public void IndexedList_InChunks_ActsAsAListSearchedFromItsStart(ChunkedScript script)
        => ActsAsAListSearchedFromItsStart(script, Id, likelyShare: 1);

    /// <summary>
    /// The same when the identifiers fall in one to four groups of equal hash codes (their index slots crowd together and
    /// share a tag, so only the identifiers themselves tell them apart), and when the index is made ahead for a third of
    /// the items room is made for (so it grows while items are added).
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ChunkArbitraries) })]
    public void IndexedList_WithSharedHashCodes_ActsAsAListSearchedFromItsStart(ChunkedScript script)
    {
        var groups = 1 + ((script.Shift + (2 * script.BucketShift)) % 4);
        ActsAsAListSearchedFromItsStart(script, key => SharingHashCodes(key, groups), likelyShare: 3);
    }

    private static void ActsAsAListSearchedFromItsStart(ChunkedScript script, Func<int, SessionId> idOf, int likelyShare)
    {
        var list = new IndexedList<SessionId, Box>(static b => b.Id, script.Shift, script.BucketShift);
        var expected = new List<Box>();
        var version = 0;
        foreach (var (op, value) in script.Steps)
        {
            var id = idOf(value % 60);
            switch (op)
            {
                case 0:
                    list.EnsureCapacity(value, value / likelyShare);
                    break;
                case 1 when expected.Count > 0:
                    // A replacement keeps the identifier.
                    var at = value % expected.Count;
                    var replacement = new Box(expected[at].Id, ++version);
                    list[at] = replacement;
                    expected[at] = replacement;
                    break;
                default:
                    var box = new Box(id, ++version);
                    if (expected.Any(b => b.Id == id))
                    {
                        Assert.Throws<ArgumentException>(() => list.Add(box));
                    }
                    else
                    {
                        list.Add(box);
                        expected.Add(box);
                    }

                    break;
            }

            Assert.Equal(expected.Count, list.Count);
            var position = expected.FindIndex(b => b.Id == id);
            Assert.Equal(position, list.IndexOf(id));
            Assert.Equal(position >= 0, list.Contains(id));
            Assert.Equal(position < 0, list.IsNew(id));
            Assert.Same(position >= 0 ? expected[position] : null, list.Find(id));
        }

        for (var key = 0; key < 60; key++)
        {
            Assert.Equal(expected.FindIndex(b => b.Id == idOf(key)), list.IndexOf(idOf(key)));
            Assert.Equal(!expected.Exists(b => b.Id == idOf(key)), list.IsNew(idOf(key)));
        }

        var enumerated = new List<Box>();
        foreach (var box in list)
        {
            enumerated.Add(box);
        }

        Assert.Equal(expected, enumerated);
        Assert.Equal(expected, list.View);
        Assert.Equal(expected, Enumerable.Range(0, expected.Count).Select(i => list[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[expected.Count]);
    }

    /// <summary>
    /// A slot read at random (<see cref="Chunks{T}.Slot"/>, the index's way in) is the element the indexer reaches, at every
    /// position below the capacity, whether the storage was made whole at a length (one array, or chunks), grown one
    /// element at a time, or prepared for a count ahead.
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ChunkArbitraries) })]
    public void Chunks_SlotAndIndexer_ReachTheSameElement(ChunkedScript script)
    {
        var chunks = new Chunks<int>(script.Shift);
        foreach (var (op, value) in script.Steps)
        {
            switch (op)
            {
                case 0:
                    chunks.Allocate(1 << (value % 8));
                    break;
                case 1:
                    chunks.Reserve(value);
                    break;
                default:
                    chunks.Grow(value % 3 == 0 ? value : 0);
                    break;
            }

            for (var i = 0; i < chunks.Capacity; i++)
            {
                Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(ref chunks[i], ref chunks.Slot(i)), $"position {i} of {chunks.Capacity}");
            }
        }
    }

    private static SessionId Id(int key) => new(new Guid(key + 1, 0, 0, new byte[8]));

    /// <summary>An identifier whose hash code is the key's group: a Guid's hash code is the exclusive or of its four 32-bit words.</summary>
    private static SessionId SharingHashCodes(int key, int groups)
    {
        var last = BitConverter.GetBytes((key + 1) ^ (key % groups));
        return new(new Guid(key + 1, 0, 0, 0, 0, 0, 0, last[0], last[1], last[2], last[3]));
    }

    private sealed record Box(SessionId Id, int Version);
}

/// <summary>Steps applied to a list kept in small chunks.</summary>
/// <param name="Shift">The base-2 logarithm of a chunk's length (0 to 3: chunks of one to eight items).</param>
/// <param name="BucketShift">The same for the index's buckets.</param>
/// <param name="Steps">Each step: 0 to make room for the value's count of items ahead, 1 to replace an item, else to add one.</param>
public sealed record ChunkedScript(int Shift, int BucketShift, (int Op, int Value)[] Steps)
{
    /// <summary>Shows the chunks' sizes and the number of steps.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"chunks of {1 << Shift}, buckets in chunks of {1 << BucketShift}, {Steps.Length} steps: {string.Join(" ", Steps.Select(s => $"{s.Op}:{s.Value}"))}";
}

/// <summary>Generators for the chunked lists' properties.</summary>
public static class ChunkArbitraries
{
    public static Arbitrary<ChunkedScript> Scripts()
    {
        var step =
            from op in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (12, Gen.Constant(2)))
            from value in Gen.Choose(0, 80)
            select (op, value);
        var script =
            from shift in Gen.Choose(0, 3)
            from bucketShift in Gen.Choose(0, 3)
            from steps in Gen.Sized(size => step.ArrayOf(Math.Min(120, 4 + (size * 2))))
            select new ChunkedScript(shift, bucketShift, steps);
        return Arb.From(script);
    }
}
