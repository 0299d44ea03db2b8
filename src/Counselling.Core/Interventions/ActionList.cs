using System;
using System.Collections.ObjectModel;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;

namespace Counselling.Core.Interventions;

/// <summary>
/// The action plan: the actions in the order they were agreed, with an index by identifier (<see cref="IndexedList{TId, T}"/>).
/// A status recorded or a review is kept beside the action, in a store of small structs without references, and the
/// action's new form is made only when somebody reads it: a rebuild that reviews an action at each session makes no
/// object per review, and the collector has nothing to trace in the store. An action read is kept, so it is the same
/// object at every read until it changes again.
/// </summary>
internal sealed class ActionList : ReadOnlyListBase<PlanAction>
{
    private readonly IndexedList<PlanActionId, PlanAction> _actions;

    // Per action, its status and review since the object stored beside it was made: a store made at the first change,
    // so a plan that never changes (as in most short histories) pays for nothing but this reference.
    private Changes? _changes;
    private int _expected;
    private ReadOnlyCollection<PlanAction>? _view;

    public ActionList()
        : this(Chunks<Change>.LargestShift, null)
    {
    }

    /// <summary>Initializes a list whose stores are kept in chunks of the given sizes (small chunks let a test cross their boundaries).</summary>
    internal ActionList(int changeShift, (int Entries, int Buckets)? listShifts)
    {
        _changes = new Changes(changeShift);
        _actions = listShifts is { } shifts ? new(static a => a.Id, shifts.Entries, shifts.Buckets) : new(static a => a.Id, Intervention.ShortList);
    }

    /// <summary>Gets the read-only view of the actions, in the order they were agreed.</summary>
    public ReadOnlyCollection<PlanAction> View => _view ??= new ReadOnlyCollection<PlanAction>(this);

    public override int Count => _actions.Count;

    /// <summary>Gets the action at a position, in its latest form (made now if it changed since last read).</summary>
    public PlanAction this[int index] => (uint)index < (uint)Count ? Current(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public int IndexOf(PlanActionId id) => _actions.IndexOf(id);

    /// <summary>Whether no action has the identifier, asked of one expected to be new.</summary>
    public bool IsNew(PlanActionId id) => _actions.IsNew(id);

    /// <summary>Asks the processor to start loading the index slot of an action about to be agreed (<see cref="IndexedList{TId, T}.Prefetch"/>).</summary>
    public void Prefetch(PlanActionId id) => _actions.Prefetch(id);

    /// <summary>Gets the index of an action the history recorded before; a history that names an unknown one is refused.</summary>
    public int IndexOfRecorded(PlanActionId id) => _actions.IndexOfRecorded(id);

    public PlanAction? Find(PlanActionId id) => IndexOf(id) is var i and >= 0 ? Current(i) : null;

    /// <summary>Gets the action at a position as it was stored, perhaps before its latest change: for what never changes (its identifier, owner, session of agreement).</summary>
    public PlanAction Stored(int index) => _actions[index];

    /// <summary>Gets the status of the action at a position, without making its new form.</summary>
    public PlanActionStatus StatusAt(int index) => IsPending(index) ? (PlanActionStatus)_changes!.Store[index].Status : _actions[index].Status;

    /// <summary>Gets whether the action at a position was reviewed, without making its new form.</summary>
    public bool IsReviewedAt(int index) => IsPending(index) ? _changes!.Store[index].Reviewed : _actions[index].IsReviewed;

    /// <summary>Adds an action whose identifier is new.</summary>
    /// <exception cref="ArgumentException">The identifier is already present.</exception>
    public void Add(PlanAction action) => _actions.Add(action);

    /// <summary>Makes room for at least <paramref name="capacity"/> actions at once.</summary>
    public void EnsureCapacity(int capacity)
    {
        _actions.EnsureCapacity(capacity);
        _expected = Math.Max(_expected, capacity);
    }

    /// <summary>Records a new status of the action at a position, as <see cref="PlanAction.WithStatus"/> would.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a member of <see cref="PlanActionStatus"/>.</exception>
    public void RecordStatus(int index, PlanActionStatus status)
    {
        Guard.Defined(status);
        ChangeOf(index).Status = (byte)status;
    }

    /// <summary>Records the review of the action at a position, after the checks of <see cref="PlanAction.Review"/>.</summary>
    /// <exception cref="ArgumentException">The session is the default identifier or the one where the action was agreed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is <see cref="PlanActionStatus.Agreed"/> or undefined.</exception>
    /// <exception cref="InvalidOperationException">The action was already reviewed.</exception>
    public void Review(int index, SessionId session, PlanActionStatus outcome)
    {
        _actions[index].CheckReview(session, outcome, IsReviewedAt(index));
        ref var change = ref ChangeOf(index);
        change.Status = (byte)outcome;
        change.Reviewed = true;
        change.ReviewedAt = session;
    }

    public Enumerator GetEnumerator() => new(this);

    protected override PlanAction ItemAt(int index) => Current(index);

    private bool IsPending(int index) => _changes is { } changes && index < changes.Store.Capacity && changes.Store[index].Pending;

    /// <summary>The action in its latest form: made from the stored one and its change, then stored in its place.</summary>
    private PlanAction Current(int index)
    {
        var action = _actions[index];
        if (IsPending(index))
        {
            ref var change = ref _changes!.Store[index];
            action = action.Changed((PlanActionStatus)change.Status, change.Reviewed ? change.ReviewedAt : null);
            _actions[index] = action;
            change.Pending = false;
        }

        return action;
    }

    /// <summary>The change of the action at a position, begun from its stored form if none is pending.</summary>
    private ref Change ChangeOf(int index)
    {
        var changes = _changes ??= new Changes(Chunks<Change>.LargestShift);
        if (changes.Store.Capacity == 0)
        {
            changes.Store.Reserve(Math.Max(_expected, Count));
        }

        while (index >= changes.Store.Capacity)
        {
            changes.Store.Grow();
        }

        ref var change = ref changes.Store[index];
        if (!change.Pending)
        {
            var action = _actions[index];
            change.Status = (byte)action.Status;
            change.Reviewed = action.IsReviewed;
            change.ReviewedAt = action.ReviewedAt ?? default;
            change.Pending = true;
        }

        return ref change;
    }

    /// <summary>The store of the changes, in chunks.</summary>
    private sealed class Changes(int shift)
    {
        public Chunks<Change> Store = new(shift);
    }

    /// <summary>An action's status and review since its stored form was made: no reference, nothing for the collector to trace.</summary>
    private struct Change
    {
        public SessionId ReviewedAt;
        public byte Status;
        public bool Reviewed;
        public bool Pending;
    }

    /// <summary>Reads the actions in order, each in its latest form, without allocating.</summary>
    public struct Enumerator
    {
        private readonly ActionList _list;
        private int _next;

        internal Enumerator(ActionList list)
        {
            _list = list;
            _next = -1;
        }

        public readonly PlanAction Current => _list.Current(_next);

        public bool MoveNext() => ++_next < _list.Count;
    }
}
