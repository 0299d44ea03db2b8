using Counselling.Core.Evidence;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// The objectives side of the aggregate: SMART objectives proposed and agreed by the client, desired
/// benefits, barriers and the action plan, with what the active phase needs and which actions still await their review.
/// </content>
public sealed partial class Intervention
{
    private readonly IndexedList<ObjectiveId, SmartObjective> _objectives = new(static o => o.Id, ShortList);
    private readonly IndexedList<BenefitId, DesiredBenefit> _benefits = new(static b => b.Id, ShortList);
    // Made at the first barrier named or read: most interventions a host loads have none.
    private IndexedList<BarrierId, Barrier>? _barriers;
    private readonly ActionList _actions = new();
    private ProgrammeWindow _window;
    private bool _windowKnown;

    /// <summary>Gets the objectives, proposed or agreed, in the order they were proposed. The list is read-only.</summary>
    public IReadOnlyList<SmartObjective> Objectives => _objectives.View;

    /// <summary>Gets the desired benefits, in the order they were established. The list is read-only.</summary>
    public IReadOnlyList<DesiredBenefit> Benefits => _benefits.View;

    /// <summary>Gets the barriers, in the order they were identified, each with its current status. The list is read-only.</summary>
    public IReadOnlyList<Barrier> Barriers => BarrierList.View;

    /// <summary>Gets the actions of the action plan, in the order they were agreed, each with its status and review. The list is read-only.</summary>
    public IReadOnlyList<PlanAction> ActionPlan => _actions.View;

    /// <summary>Gets the programme's window: from the opening date, as long as the programme allows.</summary>
    public ProgrammeWindow ProgrammeWindow
    {
        get
        {
            // Read from the opening, which never changes: computed once (a window the calendar cannot hold throws each time).
            if (!_windowKnown)
            {
                _window = new ProgrammeWindow(OpenedAt.InZone(_zone).Date, Programme.MaximumDuration);
                _windowKnown = true;
            }

            return _window;
        }
    }

    /// <summary>Proposes an objective co-defined with the client: a proposal and nothing more until the client agrees.</summary>
    /// <param name="objective">The objective, without an agreement; it may be incomplete (validation says what is missing).</param>
    /// <param name="by">Who proposed it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (an empty statement, a negative target or baseline, an
    /// unknown barrier, an objective already proposed or already agreed…).
    /// </exception>
    public void ProposeObjective(SmartObjective objective, Actor by)
    {
        Guard.Known(by);
        var context = ObjectiveContext(InterventionAction.ProposeObjective, objective);
        Execute(in context, new ObjectiveProposed(objective, context.Now, by));
    }

    /// <summary>Says whether an objective may be proposed now, and if not why.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    public Permission CanProposeObjective(SmartObjective objective)
        => Evaluate(ObjectiveContext(InterventionAction.ProposeObjective, objective));

    /// <summary>Reworks a proposed objective with the client, before any agreement (the aspiration negotiated against reality).</summary>
    /// <param name="objective">The objective as revised, with the same identifier and without an agreement.</param>
    /// <param name="by">Who revised it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void ReviseObjective(SmartObjective objective, Actor by)
    {
        Guard.Known(by);
        var context = ObjectiveContext(InterventionAction.ReviseObjective, objective);
        Execute(in context, new ObjectiveRevised(objective, context.Now, by));
    }

    /// <summary>Says whether an objective may be revised now, and if not why.</summary>
    /// <param name="objective">The objective as revised.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is <see langword="null"/>.</exception>
    public Permission CanReviseObjective(SmartObjective objective)
        => Evaluate(ObjectiveContext(InterventionAction.ReviseObjective, objective));

    /// <summary>
    /// Records the client's agreement to a proposed objective at a held session: the agreement is dated by the
    /// clock and names the session. The one who agrees is always the intervention's own client; the counsellor may record
    /// the agreement on the client's behalf (<paramref name="recordedBy"/>), and both are kept.
    /// </summary>
    /// <param name="objective">The objective.</param>
    /// <param name="session">The held session where the client agreed.</param>
    /// <param name="recordedBy">Who records it: the client, or the counsellor on the client's behalf.</param>
    /// <exception cref="ArgumentException">An identifier or actor is the default value.</exception>
    /// <exception cref="ActionRefusedException">
    /// The action is not allowed now; the reasons say why (<c>plan.session-not-held</c>, <c>objective.already-agreed</c>…).
    /// </exception>
    public void AgreeObjective(ObjectiveId objective, SessionId session, Actor recordedBy)
    {
        Guard.Known(recordedBy);
        var client = Actor.Client(ClientId);
        var context = AgreementContext(objective, session, client);
        var agreement = new ObjectiveAgreement(context.Now, session, client, recordedBy);
        Execute(in context, new ObjectiveAgreed(objective, agreement, context.Now, recordedBy));
    }

    /// <summary>Says whether the client may agree to an objective now, at a session, and if not why.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="session">The session.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException">An identifier is the default value.</exception>
    public Permission CanAgreeObjective(ObjectiveId objective, SessionId session)
        => Evaluate(AgreementContext(objective, session, Actor.Client(ClientId)));

    /// <summary>Establishes a desired benefit with the client: what matters to them, linked to objectives.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="benefit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void AddDesiredBenefit(DesiredBenefit benefit, Actor by)
    {
        Guard.Known(by);
        var context = BenefitContext(benefit);
        Execute(in context, new DesiredBenefitAdded(benefit, context.Now, by));
    }

    /// <summary>Says whether a desired benefit may be added now, and if not why.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="benefit"/> is <see langword="null"/>.</exception>
    public Permission CanAddDesiredBenefit(DesiredBenefit benefit)
        => Evaluate(BenefitContext(benefit));

    /// <summary>Identifies a barrier that stops the client acting, often tied to what matters most to them.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="barrier"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is the default actor.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void IdentifyBarrier(Barrier barrier, Actor by)
    {
        Guard.Known(by);
        var context = BarrierContext(barrier);
        Execute(in context, new BarrierIdentified(barrier, context.Now, by));
    }

    /// <summary>Says whether a barrier may be identified now, and if not why.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="barrier"/> is <see langword="null"/>.</exception>
    public Permission CanIdentifyBarrier(Barrier barrier)
        => Evaluate(BarrierContext(barrier));

    /// <summary>Records a barrier's new status as it is worked on.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="status">Its new status.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentException"><paramref name="barrier"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void ChangeBarrierStatus(BarrierId barrier, BarrierStatus status, Actor by)
    {
        Guard.Known(by);
        var context = BarrierStatusContext(barrier, status);
        Execute(in context, new BarrierStatusChanged(barrier, status, context.Now, by));
    }

    /// <summary>Says whether a barrier's status may be changed now, and if not why.</summary>
    /// <param name="barrier">The barrier.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="barrier"/> is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public Permission CanChangeBarrierStatus(BarrierId barrier, BarrierStatus status)
        => Evaluate(BarrierStatusContext(barrier, status));

    /// <summary>
    /// Agrees an action of the action plan with the client at a held session: who does what, by when, for which
    /// objective. The client's agreement is recorded with it (<see cref="PlanAction.Agreement"/>): the one who agrees is
    /// always this intervention's client; the counsellor may record it on the client's behalf, and both are kept.
    /// </summary>
    /// <param name="action">The action, <see cref="PlanActionStatus.Agreed"/>, not reviewed and without an agreement; its owner is a person (never nobody).</param>
    /// <param name="recordedBy">Who records it: the client, or the counsellor on the client's behalf.</param>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordedBy"/> is the default actor, or the action is not freshly agreed.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why (<c>plan.session-not-held</c>…).</exception>
    public void AgreeAction(PlanAction action, Actor recordedBy)
    {
        Guard.Known(recordedBy);
        var context = PlanActionContext(action);
        var client = Actor.Client(ClientId);
        var agreed = action with { Agreement = new ObjectiveAgreement(context.Now, action.AgreedAt, client, recordedBy) };
        context = context with { PlanAction = agreed, AgreedBy = client };
        Execute(in context, new PlanActionAgreed(agreed, context.Now, recordedBy));
    }

    /// <summary>Says whether an action may be agreed now, and if not why.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The action is not freshly agreed.</exception>
    public Permission CanAgreeAction(PlanAction action)
        => Evaluate(PlanActionContext(action));

    /// <summary>Records an action's status between sessions, such as done as the client reports it. It is not a review.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">Its new status.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentException"><paramref name="action"/> or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void RecordActionStatus(PlanActionId action, PlanActionStatus status, Actor by)
    {
        Guard.Known(by);
        var context = ActionStatusContext(action, status);
        Execute(in context, new PlanActionStatusRecorded(action, status, context.Now, by));
    }

    /// <summary>Says whether an action's status may be recorded now, and if not why.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">The new status.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="action"/> is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public Permission CanRecordActionStatus(PlanActionId action, PlanActionStatus status)
        => Evaluate(ActionStatusContext(action, status));

    /// <summary>Reviews an action at a held session later than the one where it was agreed, once.</summary>
    /// <param name="action">The action.</param>
    /// <param name="session">The held session reviewing it.</param>
    /// <param name="outcome">What became of it: done, not done or dropped.</param>
    /// <param name="by">Who recorded it.</param>
    /// <exception cref="ArgumentException">An identifier or <paramref name="by"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is <see cref="PlanActionStatus.Agreed"/> or undefined.</exception>
    /// <exception cref="ActionRefusedException">The action is not allowed now; the reasons say why.</exception>
    public void ReviewAction(PlanActionId action, SessionId session, PlanActionStatus outcome, Actor by)
    {
        Guard.Known(by);
        var context = ReviewContext(action, session, outcome);
        Execute(in context, new PlanActionReviewed(action, session, outcome, context.Now, by));
    }

    /// <summary>Says whether an action may be reviewed now at a session, and if not why.</summary>
    /// <param name="action">The action.</param>
    /// <param name="session">The session.</param>
    /// <param name="outcome">What became of it.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException">An identifier is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is <see cref="PlanActionStatus.Agreed"/> or undefined.</exception>
    public Permission CanReviewAction(PlanActionId action, SessionId session, PlanActionStatus outcome)
        => Evaluate(ReviewContext(action, session, outcome));

    /// <summary>Gets the objective with the given identifier.</summary>
    /// <param name="objective">The identifier.</param>
    /// <returns>The objective, or <see langword="null"/>.</returns>
    public SmartObjective? FindObjective(ObjectiveId objective) => _objectives.Find(objective);

    /// <summary>Gets the desired benefit with the given identifier.</summary>
    /// <param name="benefit">The identifier.</param>
    /// <returns>The benefit, or <see langword="null"/>.</returns>
    public DesiredBenefit? FindBenefit(BenefitId benefit) => _benefits.Find(benefit);

    /// <summary>Gets the barrier with the given identifier.</summary>
    /// <param name="barrier">The identifier.</param>
    /// <returns>The barrier, or <see langword="null"/>.</returns>
    public Barrier? FindBarrier(BarrierId barrier) => _barriers?.Find(barrier);

    /// <summary>Gets the action with the given identifier.</summary>
    /// <param name="action">The identifier.</param>
    /// <returns>The action, or <see langword="null"/>.</returns>
    public PlanAction? FindAction(PlanActionId action) => _actions.Find(action);

    /// <summary>Reads an objective letter by letter, as of now and within the programme's window.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentException">The intervention has no objective with that identifier.</exception>
    public SmartValidationResult ValidateObjective(ObjectiveId objective)
        => Validate(FindObjective(objective) ?? throw new ArgumentException("The intervention has no objective with this identifier.", nameof(objective)), _clock.GetCurrentInstant());

    /// <summary>
    /// Lists the actions agreed at a session and not reviewed at the next session held: a session was held after
    /// the one where they were agreed, and they are still unreviewed.
    /// </summary>
    /// <returns>The unreviewed actions, in the order they were agreed.</returns>
    public IReadOnlyList<UnreviewedAction> UnreviewedActions()
    {
        var unreviewed = new List<UnreviewedAction>();
        foreach (var action in _actions)
        {
            if (!action.IsReviewed && SessionNamed(action.AgreedAt)?.HeldAt is { } agreedAt && NextHeldAfter(agreedAt) is { } next)
            {
                unreviewed.Add(new UnreviewedAction(action.Id, action.AgreedAt, next.Id));
            }
        }

        return unreviewed;
    }

    /// <summary>
    /// Lists the objectives with no action committed by the client ("no action, no result"): no action owned by
    /// the client serves them, dropped actions aside.
    /// </summary>
    /// <returns>The objectives flagged, in the order they were proposed.</returns>
    public IReadOnlyList<ObjectiveId> ObjectivesWithoutClientAction()
    {
        var flagged = new List<ObjectiveId>();
        foreach (var objective in _objectives)
        {
            if (!_actions.View.Any(a => a.Objective == objective.Id && a.IsOwnedByClient && a.Status != PlanActionStatus.Dropped))
            {
                flagged.Add(objective.Id);
            }
        }

        return flagged;
    }

    /// <summary>An objective agreed by the client passes SMART validation as of <paramref name="now"/> and has a desired benefit.</summary>
    internal bool HasActivatableObjective(Instant now)
    {
        foreach (var objective in _objectives)
        {
            if (objective.IsAgreed && HasBenefit(objective.Id) && SmartObjectiveValidator.Holds(objective, ProgrammeWindow, Today(now), _zone))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Details the activation check: which agreed objective fails which letter, and which has no desired benefit.</summary>
    internal void ExplainActivation(List<Reason> reasons)
    {
        var now = _clock.GetCurrentInstant();
        for (var i = 0; i < _objectives.Count; i++)
        {
            var objective = _objectives[i];
            if (!objective.IsAgreed)
            {
                continue;
            }

            var number = new ReasonArgument("number", i + 1);
            var id = new ReasonArgument("objective", objective.Id);
            foreach (var failure in Validate(objective, now).Failures)
            {
                reasons.Add(new Reason("activation.objective-fails-letter", number, new ReasonArgument("letter", failure.Letter), new ReasonArgument("failure", failure.Reason), id));
            }

            if (!HasBenefit(objective.Id))
            {
                reasons.Add(new Reason("activation.objective-without-benefit", number, id));
            }
        }
    }

    internal bool KnowsEveryBarrier(ImmutableArray<BarrierId> barriers) => _barriers is { } known ? KnowsEvery(known, barriers) : barriers.IsEmpty;

    private IndexedList<BarrierId, Barrier> BarrierList => _barriers ??= new(static b => b.Id);

    internal bool KnowsEveryObjective(ImmutableArray<ObjectiveId> objectives) => KnowsEvery(_objectives, objectives);

    /// <summary>The reviewing session was held after the session where the action was agreed.</summary>
    internal bool ReviewFollowsAgreement(PlanActionId action, SessionId session)
        => _actions.IndexOf(action) is not (var index and >= 0)
           || SessionNamed(session)?.HeldAt is not { } reviewedAt
           || (session != _actions.Stored(index).AgreedAt && SessionNamed(_actions.Stored(index).AgreedAt)?.HeldAt is { } agreedAt && reviewedAt > agreedAt);

    /// <summary>Whether the plan holds an action with this identifier (read without making any action's new form).</summary>
    internal bool KnowsAction(PlanActionId action) => _actions.IndexOf(action) >= 0;

    /// <summary>Whether no action of the plan has this identifier, asked of an action being agreed.</summary>
    internal bool IsNewAction(PlanActionId action) => _actions.IsNew(action);

    /// <summary>The status of an action of the plan, or <see langword="null"/> for an unknown one.</summary>
    internal PlanActionStatus? ActionStatus(PlanActionId action) => _actions.IndexOf(action) is var i and >= 0 ? _actions.StatusAt(i) : null;

    /// <summary>Whether an action of the plan was reviewed (an unknown one was not).</summary>
    internal bool IsActionReviewed(PlanActionId action) => _actions.IndexOf(action) is var i and >= 0 && _actions.IsReviewedAt(i);

    private SmartValidationResult Validate(SmartObjective objective, Instant now)
        => SmartObjectiveValidator.Check(objective, ProgrammeWindow, Today(now), _zone);

    /// <summary>Whether a list holds every identifier named (a loop: no delegate made per question).</summary>
    private static bool KnowsEvery<TId, T>(IndexedList<TId, T> list, ImmutableArray<TId> ids)
        where TId : struct, IEquatable<TId>
        where T : class
    {
        foreach (var id in ids)
        {
            if (!list.Contains(id))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasBenefit(ObjectiveId objective)
    {
        foreach (var benefit in _benefits)
        {
            if (benefit.Motivates(objective))
            {
                return true;
            }
        }

        return false;
    }

    private Session? NextHeldAfter(Instant heldAt)
    {
        Session? next = null;
        foreach (var session in _sessions)
        {
            if (session.HeldAt is { } at && at > heldAt && (next is null || at < next.HeldAt))
            {
                next = session;
            }
        }

        return next;
    }

    private ObjectiveInput ObjectiveContext(InterventionAction action, SmartObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return new ObjectiveInput(action, _clock.GetCurrentInstant(), false, objective);
    }

    private ObjectiveAgreementInput AgreementContext(ObjectiveId objective, SessionId session, Actor client)
    {
        Guard.NotDefault(objective);
        Guard.NotDefault(session);
        Guard.Known(client);
        return new ObjectiveAgreementInput(_clock.GetCurrentInstant(), false, objective, session, client);
    }

    private BenefitInput BenefitContext(DesiredBenefit benefit)
    {
        ArgumentNullException.ThrowIfNull(benefit);
        return new BenefitInput(_clock.GetCurrentInstant(), false, benefit);
    }

    private BarrierInput BarrierContext(Barrier barrier)
    {
        ArgumentNullException.ThrowIfNull(barrier);
        return new BarrierInput(_clock.GetCurrentInstant(), false, barrier);
    }

    private BarrierStatusInput BarrierStatusContext(BarrierId barrier, BarrierStatus status)
    {
        Guard.NotDefault(barrier);
        Guard.Defined(status);
        return new BarrierStatusInput(_clock.GetCurrentInstant(), false, barrier, status);
    }

    private PlanActionInput PlanActionContext(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Status != PlanActionStatus.Agreed || action.IsReviewed)
        {
            throw new ArgumentException("An action enters the plan as agreed and not reviewed; record its status or review it afterwards.", nameof(action));
        }

        return new PlanActionInput(_clock.GetCurrentInstant(), false, action, default);
    }

    private ActionStatusInput ActionStatusContext(PlanActionId action, PlanActionStatus status)
    {
        Guard.NotDefault(action);
        Guard.Defined(status);
        return new ActionStatusInput(_clock.GetCurrentInstant(), false, action, status);
    }

    private ReviewInput ReviewContext(PlanActionId action, SessionId session, PlanActionStatus outcome)
    {
        Guard.NotDefault(action);
        Guard.NotDefault(session);
        if (Guard.Defined(outcome) == PlanActionStatus.Agreed)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), "A review says what became of the action: done, not done or dropped.");
        }

        return new ReviewInput(_clock.GetCurrentInstant(), false, action, session, outcome);
    }

}
