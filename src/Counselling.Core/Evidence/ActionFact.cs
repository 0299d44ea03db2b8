using System;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Evidence;

/// <summary>
/// What was known of one between-session action at an instant: who owns it, where it was agreed and its status.
/// Observed again when reviewed, the latest observation known at the as-of instant counts; a reviewed action never
/// returns to <see cref="PlanActionStatus.Agreed"/>.
/// </summary>
/// <remarks>The default value names no action and is refused by <see cref="CaseRecordBuilder"/>.</remarks>
public readonly record struct ActionFact : IKnownFact
{
    /// <summary>Initializes a new observation of an action.</summary>
    /// <param name="action">The action.</param>
    /// <param name="owner">Who carries it out: the client, the counsellor, a partner or a relative (an aunt who helps).</param>
    /// <param name="status">Its status.</param>
    /// <param name="knownAt">When this became known.</param>
    /// <param name="source">Who recorded it.</param>
    /// <param name="agreedAt">The session it was agreed at, if known; the record must hold that session.</param>
    /// <exception cref="ArgumentException"><paramref name="action"/> or <paramref name="agreedAt"/> is the default identifier, or
    /// <paramref name="owner"/> or <paramref name="source"/> is <see cref="ActorKind.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="knownAt"/> lies outside <see cref="SupportedDates"/>.</exception>
    public ActionFact(PlanActionId action, ActorKind owner, PlanActionStatus status, Instant knownAt, ActorKind source, SessionId? agreedAt = null)
    {
        Action = Guard.NotDefault(action);
        Owner = EvidenceGuard.Source(owner);
        Status = Guard.Defined(status);
        KnownAt = Bounds.Instant(knownAt);
        Source = EvidenceGuard.Source(source);
        AgreedAt = agreedAt is { } session ? Guard.NotDefault(session, nameof(agreedAt)) : null;
    }

    /// <summary>Gets the action.</summary>
    public PlanActionId Action { get; }

    /// <summary>Gets who carries it out.</summary>
    public ActorKind Owner { get; }

    /// <summary>Gets its status.</summary>
    public PlanActionStatus Status { get; }

    /// <summary>Gets when this became known.</summary>
    public Instant KnownAt { get; }

    /// <summary>Gets who recorded it.</summary>
    public ActorKind Source { get; }

    /// <summary>Gets the session it was agreed at, if known.</summary>
    public SessionId? AgreedAt { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Action.IsDefault;
}
