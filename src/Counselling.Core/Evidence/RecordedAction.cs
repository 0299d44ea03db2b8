using System;
using System.Runtime.CompilerServices;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// An <see cref="ActionFact"/> as a case record keeps it: 32 bytes instead of 48, the session it was agreed at named by
/// its place among the record's session facts (the first fact of that session) rather than by its 16-byte identifier.
/// A record's action list is the largest after its sessions; smaller facts mean fewer bytes for the engine to read and,
/// in a long history, an array that stays under the large-object heap's threshold for half as many facts again.
/// </summary>
/// <remarks>The place is valid only with the session facts of the record that holds this; <see cref="ToFact"/> reads them.</remarks>
internal readonly struct RecordedAction : IKnownFact, ICompactFact<ActionFact, SessionFact>
{
    /// <summary>The place of no session.</summary>
    public const int NoSession = -1;

    private readonly long _knownTicks;
    private readonly PlanActionId _action;
    private readonly int _agreedAt;
    private readonly byte _owner;
    private readonly byte _status;
    private readonly byte _source;
    private readonly byte _knownNanoseconds;

    /// <summary>Initializes the kept form of an observation.</summary>
    /// <param name="fact">The observation.</param>
    /// <param name="agreedAt">The place of the first fact of the session it was agreed at, or <see cref="NoSession"/>.</param>
    public RecordedAction(in ActionFact fact, int agreedAt)
    {
        (_action, _agreedAt) = (fact.Action, agreedAt);
        (_knownTicks, _knownNanoseconds) = (fact.KnownTicks, fact.KnownNanoseconds);
        (_owner, _status, _source) = (fact.OwnerByte, fact.StatusByte, fact.SourceByte);
    }

    /// <summary>Initializes the kept form of an observation from its parts, with the session named by a place to resolve later.</summary>
    public RecordedAction(PlanActionId action, ActorKind owner, PlanActionStatus status, Instant knownAt, ActorKind source, int agreedAt)
        : this(new ActionFact(action, owner, status, knownAt, source), agreedAt)
    {
    }

    private RecordedAction(in RecordedAction other, int agreedAt)
    {
        this = other;
        _agreedAt = agreedAt;
    }

    /// <summary>Gets the action.</summary>
    public PlanActionId Action => _action;

    /// <summary>Gets who carries it out.</summary>
    public ActorKind Owner => (ActorKind)_owner;

    /// <summary>Gets its status.</summary>
    public PlanActionStatus Status => (PlanActionStatus)_status;

    /// <summary>Gets when this became known.</summary>
    public Instant KnownAt => FactInstant.ToInstant(_knownTicks, _knownNanoseconds);

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source => (ActorKind)_source;

    /// <summary>Gets the place of the first fact of the session it was agreed at, or <see cref="NoSession"/>.</summary>
    public int AgreedAt => _agreedAt;

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => _action.IsDefault;

    /// <summary>Tells whether this was known at the cutoff.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsKnownBy(in KnownCutoff cutoff) => cutoff.Admits(_knownTicks, _knownNanoseconds);

    /// <summary>The same observation with the session named by another place.</summary>
    public RecordedAction WithAgreedAt(int agreedAt) => new(this, agreedAt);

    /// <inheritdoc/>
    public ActionFact ToFact(ReadOnlySpan<SessionFact> named)
        => new(_action, _owner, _status, _knownTicks, _knownNanoseconds, _source, _agreedAt < 0 ? default : named[_agreedAt].Session);
}
