using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
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
internal static unsafe class RecordPrefetch
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
    public static void Record(CaseRecord? record)
    {
        if (Sse.IsSupported && record is not null)
        {
            unchecked
            {
                // The record's first field, seen as a byte: the object starts a pointer's width before it.
                var start = (byte*)Unsafe.AsPointer(ref Unsafe.As<RawObject>(record).Data) - sizeof(nint);
                Sse.Prefetch0(start);
                Sse.Prefetch0(start + 64);
                Sse.Prefetch0(start + 128);
                Sse.Prefetch0(start + 192);
            }
        }
    }

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
        Lines(record.SessionArray, 8);
        Lines(record.ActionArray, 4);
        Lines(record.ObjectiveArray, 2);
        Lines(record.ReadingArray, 2);
        Lines(record.SituationArray, 2);
        Lines(record.Links, 2);
        Lines(record.DecisionArray, 1);
        Lines(record.OptionArray, 1);
        Lines(record.SatisfactionArray, 1);
        Lines(record.AutonomyArray, 1);
    }

    /// <summary>The first <paramref name="count"/> cache lines (at most eight) of an array, from its header on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Lines<T>(T[]? array, int count)
    {
        if (array is null)
        {
            return;
        }

        // Called with a constant count, so the tests below fold away once inlined; the header (the length) sits 16
        // bytes before the data.
        unchecked
        {
            var start = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)) - 16;
            Sse.Prefetch0(start);
            if (count > 1)
            {
                Sse.Prefetch0(start + 64);
            }

            if (count > 2)
            {
                Sse.Prefetch0(start + 128);
                Sse.Prefetch0(start + 192);
            }

            if (count > 4)
            {
                Sse.Prefetch0(start + 256);
                Sse.Prefetch0(start + 320);
            }

            if (count > 6)
            {
                Sse.Prefetch0(start + 384);
                Sse.Prefetch0(start + 448);
            }
        }
    }

    /// <summary>Any object seen as its first field, to take the object's address without exposing a reference to it.</summary>
    private sealed class RawObject
    {
#pragma warning disable CS0649 // Never written: only its address is taken, of objects that are not of this type.
        public byte Data;
#pragma warning restore CS0649
    }
}
