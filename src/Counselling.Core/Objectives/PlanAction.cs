using Counselling.Core.Evidence;
using System;

using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// An action of the action plan ("who does what"): its owner (the client, the counsellor, a partner or a relative),
/// its due date, the session where it was agreed and the session where it was reviewed, and its status. Work between
/// sessions feeds the next one: an action agreed at one session is reviewed at the next, once.
/// </summary>
/// <remarks>
/// The status and the review change only through <see cref="WithStatus"/> and <see cref="Review"/>, which check them.
/// The text is the client's and counsellor's words: it never appears in <see cref="ToString"/> or in exception messages.
/// </remarks>
public sealed record PlanAction
{
    private readonly ObjectiveId? _objective;
    private readonly LocalDate? _due;

    /// <summary>Initializes a new action, <see cref="PlanActionStatus.Agreed"/> at a session.</summary>
    /// <param name="id">The action's identifier.</param>
    /// <param name="what">What is to be done.</param>
    /// <param name="owner">Who does it: a client, counsellor, partner or relative; never nobody or the system.</param>
    /// <param name="agreedAt">The session where it was agreed.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> or <paramref name="agreedAt"/> is the default identifier, <paramref name="what"/> shows nothing, is longer than <see cref="TextLimits.Label"/> or is not valid Unicode,
    /// or <paramref name="owner"/> is nobody or the system.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="what"/> is <see langword="null"/>.</exception>
    public PlanAction(PlanActionId id, string what, Actor owner, SessionId agreedAt)
    {
        Id = Guard.NotDefault(id);
        What = Bounds.Required(what, TextLimits.Label);
        Owner = CheckOwner(owner);
        AgreedAt = Guard.NotDefault(agreedAt);
        Status = PlanActionStatus.Agreed;
    }

    /// <summary>Gets the action's identifier.</summary>
    public PlanActionId Id { get; }

    /// <summary>Gets what is to be done.</summary>
    [PersonalData]
    public string What { get; }

    /// <summary>Gets who does it.</summary>
    public Actor Owner { get; }

    /// <summary>Gets the session where the action was agreed.</summary>
    public SessionId AgreedAt { get; }

    /// <summary>Gets the date it is due, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside <see cref="SupportedDates"/> (on set).</exception>
    public LocalDate? Due
    {
        get => _due;
        init => _due = value is { } due ? Bounds.Date(due, nameof(Due)) : null;
    }

    /// <summary>Gets the objective the action serves, if any.</summary>
    /// <exception cref="ArgumentException">The value is the default identifier (on set).</exception>
    public ObjectiveId? Objective
    {
        get => _objective;
        init => _objective = value is { } id ? Guard.NotDefault(id, nameof(Objective)) : null;
    }

    /// <summary>
    /// Gets the client's agreement to the action (who agreed, when, at which session, recorded by whom), or
    /// <see langword="null"/> when only the action was recorded. The plan is co-defined: the client agrees to it.
    /// </summary>
    public ObjectiveAgreement? Agreement { get; init; }

    /// <summary>Gets where the action stands.</summary>
    public PlanActionStatus Status { get; private init; }

    /// <summary>Gets the session where the action was reviewed; <see langword="null"/> until then.</summary>
    public SessionId? ReviewedAt { get; private init; }

    /// <summary>Gets a value indicating whether the action was reviewed at a session.</summary>
    public bool IsReviewed => ReviewedAt.HasValue;

    /// <summary>Gets a value indicating whether the client owns the action: the client committed to act.</summary>
    public bool IsOwnedByClient => Owner.Kind == ActorKind.Client;

    /// <summary>Returns a copy with a new status, such as <see cref="PlanActionStatus.Done"/> reported between sessions.</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The copy; this action is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a member of <see cref="PlanActionStatus"/>.</exception>
    public PlanAction WithStatus(PlanActionStatus status) => this with { Status = Guard.Defined(status) };

    /// <summary>
    /// Returns a copy reviewed at a session with its outcome. An action is reviewed once; to carry an unfinished action
    /// over, mark it <see cref="PlanActionStatus.NotDone"/> and agree a new one.
    /// </summary>
    /// <param name="session">The session reviewing it: not the one where it was agreed.</param>
    /// <param name="outcome">What became of it: done, not done or dropped.</param>
    /// <returns>The copy; this action is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default identifier or the session where the action was agreed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is <see cref="PlanActionStatus.Agreed"/> or not a member of <see cref="PlanActionStatus"/>.</exception>
    /// <exception cref="InvalidOperationException">The action was already reviewed.</exception>
    public PlanAction Review(SessionId session, PlanActionStatus outcome)
    {
        CheckReview(session, outcome, IsReviewed);
        return this with { Status = outcome, ReviewedAt = session };
    }

    /// <summary>The checks of <see cref="Review"/>, in its order, for an action whose review is <paramref name="reviewed"/> (kept beside it by the aggregate).</summary>
    internal void CheckReview(SessionId session, PlanActionStatus outcome, bool reviewed)
    {
        Guard.NotDefault(session);
        if (session == AgreedAt)
        {
            throw new ArgumentException("An action is reviewed at a later session than the one where it was agreed.", nameof(session));
        }

        if (Guard.Defined(outcome) == PlanActionStatus.Agreed)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), "A review says what became of the action: done, not done or dropped.");
        }

        if (reviewed)
        {
            throw new InvalidOperationException("The action was already reviewed; an action is reviewed once.");
        }
    }

    /// <summary>A copy with the status and review the aggregate kept beside this action (checked when they were recorded).</summary>
    internal PlanAction Changed(PlanActionStatus status, SessionId? reviewedAt) => this with { Status = status, ReviewedAt = reviewedAt };

    /// <summary>Returns the identifier, the owner's kind and the status: never the words.</summary>
    /// <returns>The action as text, such as <c>action:… (Client, Agreed)</c>.</returns>
    public override string ToString() => Id + " (" + Owner.Kind + ", " + Status + (IsReviewed ? ", reviewed" : string.Empty) + ")";

    private static Actor CheckOwner(Actor owner)
    {
        Guard.Known(owner);
        return owner.Kind == ActorKind.System
            ? throw new ArgumentException("An action is owned by a person: the client, the counsellor, a partner or a relative.", nameof(owner))
            : owner;
    }
}
