using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Counselling.Core.Evaluation.Evidence;

/// <summary>Build-time helpers for the fact arrays of a <see cref="CaseRecord"/>: stable sort by instant, and links between observations of one item.</summary>
internal static class FactList
{
    public static T[] SortedByKnownAt<T>(List<T> facts, Func<T, Instant> knownAt)
    {
        for (var i = 1; i < facts.Count; i++)
        {
            if (knownAt(facts[i]) < knownAt(facts[i - 1]))
            {
                return [.. facts.OrderBy(knownAt)];
            }
        }

        return [.. facts];
    }

    /// <summary>For each fact, the index of the next observation of the same item, or -1; <see langword="null"/> when every item is observed once.</summary>
    public static int[]? NextObservation<T, TKey>(T[] facts, Func<T, TKey> key)
        where TKey : notnull
    {
        int[]? next = null;
        var lastSeen = new Dictionary<TKey, int>(facts.Length);
        for (var i = 0; i < facts.Length; i++)
        {
            if (lastSeen.TryGetValue(key(facts[i]), out var previous))
            {
                if (next is null)
                {
                    next = new int[facts.Length];
                    Array.Fill(next, -1);
                }

                next[previous] = i;
            }

            lastSeen[key(facts[i])] = i;
        }

        return next;
    }

    /// <summary>Tells whether the observation at <paramref name="index"/> is the latest of its item known at <paramref name="asOf"/> (the caller checked it is known).</summary>
    public static bool IsCurrent<T>(T[] facts, int[]? next, int index, Instant asOf)
        where T : struct, IKnownFact
        => next is null || next[index] < 0 || facts[next[index]].KnownAt > asOf;
}
