using System;
using System.Collections.Generic;
using Counselling.Core.Interventions.Events;

namespace Counselling.Core.Interventions;

/// <summary>
/// How many sessions and actions a history will make, so their lists and indexes are made once at their size before the
/// rebuild. A short history is counted exactly. A history too long for the caches is estimated from a sample: counting
/// every event would read each one a first time (a miss each, once the history leaves the caches), only for the replay to
/// read it again. A wrong estimate changes nothing in the rebuilt intervention: a list that turns out too short grows, and
/// room made for items that never come costs only a directory's slots and a larger index.
/// </summary>
/// <param name="Planned">The sessions planned.</param>
/// <param name="Recorded">The sessions recorded (held).</param>
/// <param name="Actions">The actions agreed.</param>
internal readonly record struct HistoryRoom(int Planned, int Recorded, int Actions)
{
    /// <summary>One event in this many is read by <see cref="Estimate"/>: a sixteenth of the misses of an exact count.</summary>
    public const int SampleStride = 16;

    // How many blocks of events ahead of the one sampled an event is asked for (HistoryPrefetch): a sampled event is counted
    // in a few nanoseconds, its miss costs a hundred or so.
    private const int SampleDistance = 8;

    /// <summary>Counts the sessions planned and recorded and the actions agreed, event by event.</summary>
    /// <param name="history">The events (a <see langword="null"/> one counts for nothing: the rebuild refuses it).</param>
    /// <returns>The exact counts.</returns>
    public static HistoryRoom Count(IReadOnlyList<InterventionEvent> history)
    {
        int planned = 0, recorded = 0, actions = 0;
        if (history is InterventionEvent[] array)
        {
            foreach (var evt in array)
            {
                Tally(evt, ref planned, ref recorded, ref actions);
            }
        }
        else
        {
            for (var i = 0; i < history.Count; i++)
            {
                Tally(history[i], ref planned, ref recorded, ref actions);
            }
        }

        return new HistoryRoom(planned, recorded, actions);
    }

    /// <summary>
    /// Estimates the counts from one event in each block of <see cref="SampleStride"/>, scaled up, with a sixteenth more
    /// for what the sample may miss. The event read in each block moves from block to block (a spread of the block's
    /// number), so a history that repeats a pattern of 2, 4, 8 or 16 events is not read at the same place in it each time.
    /// </summary>
    /// <param name="history">The events.</param>
    /// <returns>The estimated counts; nearly always at least the exact ones.</returns>
    public static HistoryRoom Estimate(InterventionEvent[] history)
    {
        int planned = 0, recorded = 0, actions = 0;
        var blocks = history.Length / SampleStride;
        for (var block = 0; block < blocks; block++)
        {
            var ahead = block + SampleDistance;
            if (ahead < blocks)
            {
                HistoryPrefetch.Event(history[Sampled(ahead)]);
            }

            Tally(history[Sampled(block)], ref planned, ref recorded, ref actions);
        }

        // The events after the last whole block, few, are counted one by one.
        int tailPlanned = 0, tailRecorded = 0, tailActions = 0;
        for (var i = blocks * SampleStride; i < history.Length; i++)
        {
            Tally(history[i], ref tailPlanned, ref tailRecorded, ref tailActions);
        }

        return new HistoryRoom(Scaled(planned) + tailPlanned, Scaled(recorded) + tailRecorded, Scaled(actions) + tailActions);
    }

    /// <summary>The position read in a block: the block's start, plus a spread of its number (Fibonacci hashing, top bits).</summary>
    private static int Sampled(int block)
        => (block * SampleStride) + (int)(unchecked((uint)block * 2654435769u) >> 28);

    /// <summary>A sampled count scaled to the whole, with a sixteenth more.</summary>
    private static int Scaled(int sampled)
    {
        var whole = (long)sampled * SampleStride;
        return (int)Math.Min(int.MaxValue, whole + (whole / 16));
    }

    private static void Tally(InterventionEvent? evt, ref int planned, ref int recorded, ref int actions)
    {
        switch (evt?.Kind)
        {
            case EventKind.SessionPlanned:
                planned++;
                break;
            case EventKind.SessionRecorded:
                recorded++;
                break;
            case EventKind.PlanActionAgreed:
                actions++;
                break;
        }
    }
}
