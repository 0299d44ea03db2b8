using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Counselling.Core.Common;
using Counselling.Core.Evidence;

namespace Counselling.Core.Evaluation;

/// <summary>
/// Asks the processor to start loading a case record's memory before the engine reads it. A record is an object
/// holding a dozen fact arrays, so judging it is a chain of cache misses (record, then each array); left alone they
/// happen one after another. Prefetches overlap them: while one record is judged, the next ones are on their way.
/// </summary>
/// <remarks>
/// A prefetch is only a hint: it never faults, changes no value and has no effect on the result; if the garbage
/// collector moves an object in between, the hint is merely wasted. Without SSE (other processors) it does nothing.
/// </remarks>
internal static class RecordPrefetch
{
    /// <summary>How many records ahead of the one being judged the record objects are prefetched; their arrays follow one record later.</summary>
    private const int Distance = 2;

    /// <summary>Prefetches ahead of the record at <paramref name="index"/> in a list being walked in order: the arrays of the next record, the object of the one after.</summary>
    /// <param name="records">The records.</param>
    /// <param name="index">The record about to be judged.</param>
    public static void Ahead(IReadOnlyList<CaseRecord> records, int index)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var count = records.Count;
        if (index + Distance < count)
        {
            Record(records[index + Distance]);
        }

        if (index + Distance - 1 < count)
        {
            Facts(records[index + Distance - 1]);
        }
    }

    /// <summary>Prefetches ahead of the record at <paramref name="index"/> in an array being walked in order, as <see cref="Ahead(IReadOnlyList{CaseRecord}, int)"/> does for a list.</summary>
    /// <param name="records">The records.</param>
    /// <param name="index">The record about to be judged.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ahead(CaseRecord[] records, int index)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        // Unchecked: an index of an array plus two cannot overflow.
        var ahead = unchecked(index + Distance);
        if ((uint)ahead < (uint)records.Length)
        {
            Record(records[ahead]);
        }

        if ((uint)unchecked(ahead - 1) < (uint)records.Length)
        {
            Facts(records[unchecked(ahead - 1)]);
        }
    }

    /// <summary>The record object itself (its header and fields: about four cache lines).</summary>
    /// <param name="record">The record, or <see langword="null"/> (nothing then).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Record(CaseRecord? record) => CachePrefetch.Object(record, 4);

    /// <summary>
    /// The start of every fact array the built-in criteria read (the record object itself should already be in
    /// cache): as many lines as such an array usually spans, a few dozen instructions in all.
    /// </summary>
    /// <param name="record">The record, or <see langword="null"/> (nothing then).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Facts(CaseRecord? record)
    {
        if (!Sse.IsSupported || record is null)
        {
            return;
        }

        // A prefetch past an array's end loads what was allocated next, usually the record's next array: harmless.
        // A record that keeps a list in chunks has no array of it here: nothing is prefetched for that list.
        CachePrefetch.Array(record.SessionList, 8);
        CachePrefetch.Array(record.ActionList, 4);
        CachePrefetch.Array(record.ObjectiveArray, 2);
        CachePrefetch.Array(record.ReadingList, 2);
        CachePrefetch.Array(record.SituationArray, 2);
        CachePrefetch.Array(record.Links, 2);
        CachePrefetch.Array(record.DecisionList, 1);
        CachePrefetch.Array(record.OptionList, 1);
        CachePrefetch.Array(record.SatisfactionArray, 1);
        CachePrefetch.Array(record.AutonomyArray, 1);
    }
}
