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

    /// <summary>Tells whether the observation at <paramref name="index"/> (within the known prefix) is the latest of its item in the prefix.</summary>
    /// <param name="next">The index of each observation's next observation of the same item, or -1; empty when every item is observed once.</param>
    /// <param name="index">The observation, below <paramref name="known"/>.</param>
    /// <param name="known">The length of the known prefix.</param>
    /// <returns><see langword="true"/> when no later observation of its item is known.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCurrent(ReadOnlySpan<int> next, int index, int known)
        => unchecked((uint)index >= (uint)next.Length || (uint)next[index] >= (uint)known);

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
