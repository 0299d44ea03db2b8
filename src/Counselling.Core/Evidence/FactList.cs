using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>Build-time helpers for the fact arrays of a <see cref="CaseRecord"/>: stable sort by instant, and links between observations of one item.</summary>
internal static class FactList
{
    private const int Small = 32;

    /// <summary>The most items an index of observations is first made for; it grows past that only with as many distinct items.</summary>
    private const int IndexCapacity = 512;

    public static T[] SortedByKnownAt<T>(ReadOnlySpan<T> facts)
        where T : struct, IKnownFact
    {
        var array = facts.ToArray();
        if (array.Length > Small)
        {
            return IsSorted(array) ? array : [.. array.OrderBy(f => f.KnownAt)];
        }

        // Insertion sort: stable, allocation-free, and fastest on the short, mostly ordered lists a record holds.
        for (var i = 1; i < array.Length; i++)
        {
            var fact = array[i];
            var j = i - 1;
            while (j >= 0 && array[j].KnownAt > fact.KnownAt)
            {
                array[j + 1] = array[j];
                j--;
            }

            array[j + 1] = fact;
        }

        return array;
    }

    /// <summary>For each fact, the index of the next observation of the same item, or -1; <see langword="null"/> when every item is observed once.</summary>
    public static int[]? NextObservation<T, TKey>(T[] facts, Func<T, TKey> key)
        where TKey : notnull
    {
        int[]? next = null;
        if (facts.Length < 2)
        {
            return null;
        }

        if (facts.Length <= Small)
        {
            // Each key read once (a fact is copied to read it), then compared pairwise.
            var keys = new TKey[facts.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = key(facts[i]);
            }

            for (var i = 0; i < keys.Length; i++)
            {
                for (var j = i + 1; j < keys.Length; j++)
                {
                    if (EqualityComparer<TKey>.Default.Equals(keys[i], keys[j]))
                    {
                        next ??= NewLinks(facts.Length);
                        next[i] = j;
                        break;
                    }
                }
            }

            return next;
        }

        return NextObservation(new InArray<T>(facts), key);
    }

    /// <summary>For each fact kept in chunks, the index of the next observation of the same item, or -1; <see langword="null"/> when every item is observed once.</summary>
    public static int[]? NextObservation<T, TKey>(FactChunks<T> facts, Func<T, TKey> key)
        where TKey : notnull
        => NextObservation(new InChunks<T>(facts), key);

    /// <summary>Compact facts kept in chunks in their public form, a new array, read against the facts their places refer to.</summary>
    public static TFact[] Unpacked<TKept, TFact, TNamed>(FactChunks<TKept> kept, TNamed[] named)
        where TKept : struct, ICompactFact<TFact, TNamed>
    {
        var facts = new TFact[kept.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = kept[i].ToFact(named);
        }

        return facts;
    }

    /// <summary>The links of a long list (an array or chunks, read through a struct so that each is compiled on its own), through an index of the items last seen.</summary>
    private static int[]? NextObservation<T, TList, TKey>(TList facts, Func<T, TKey> key)
        where TList : struct, IFactsAt<T>
        where TKey : notnull
    {
        var length = facts.Length;
        // Sized for a few hundred items at first, not for every fact: a long list observes few items many times (an
        // option pending, then resolved, again and again), and an index made at its length would reach the
        // large-object heap (85,000 bytes: about 3,000 entries) however few items it holds.
        int[]? next = null;
        var lastSeen = new Dictionary<TKey, int>(Math.Min(length, IndexCapacity));
        for (var i = 0; i < length; i++)
        {
            var item = key(facts[i]);
            if (lastSeen.TryGetValue(item, out var previous))
            {
                next ??= NewLinks(length);
                next[previous] = i;
            }

            lastSeen[item] = i;
        }

        return next;
    }

    /// <summary>
    /// For each objective fact, the index of the first reading of its objective that reaches its target, or -1. Readings
    /// are sorted by known instant, so the first reading to reach a target is the one an evaluation as of any instant finds
    /// if it is known by then: one pass over the readings per objective, never a scan per evaluation.
    /// </summary>
    public static int[] FirstReach(ObjectiveFact[] objectives, FactChunks<IndicatorReading> readings)
        => FirstReach(objectives, new InChunks<IndicatorReading>(readings));

    public static int[] FirstReach(ObjectiveFact[] objectives, IndicatorReading[] readings)
    {
        if (objectives.Length == 0 || readings.Length > Small)
        {
            return FirstReach(objectives, new InArray<IndicatorReading>(readings));
        }

        var reach = new int[objectives.Length];
        Array.Fill(reach, -1);

        // Few readings: a scan per objective, no index to allocate.
        for (var i = 0; i < objectives.Length; i++)
        {
            for (var j = 0; j < readings.Length; j++)
            {
                if (readings[j].Objective == objectives[i].Objective && objectives[i].IsReachedBy(readings[j].Value))
                {
                    reach[i] = j;
                    break;
                }
            }
        }

        return reach;
    }

    /// <summary>The first reaching readings among many (an array or chunks), through an index of the readings by objective.</summary>
    private static int[] FirstReach<TList>(ObjectiveFact[] objectives, TList readings)
        where TList : struct, IFactsAt<IndicatorReading>
    {
        if (objectives.Length == 0)
        {
            return [];
        }

        var reach = new int[objectives.Length];
        Array.Fill(reach, -1);
        var byObjective = new Dictionary<Common.ObjectiveId, List<int>>();
        for (var j = 0; j < readings.Length; j++)
        {
            var objective = readings[j].Objective;
            if (!byObjective.TryGetValue(objective, out var list))
            {
                byObjective[objective] = list = [];
            }

            list.Add(j);
        }

        for (var i = 0; i < objectives.Length; i++)
        {
            if (byObjective.TryGetValue(objectives[i].Objective, out var list))
            {
                foreach (var j in list)
                {
                    if (objectives[i].IsReachedBy(readings[j].Value))
                    {
                        reach[i] = j;
                        break;
                    }
                }
            }
        }

        return reach;
    }

    /// <summary>Tells whether the observation at <paramref name="index"/> is the latest of its item known at <paramref name="cutoff"/> (the caller checked it is known).</summary>
    public static bool IsCurrent<T>(T[] facts, ReadOnlySpan<int> next, int index, in KnownCutoff cutoff)
        where T : struct, IKnownFact
        => next.IsEmpty || next[index] < 0 || !facts[next[index]].IsKnownBy(cutoff);

    /// <summary>Indexes a long list of facts by key, each to the place of its first fact, so that <see cref="FirstPosition"/> costs O(1); <see langword="null"/> for a short list, searched in place.</summary>
    public static Dictionary<TKey, int>? FirstPositions<T, TKey>(T[] facts, Func<T, TKey> key)
        where TKey : notnull
    {
        if (facts.Length <= Small)
        {
            return null;
        }

        var positions = new Dictionary<TKey, int>(facts.Length);
        for (var i = 0; i < facts.Length; i++)
        {
            positions.TryAdd(key(facts[i]), i);
        }

        return positions;
    }

    /// <summary>The place of the first fact naming a key, or -1 when there is none, through the index of <see cref="FirstPositions"/> when there is one.</summary>
    public static int FirstPosition<T, TKey>(T[] facts, Dictionary<TKey, int>? positions, Func<T, TKey> key, TKey wanted)
        where TKey : notnull
    {
        if (positions is not null)
        {
            return positions.TryGetValue(wanted, out var position) ? position : -1;
        }

        for (var i = 0; i < facts.Length; i++)
        {
            if (EqualityComparer<TKey>.Default.Equals(key(facts[i]), wanted))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Compact facts in their public form, a new array, read against the facts their places refer to.</summary>
    public static TFact[] Unpacked<TKept, TFact, TNamed>(TKept[] kept, TNamed[] named)
        where TKept : struct, ICompactFact<TFact, TNamed>
    {
        if (kept.Length == 0)
        {
            return [];
        }

        var facts = new TFact[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            facts[i] = kept[i].ToFact(named);
        }

        return facts;
    }

    /// <summary>Tells whether facts in chunks are in the order they became known, across the chunks' boundaries too.</summary>
    public static bool IsSorted<T>(FactChunks<T> facts)
        where T : struct, IKnownFact
    {
        for (var c = 1; c < facts.ChunkCount; c++)
        {
            if (facts.Chunk(c)[0].KnownAt < facts.Chunk(c - 1)[^1].KnownAt)
            {
                return false;
            }
        }

        for (var c = 0; c < facts.ChunkCount; c++)
        {
            if (!IsSorted(facts.Chunk(c)))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsSorted<T>(ReadOnlySpan<T> facts)
        where T : struct, IKnownFact
    {
        for (var i = 1; i < facts.Length; i++)
        {
            if (facts[i].KnownAt < facts[i - 1].KnownAt)
            {
                return false;
            }
        }

        return true;
    }

    private static int[] NewLinks(int length)
    {
        var links = new int[length];
        Array.Fill(links, -1);
        return links;
    }

    /// <summary>Reads the items of a list by place: an array or chunks, each a struct so that a generic walk is compiled for each with no call.</summary>
    private interface IFactsAt<T>
    {
        int Length { get; }

        T this[int index] { get; }
    }

    private readonly struct InArray<T>(T[] items) : IFactsAt<T>
    {
        public int Length => items.Length;

        public T this[int index] => items[index];
    }

    private readonly struct InChunks<T>(FactChunks<T> items) : IFactsAt<T>
    {
        public int Length => items.Length;

        public T this[int index] => items[index];
    }
}
