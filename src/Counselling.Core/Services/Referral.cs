using System;
using System.Collections.Generic;
using Counselling.Core.Common;
using NodaTime;
using Stateless;

namespace Counselling.Core.Services;

/// <summary>
/// A referral of a client, within an intervention, to a service of the catalogue: proposed, then accepted, started and
/// completed, or declined, missed (no-show) or cancelled. The referral to a psychologist or another specialist
/// recommended after sessions without progress is one of them, with its <see cref="Origin"/>.
/// </summary>
/// <remarks>
/// <para>The lifecycle is a Stateless machine kept private; <see cref="Check"/> says whether an action is allowed now
/// and, if not, every reason. A refused action throws <see cref="ActionRefusedException"/> and changes nothing. Every
/// change is attributed and dated from the injected clock (<see cref="History"/>).</para>
/// <para>Not thread-safe: one instance serves one unit of work.</para>
/// </remarks>
public sealed class Referral : ILifecycleSubject
{
    private static readonly LifecycleTable<ReferralState, ReferralAction, Referral> Table = BuildTable();

    private readonly IClock _clock;
    private readonly List<ReferralChange> _history = [];
    private StateMachine<ReferralState, ReferralAction>? _machine;
    private LifecycleAttempt _pending;
    private ReferralState _state = ReferralState.Proposed;

    private Referral(ReferralId id, InterventionId intervention, ServiceId service, ReferralOrigin origin, IClock clock)
    {
        Id = id;
        Intervention = intervention;
        Service = service;
        Origin = origin;
        _clock = clock;
    }

    /// <summary>Gets the referral's identifier.</summary>
    public ReferralId Id { get; }

    /// <summary>Gets the intervention the referral was made in.</summary>
    public InterventionId Intervention { get; }

    /// <summary>Gets the service referred to.</summary>
    public ServiceId Service { get; }

    /// <summary>Gets why the referral was made.</summary>
    public ReferralOrigin Origin { get; }

    /// <summary>Gets where the referral stands.</summary>
    public ReferralState State => _state;

    /// <summary>Gets a value indicating whether the referral has ended (completed, declined, no-show or cancelled).</summary>
    public bool IsEnded => _state is ReferralState.Completed or ReferralState.Declined or ReferralState.NoShow or ReferralState.Cancelled;

    /// <summary>Gets every change, the proposal first.</summary>
    public IReadOnlyList<ReferralChange> History => _history;

    /// <summary>Gets when the last change happened.</summary>
    public Instant LastChangeAt => _history[^1].At;

    private StateMachine<ReferralState, ReferralAction> Machine
        => _machine ??= Table.Build(() => _state, s => _state = s, rule => rule.IsSatisfied(this, in _pending));

    /// <summary>Proposes a referral to a service of the catalogue.</summary>
    /// <param name="id">The referral's identifier.</param>
    /// <param name="intervention">The intervention it is made in.</param>
    /// <param name="catalogue">The catalogue the service must be in.</param>
    /// <param name="service">The service.</param>
    /// <param name="origin">Why the referral is made.</param>
    /// <param name="by">Who proposes it.</param>
    /// <param name="clock">The clock that dates every change.</param>
    /// <returns>The referral, <see cref="ReferralState.Proposed"/>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An identifier or the actor is the default value.</exception>
    /// <exception cref="ActionRefusedException">The service is not in the catalogue (<c>referral.service-not-in-catalogue</c>) or takes nobody now (<c>referral.service-inactive</c>).</exception>
    public static Referral Propose(
        ReferralId id, InterventionId intervention, ServiceCatalogue catalogue, ServiceId service, ReferralOrigin origin, Actor by, IClock clock)
    {
        Guard.NotDefault(id);
        Guard.NotDefault(intervention);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(clock);
        Guard.Known(by);
        if (service.IsDefault)
        {
            throw new ArgumentException("The service must not be the default value.", nameof(service));
        }

        if (RefusalOf(catalogue, service, out _) is { } refusal)
        {
            throw new ActionRefusedException(nameof(Propose), [refusal]);
        }

        return Made(id, intervention, service, origin, clock.GetCurrentInstant(), by, clock);
    }

    /// <summary>Says whether an action is allowed now for an actor and, if not, every reason.</summary>
    /// <param name="action">The action.</param>
    /// <param name="by">Who would do it.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    public Permission Check(ReferralAction action, Actor by)
        => Table.Check(_state, Guard.Defined(action), this, new LifecycleAttempt(Guard.Known(by), _clock.GetCurrentInstant(), default));

    /// <summary>The client or the partner accepts the referral.</summary>
    /// <param name="by">The client or the partner.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the referral is unchanged.</exception>
    public void Accept(Actor by) => Do(ReferralAction.Accept, by);

    /// <summary>The client starts with the service.</summary>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the referral is unchanged.</exception>
    public void Start(Actor by) => Do(ReferralAction.Start, by);

    /// <summary>The client went through the service to its end.</summary>
    /// <param name="by">Who records it.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the referral is unchanged.</exception>
    public void Complete(Actor by) => Do(ReferralAction.Complete, by);

    /// <summary>The client or the partner says no.</summary>
    /// <param name="by">The client or the partner.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the referral is unchanged.</exception>
    public void Decline(Actor by) => Do(ReferralAction.Decline, by);

    /// <summary>The client did not come to the first appointment.</summary>
    /// <param name="by">The counsellor or the partner.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the referral is unchanged.</exception>
    public void RecordNoShow(Actor by) => Do(ReferralAction.RecordNoShow, by);

    /// <summary>The referral is called off.</summary>
    /// <param name="by">Who calls it off.</param>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is refused; the referral is unchanged.</exception>
    public void Cancel(Actor by) => Do(ReferralAction.Cancel, by);

    /// <summary>Returns the identifier, the state and the service: never the client.</summary>
    /// <returns>The referral as text.</returns>
    public override string ToString() => Id + " (" + _state + ", " + Service + ")";

    /// <summary>Why a referral to a service of a catalogue is refused: not in it, or taking nobody now; <see langword="null"/> when it may be made.</summary>
    internal static Reason? RefusalOf(ServiceCatalogue catalogue, ServiceId service, out Service? found)
    {
        if (!catalogue.TryFind(service, out found))
        {
            return new Reason(ServicesCodes.ServiceNotInCatalogue, new ReasonArgument("service", service.Value ?? "none"));
        }

        return found.IsActive ? null : new Reason(ServicesCodes.ServiceInactive, new ReasonArgument("service", found.Name));
    }

    /// <summary>A referral made at a known instant: what an intervention records, and what its rebuild restores.</summary>
    internal static Referral Made(ReferralId id, InterventionId intervention, ServiceId service, ReferralOrigin origin, Instant at, Actor by, IClock clock)
    {
        var referral = new Referral(id, intervention, service, origin, clock);
        referral._history.Add(new ReferralChange(null, null, ReferralState.Proposed, at, by));
        return referral;
    }

    /// <summary>Says whether an action is allowed at an instant, by the referral's own lifecycle and rules.</summary>
    internal Permission CheckAt(ReferralAction action, Actor by, Instant at)
        => Table.Check(_state, action, this, new LifecycleAttempt(by, at, default));

    /// <summary>Records an action its lifecycle allows (checked with <see cref="CheckAt"/>) at an instant, without firing the machine.</summary>
    internal ReferralChange RecordAt(ReferralAction action, Actor by, Instant at)
    {
        if (!Table.TryTarget(_state, action, out var to))
        {
            throw new InvalidOperationException("The referral's lifecycle does not allow this action now.");
        }

        var change = new ReferralChange(action, _state, to, at, by);
        _state = to;
        _history.Add(change);
        return change;
    }

    internal static System.Collections.Generic.IEnumerable<string> Rules(ReferralAction action) => System.Linq.Enumerable.Select(Table.RulesFor(action), r => r.Code);

    internal static StateMachine<ReferralState, ReferralAction> Describe() => Table.Describe(ReferralState.Proposed);

    internal static IEnumerable<(ReferralState From, ReferralAction Action, ReferralState To)> Moves => Table.Moves;

    private static LifecycleTable<ReferralState, ReferralAction, Referral> BuildTable()
    {
        var clock = ClockMovesForwardRule<Referral>.Instance;
        return new LifecycleTable<ReferralState, ReferralAction, Referral>(ServicesCodes.ReferralNotAllowedInState)
            .Rules(ReferralAction.Accept, ReferralAnswerIsByClientOrPartnerRule.Instance, clock)
            .Rules(ReferralAction.Decline, ReferralAnswerIsByClientOrPartnerRule.Instance, clock)
            .Rules(ReferralAction.RecordNoShow, ReferralNoShowIsRecordedByCounsellorOrPartnerRule.Instance, clock)
            .Rules(ReferralAction.Start, clock)
            .Rules(ReferralAction.Complete, clock)
            .Rules(ReferralAction.Cancel, clock)
            .Move(ReferralState.Proposed, ReferralAction.Accept, ReferralState.Accepted)
            .Move(ReferralState.Proposed, ReferralAction.Decline, ReferralState.Declined)
            .Move(ReferralState.Proposed, ReferralAction.Cancel, ReferralState.Cancelled)
            .Move(ReferralState.Accepted, ReferralAction.Start, ReferralState.Started)
            .Move(ReferralState.Accepted, ReferralAction.RecordNoShow, ReferralState.NoShow)
            .Move(ReferralState.Accepted, ReferralAction.Decline, ReferralState.Declined)
            .Move(ReferralState.Accepted, ReferralAction.Cancel, ReferralState.Cancelled)
            .Move(ReferralState.Started, ReferralAction.Complete, ReferralState.Completed)
            .Move(ReferralState.Started, ReferralAction.Cancel, ReferralState.Cancelled);
    }

    private void Do(ReferralAction action, Actor by)
    {
        var attempt = new LifecycleAttempt(Guard.Known(by), _clock.GetCurrentInstant(), default);
        var permission = Table.Check(_state, action, this, in attempt);
        if (!permission.IsAllowed)
        {
            throw new ActionRefusedException(action.ToString(), permission.Reasons);
        }

        var from = _state;
        _pending = attempt;
        Machine.Fire(action);
        _history.Add(new ReferralChange(action, from, _state, attempt.Now, by));
    }
}
