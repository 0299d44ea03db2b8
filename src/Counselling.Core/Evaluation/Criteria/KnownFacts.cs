using System;
using System.Runtime.CompilerServices;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The facts of a record known at a cutoff, read as a prefix: a record keeps each fact array in the order the facts became
/// known, so those known at a cutoff are the first ones, and an observation is superseded exactly when the next
/// observation of its item lies within that prefix. A walk then tests each fact's index against one count instead of
/// comparing its instant with the cutoff, twice for an observation followed by another.
/// </summary>
internal static class KnownFacts
{
    /// <summary>How many facts, from the first, were known at the cutoff.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, in the order they became known.</param>
    /// <param name="cutoff">The cutoff.</param>
    /// <returns>The length of the known prefix.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count<T>(T[] facts, in KnownCutoff cutoff)
        where T : struct, IKnownFact
    {
        // Usually every fact is known (the as-of instant is after the last one): one comparison.
        var count = facts.Length;
        return count == 0 || facts[count - 1].IsKnownBy(cutoff) ? count : Before(facts, cutoff);
    }

    /// <summary>How many facts kept in chunks, from the first, were known at the cutoff.</summary>
    /// <typeparam name="T">The kind of fact.</typeparam>
    /// <param name="facts">The facts, in the order they became known.</param>
    /// <param name="cutoff">The cutoff.</param>
    /// <returns>The length of the known prefix.</returns>
    public static int Count<T>(FactChunks<T> facts, in KnownCutoff cutoff)
        where T : struct, IKnownFact
    {
        if (facts.Length == 0 || facts[facts.Length - 1].IsKnownBy(cutoff))
        {
            return facts.Length;
        }

        var count = 0;
        for (var c = 0; c < facts.ChunkCount; c++)
        {
            var chunk = facts.Chunk(c);
            for (var i = 0; i < chunk.Length; i++, count++)
            {
                if (!chunk[i].IsKnownBy(cutoff))
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>How many session facts of a record, from the first, were known at the cutoff.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cutoff">The cutoff.</param>
    /// <returns>The length of the known prefix.</returns>
    public static int Sessions(CaseRecord record, in KnownCutoff cutoff)
        => record.SessionList is { } all ? Count(all, cutoff) : Count(record.SessionChunks!, cutoff);

    /// <summary>How many actions of a record, from the first, were known at the cutoff.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cutoff">The cutoff.</param>
    /// <returns>The length of the known prefix.</returns>
    public static int Actions(CaseRecord record, in KnownCutoff cutoff)
        => record.ActionList is { } all ? Count(all, cutoff) : Count(record.ActionChunks!, cutoff);

    /// <summary>One part of the known session facts, for a walk: all of them at part 0 when the record keeps one array, else the known facts of one chunk.</summary>
    /// <param name="record">The record.</param>
    /// <param name="part">The part, from 0.</param>
    /// <param name="known">The length of the known prefix (<see cref="Sessions"/>).</param>
    /// <param name="next">The links of the part's facts, to test with <see cref="IsCurrent"/> by their index in the part; empty when every session is observed once.</param>
    /// <param name="offset">The place in the whole list of the part's first fact.</param>
    /// <returns>The part's facts; empty past the last part.</returns>
    public static ReadOnlySpan<SessionFact> SessionPart(CaseRecord record, int part, int known, out ReadOnlySpan<int> next, out int offset)
        => Part(record.SessionList, record.SessionNext, record.SessionChunks, record.SessionNextChunks, part, known, out next, out offset);

    /// <summary>One part of the known actions, for a walk: all of them at part 0 when the record keeps one array, else the known actions of one chunk.</summary>
    /// <param name="record">The record.</param>
    /// <param name="part">The part, from 0.</param>
    /// <param name="known">The length of the known prefix (<see cref="Actions"/>).</param>
    /// <param name="next">The links of the part's actions, to test with <see cref="IsCurrent"/> by their index in the part; empty when every action is observed once.</param>
    /// <param name="offset">The place in the whole list of the part's first action.</param>
    /// <returns>The part's actions; empty past the last part.</returns>
    public static ReadOnlySpan<RecordedAction> ActionPart(CaseRecord record, int part, int known, out ReadOnlySpan<int> next, out int offset)
        => Part(record.ActionList, record.ActionNext, record.ActionChunks, record.ActionNextChunks, part, known, out next, out offset);

    /// <summary>Tells whether the observation at <paramref name="index"/> (within the known prefix) is the latest of its item in the prefix.</summary>
    /// <param name="next">The index of each observation's next observation of the same item, or -1; empty when every item is observed once.</param>
    /// <param name="index">The observation, below <paramref name="known"/>.</param>
    /// <param name="known">The length of the known prefix.</param>
    /// <returns><see langword="true"/> when no later observation of its item is known.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCurrent(ReadOnlySpan<int> next, int index, int known)
        => unchecked((uint)index >= (uint)next.Length || (uint)next[index] >= (uint)known);

    private static ReadOnlySpan<T> Part<T>(T[]? all, ReadOnlySpan<int> allNext, FactChunks<T>? chunks, FactChunks<int>? chunkNext, int part, int known, out ReadOnlySpan<int> next, out int offset)
    {
        if (all is not null)
        {
            next = allNext;
            offset = 0;
            return part == 0 ? all.AsSpan(0, known) : default;
        }

        offset = part << chunks!.Shift;
        if (offset >= known)
        {
            next = default;
            return default;
        }

        next = chunkNext is null ? default : chunkNext.Chunk(part);
        var chunk = chunks.Chunk(part);
        return chunk[..Math.Min(chunk.Length, known - offset)];
    }

    /// <summary>The known prefix's length when the last fact is not known: the first facts that were.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Before<T>(T[] facts, in KnownCutoff cutoff)
        where T : struct, IKnownFact
    {
        var count = 0;
        while (count < facts.Length && facts[count].IsKnownBy(cutoff))
        {
            count++;
        }

        return count;
    }
}
