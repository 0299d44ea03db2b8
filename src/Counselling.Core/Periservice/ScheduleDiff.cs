using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Counselling.Core.Periservice;

/// <summary>
/// What changed between two schedules of the same interventions, after a session or a group was rescheduled,
/// cancelled or added, or the intervention closed: touchpoints added, moved and cancelled. Touchpoints already done
/// (sent or answered) stay as they were: they are never moved or cancelled.
/// </summary>
/// <remarks>Immutable. <see cref="ApplyTo"/> of the earlier schedule gives the later one, done touchpoints kept.</remarks>
public sealed class ScheduleDiff
{
    private ScheduleDiff(ImmutableArray<Touchpoint> added, ImmutableArray<TouchpointMove> moved, ImmutableArray<Touchpoint> cancelled)
    {
        Added = added;
        Moved = moved;
        Cancelled = cancelled;
    }

    /// <summary>Gets the touchpoints the later schedule adds, in order.</summary>
    public ImmutableArray<Touchpoint> Added { get; }

    /// <summary>Gets the touchpoints kept under the same identifier but changed, in the later schedule's order.</summary>
    public ImmutableArray<TouchpointMove> Moved { get; }

    /// <summary>Gets the touchpoints the later schedule no longer holds, in the earlier schedule's order.</summary>
    public ImmutableArray<Touchpoint> Cancelled { get; }

    /// <summary>Gets a value indicating whether nothing changed.</summary>
    public bool IsEmpty => Added.IsEmpty && Moved.IsEmpty && Cancelled.IsEmpty;

    /// <summary>Compares an earlier schedule with a later one.</summary>
    /// <param name="earlier">The schedule as it was.</param>
    /// <param name="later">The schedule recomputed.</param>
    /// <param name="isDone">Whether a touchpoint of the earlier schedule is done (sent or answered) and so stays as it was; none when <see langword="null"/>.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> or <paramref name="later"/> is <see langword="null"/>.</exception>
    public static ScheduleDiff Between(TouchpointSchedule earlier, TouchpointSchedule later, Func<TouchpointId, bool>? isDone = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var before = new Dictionary<TouchpointId, Touchpoint>(earlier.Count);
        foreach (var touchpoint in earlier)
        {
            before[touchpoint.Id] = touchpoint;
        }

        var added = ImmutableArray.CreateBuilder<Touchpoint>();
        var moved = ImmutableArray.CreateBuilder<TouchpointMove>();
        var kept = new HashSet<TouchpointId>();
        foreach (var touchpoint in later)
        {
            if (!before.TryGetValue(touchpoint.Id, out var old))
            {
                added.Add(touchpoint);
                continue;
            }

            kept.Add(touchpoint.Id);
            if (!old.Equals(touchpoint) && isDone?.Invoke(old.Id) != true)
            {
                moved.Add(new TouchpointMove(old, touchpoint));
            }
        }

        var cancelled = ImmutableArray.CreateBuilder<Touchpoint>();
        foreach (var touchpoint in earlier)
        {
            if (!kept.Contains(touchpoint.Id) && isDone?.Invoke(touchpoint.Id) != true)
            {
                cancelled.Add(touchpoint);
            }
        }

        return new ScheduleDiff(added.ToImmutable(), moved.ToImmutable(), cancelled.ToImmutable());
    }

    /// <summary>Applies this difference to the earlier schedule.</summary>
    /// <param name="earlier">The schedule the difference was computed from.</param>
    /// <returns>The later schedule, with done touchpoints as they were.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The difference does not fit <paramref name="earlier"/>: it moves or cancels a touchpoint it does not hold, or adds one it holds.</exception>
    public TouchpointSchedule ApplyTo(TouchpointSchedule earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var result = new Dictionary<TouchpointId, Touchpoint>(earlier.Count + Added.Length);
        foreach (var touchpoint in earlier)
        {
            result[touchpoint.Id] = touchpoint;
        }

        foreach (var touchpoint in Cancelled)
        {
            Require(result.Remove(touchpoint.Id));
        }

        foreach (var move in Moved)
        {
            Require(result.ContainsKey(move.After.Id));
            result[move.After.Id] = move.After;
        }

        foreach (var touchpoint in Added)
        {
            Require(result.TryAdd(touchpoint.Id, touchpoint));
        }

        var array = new Touchpoint[result.Count];
        result.Values.CopyTo(array, 0);
        return TouchpointSchedule.FromUnsorted(array);
    }

    /// <summary>Returns the counts of touchpoints added, moved and cancelled.</summary>
    /// <returns>The difference as text.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"+{Added.Length} ~{Moved.Length} -{Cancelled.Length}");

    private static void Require(bool fits)
    {
        if (!fits)
        {
            throw new ArgumentException("The difference was computed from another schedule.", "earlier");
        }
    }
}
