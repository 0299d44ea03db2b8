using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// A host's outbox: the touchpoints of many interventions, kept in the order they are due, with where each stands.
/// The host asks what is due between two instants, sends it, and marks each touchpoint sent, failed or answered; the
/// library itself never sends anything.
/// </summary>
/// <remarks>
/// <para>The loop a host runs: <see cref="Update"/> an intervention's schedule whenever its anchors change (the result
/// says what was added, moved and cancelled; what was already sent or answered stays as it was); every few minutes,
/// <see cref="Due"/> from the last run to now; for each entry, send it and <see cref="MarkSent"/> or
/// <see cref="MarkFailed"/>; when the client answers, <see cref="MarkAnswered"/>, or record the answer as evidence with
/// <see cref="PeriserviceResponses"/>.</para>
/// <para>A failed touchpoint is due again after the <see cref="RetryPolicy"/>'s delay, moved into the sending window,
/// until its attempts run out or, for one that must come before its anchor, the next attempt would reach the anchor:
/// then it is <see cref="TouchpointStatus.GaveUp"/>.</para>
/// <para>Pending touchpoints are kept in a sorted set: <see cref="Due"/> costs a logarithm of the outbox's size plus the
/// entries it returns. Not thread-safe: one host loop owns an outbox (or locks around it).</para>
/// </remarks>
public sealed class PeriserviceOutbox
{
    private readonly PeriserviceScheduler _scheduler;
    private readonly Dictionary<TouchpointId, OutboxEntry> _entries = [];
    private readonly Dictionary<InterventionId, TouchpointSchedule> _schedules = [];
    private readonly SortedSet<DueKey> _pending = new(DueKeyComparer.Instance);

    /// <summary>Initializes a new, empty outbox.</summary>
    /// <param name="scheduler">The scheduler whose sending window and zones place the retries.</param>
    /// <param name="retry">When to try a failed touchpoint again; <see cref="RetryPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheduler"/> is <see langword="null"/>.</exception>
    public PeriserviceOutbox(PeriserviceScheduler scheduler, RetryPolicy? retry = null)
    {
        _scheduler = Guard.NotNull(scheduler);
        Retry = retry ?? RetryPolicy.Default;
    }

    /// <summary>Gets when a failed touchpoint is tried again.</summary>
    public RetryPolicy Retry { get; }

    /// <summary>Gets how many touchpoints the outbox holds, in every status.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets how many touchpoints are still to send.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Replaces the schedule of one intervention with a recomputed one.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="schedule">Its recomputed schedule (empty to cancel everything not done).</param>
    /// <returns>What changed; touchpoints already sent or answered are neither moved nor cancelled.</returns>
    /// <exception cref="ArgumentException">A touchpoint of <paramref name="schedule"/> belongs to another intervention.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is <see langword="null"/>.</exception>
    public ScheduleDiff Update(InterventionId intervention, TouchpointSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        foreach (var touchpoint in schedule)
        {
            if (touchpoint.Intervention != intervention)
            {
                throw new ArgumentException("Every touchpoint of the schedule belongs to the intervention named.", nameof(schedule));
            }
        }

        var earlier = ScheduleOf(intervention);
        var diff = ScheduleDiff.Between(earlier, schedule, id => _entries.TryGetValue(id, out var e) && e.IsDone);
        foreach (var touchpoint in diff.Cancelled)
        {
            var entry = _entries[touchpoint.Id];
            _pending.Remove(new DueKey(entry.DueAt, entry.Id));
            _entries[touchpoint.Id] = entry with { Status = TouchpointStatus.Cancelled };
        }

        foreach (var move in diff.Moved)
        {
            var entry = _entries[move.Before.Id];
            _pending.Remove(new DueKey(entry.DueAt, entry.Id));
            Schedule(move.After);
        }

        foreach (var touchpoint in diff.Added)
        {
            if (_entries.TryGetValue(touchpoint.Id, out var cancelled))
            {
                _pending.Remove(new DueKey(cancelled.DueAt, cancelled.Id));
            }

            Schedule(touchpoint);
        }

        _schedules[intervention] = diff.ApplyTo(earlier);
        return diff;
    }

    /// <summary>Gets the touchpoints due in an interval, across every intervention, in the order they are due.</summary>
    /// <param name="from">The start of the interval, included.</param>
    /// <param name="to">The end of the interval, excluded.</param>
    /// <returns>The pending entries due from <paramref name="from"/> up to <paramref name="to"/>, by due instant, then identifier.</returns>
    public IReadOnlyList<OutboxEntry> Due(Instant from, Instant to)
    {
        if (to <= from || _pending.Count == 0)
        {
            return [];
        }

        var result = new List<OutboxEntry>();
        foreach (var key in _pending.GetViewBetween(new DueKey(from, default), new DueKey(to, default)))
        {
            if (key.DueAt < to)
            {
                result.Add(_entries[key.Id]);
            }
        }

        return result;
    }

    /// <summary>Finds the entry of a touchpoint.</summary>
    /// <param name="id">The touchpoint.</param>
    /// <returns>The entry, or <see langword="null"/> if the outbox never held it.</returns>
    public OutboxEntry? Find(TouchpointId id) => _entries.GetValueOrDefault(id);

    /// <summary>Gets the schedule the outbox holds for an intervention: the latest one, with done touchpoints as they were.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <returns>The schedule; empty if the outbox holds none.</returns>
    public TouchpointSchedule ScheduleOf(InterventionId intervention)
        => _schedules.GetValueOrDefault(intervention) ?? TouchpointSchedule.Empty;

    /// <summary>Marks a touchpoint sent.</summary>
    /// <param name="id">The touchpoint.</param>
    /// <param name="at">When it was sent.</param>
    /// <returns>Its entry now.</returns>
    /// <exception cref="ActionRefusedException">The touchpoint is unknown, cancelled, or not pending (<c>periservice.touchpoint-unknown</c>,
    /// <c>periservice.touchpoint-cancelled</c>, <c>periservice.touchpoint-not-pending</c>); the outbox is unchanged.</exception>
    public OutboxEntry MarkSent(TouchpointId id, Instant at)
    {
        var entry = RequirePending(id, "MarkSent");
        _pending.Remove(new DueKey(entry.DueAt, id));
        return _entries[id] = entry with { Status = TouchpointStatus.Sent, Attempts = entry.Attempts + 1, ChangedAt = at };
    }

    /// <summary>Marks an attempt failed: the touchpoint is due again after the retry delay, or given up.</summary>
    /// <param name="id">The touchpoint.</param>
    /// <param name="at">When the attempt failed.</param>
    /// <returns>Its entry now: <see cref="TouchpointStatus.RetryDue"/> with the next attempt as <see cref="OutboxEntry.DueAt"/>, or <see cref="TouchpointStatus.GaveUp"/>.</returns>
    /// <exception cref="ActionRefusedException">The touchpoint is unknown, cancelled, or not pending; the outbox is unchanged.</exception>
    public OutboxEntry MarkFailed(TouchpointId id, Instant at)
    {
        var entry = RequirePending(id, "MarkFailed");
        var attempts = entry.Attempts + 1;
        Instant? next = attempts < Retry.MaxAttempts ? _scheduler.NextAllowed(entry.Touchpoint, at + Retry.DelayAfter(attempts)) : null;
        _pending.Remove(new DueKey(entry.DueAt, id));
        if (next is not { } due)
        {
            return _entries[id] = entry with { Status = TouchpointStatus.GaveUp, Attempts = attempts, ChangedAt = at };
        }

        _pending.Add(new DueKey(due, id));
        return _entries[id] = entry with { Status = TouchpointStatus.RetryDue, Attempts = attempts, DueAt = due, ChangedAt = at };
    }

    /// <summary>Marks a touchpoint answered by the client (sent or not: a phone call is answered at once).</summary>
    /// <param name="id">The touchpoint.</param>
    /// <param name="at">When the answer became known.</param>
    /// <returns>Its entry now.</returns>
    /// <exception cref="ActionRefusedException">The touchpoint is unknown, cancelled or already answered (<c>periservice.touchpoint-unknown</c>,
    /// <c>periservice.touchpoint-cancelled</c>, <c>periservice.touchpoint-already-answered</c>); the outbox is unchanged.</exception>
    public OutboxEntry MarkAnswered(TouchpointId id, Instant at)
    {
        var entry = RequireAnswerable(id);
        _pending.Remove(new DueKey(entry.DueAt, id));
        return _entries[id] = entry with { Status = TouchpointStatus.Answered, ChangedAt = at };
    }

    internal OutboxEntry RequireAnswerable(TouchpointId id)
    {
        var entry = RequireLive(id, "RecordResponse");
        return entry.Status == TouchpointStatus.Answered
            ? throw PeriserviceRefusal.Refuse("RecordResponse", PeriserviceRefusal.AlreadyAnswered)
            : entry;
    }

    private void Schedule(Touchpoint touchpoint)
    {
        _entries[touchpoint.Id] = new OutboxEntry(touchpoint, TouchpointStatus.Scheduled, 0, touchpoint.Instant, null);
        _pending.Add(new DueKey(touchpoint.Instant, touchpoint.Id));
    }

    private OutboxEntry RequireLive(TouchpointId id, string action)
    {
        if (!_entries.TryGetValue(id, out var entry))
        {
            throw PeriserviceRefusal.Refuse(action, PeriserviceRefusal.UnknownTouchpoint);
        }

        return entry.Status == TouchpointStatus.Cancelled ? throw PeriserviceRefusal.Refuse(action, PeriserviceRefusal.CancelledTouchpoint) : entry;
    }

    private OutboxEntry RequirePending(TouchpointId id, string action)
    {
        var entry = RequireLive(id, action);
        return entry.IsPending ? entry : throw PeriserviceRefusal.Refuse(action, PeriserviceRefusal.NotPending, new ReasonArgument("status", entry.Status));
    }

    private readonly record struct DueKey(Instant DueAt, TouchpointId Id);

    private sealed class DueKeyComparer : IComparer<DueKey>
    {
        public static readonly DueKeyComparer Instance = new();

        public int Compare(DueKey x, DueKey y)
        {
            var byDue = x.DueAt.CompareTo(y.DueAt);
            return byDue != 0 ? byDue : x.Id.CompareTo(y.Id);
        }
    }
}
