using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Interventions;

/// <summary>
/// Asks the processor to start loading what the rebuild of a long history will read a few events later. Past some tens of
/// thousands of events, neither the stored events nor the index of the sessions and actions being rebuilt stay in the
/// caches: each event is a miss when first read (once when the history is counted by kind, once when it is replayed),
/// and so is the index slot of each session planned and each action agreed (a new identifier lands anywhere in the
/// index). Left alone, these misses happen one after another while the rebuild waits; asked for ahead, they overlap with
/// the work on the events in between.
/// </summary>
/// <remarks>
/// A prefetch is only a hint: it never faults, changes no value and has no effect on the result; if the garbage
/// collector moves an object in between, the hint is merely wasted. Without SSE (other processors) it does nothing.
/// </remarks>
internal static class HistoryPrefetch
{
    /// <summary>
    /// The longest history rebuilt without prefetches: about a megabyte of events and as much of the aggregate being
    /// built, which the caches mostly hold; measured at 10,000 events, prefetches there gained nothing.
    /// </summary>
    public const int LongestInCache = 16_384;

    /// <summary>How many events ahead of the one being replayed the event objects are prefetched (a few hundred nanoseconds of work).</summary>
    public const int EventDistance = 4;

    /// <summary>How many events ahead the index slot of a new session or action is prefetched: its event is in cache by then.</summary>
    public const int SlotDistance = 2;

    /// <summary>The first two cache lines of an event object (its header and fields: events are about one to two lines long).</summary>
    /// <param name="evt">The event, or <see langword="null"/> (nothing then).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Event(InterventionEvent? evt) => CachePrefetch.Object(evt, 2);
}
