using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;

namespace Counselling.Core.Interventions;

/// <content>
/// What the case record's projection reads without copying: the history in place, the sessions and actions by position,
/// and how many session and action facts the history makes, so the record's lists are made once at their size.
/// </content>
public sealed partial class Intervention
{
    // The facts the projection makes of sessions (each planned, held, missed or cancelled, and each still planned at the
    // closure) and of actions (each agreed, given a status or reviewed): counted by the fold as it goes.
    private int _sessionFacts;
    private int _actionFacts;

    /// <summary>Gets how many session facts the history makes.</summary>
    internal int SessionFactCount => _sessionFacts;

    /// <summary>Gets how many action facts the history makes.</summary>
    internal int ActionFactCount => _actionFacts;

    /// <summary>Gets the number of sessions, without handing them out.</summary>
    internal int SessionCount => _sessions.Count;

    /// <summary>Gets the number of actions, without handing them out.</summary>
    internal int ActionCount => _actions.Count;

    /// <summary>Gets the history itself, read by position.</summary>
    internal EventList EventsInOrder => _history;

    /// <summary>The position of a session, or -1.</summary>
    internal int SessionIndex(SessionId id) => _sessions.IndexOf(id);

    /// <summary>The session at a position, read without handing it out.</summary>
    internal Session SessionAt(int index) => _sessions[index];

    /// <summary>The identifier of the session at a position, read without reading the session.</summary>
    internal SessionId SessionIdAt(int index) => _sessions.KeyAt(index);

    /// <summary>The position of an action, or -1.</summary>
    internal int ActionIndex(PlanActionId id) => _actions.IndexOf(id);

    /// <summary>The identifier of the action at a position.</summary>
    internal PlanActionId ActionIdAt(int index) => _actions.Stored(index).Id;

    /// <summary>The owner's kind and the session of agreement of the action at a position: what never changes.</summary>
    internal (ActorKind Owner, SessionId AgreedAt) ActionOrigin(int index)
    {
        var action = _actions.Stored(index);
        return (action.Owner.Kind, action.AgreedAt);
    }
}
