using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Rules;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// "May I?" with the action's own arguments: each <c>Can…</c> query builds exactly the context its action builds and asks
/// the same lifecycle table and rules, so the answer and the action never disagree. <see cref="Check"/> asks without
/// arguments (may the action be offered at all?); these ask about one precise request.
/// </content>
public sealed partial class Intervention
{
    /// <summary>Says whether the diagnosis may be recorded as shared at a session now, and if not why.</summary>
    /// <param name="session">The held session where it was shared.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default value.</exception>
    public Permission CanShareDiagnosis(SessionId session)
        => Evaluate(ShareDiagnosisContext(session));

    /// <summary>Says whether the intervention may be put on hold now, until a date, and if not why (a date already past, for one).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="expectedBy">When the decision is expected, in the agency's zone.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is undefined.</exception>
    public Permission CanPutOnHold(HoldReason reason, LocalDate expectedBy)
        => Evaluate(PutOnHoldContext(reason, expectedBy));

    /// <summary>Says whether a session may be planned now at a local date and time in a zone, and if not why.</summary>
    /// <param name="session">The new session's identifier.</param>
    /// <param name="start">The local date and time.</param>
    /// <param name="zoneId">The zone, such as <c>Europe/Brussels</c>.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default value, or <paramref name="zoneId"/> is unknown (<c>argument.unknown-zone</c>).</exception>
    public Permission CanPlanSession(SessionId session, LocalDateTime start, string zoneId)
        => Evaluate(PlanSessionContext(session, start, zoneId));

    /// <summary>Says whether a session may be recorded now as held, with these outcomes, and if not why.</summary>
    /// <param name="session">The session: a planned one, or a new identifier.</param>
    /// <param name="heldAt">When it was held.</param>
    /// <param name="outcomes">The concrete outcomes.</param>
    /// <param name="progress">Whether the client progressed.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="session"/> or an outcome is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is undefined.</exception>
    public Permission CanRecordSession(SessionId session, Instant heldAt, IEnumerable<SessionOutcome> outcomes, SessionProgress progress)
        => Evaluate(RecordSessionContext(session, heldAt, Outcomes(outcomes), progress));

    /// <summary>Says whether a planned session may be marked as missed now, and if not why.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default value.</exception>
    public Permission CanMarkSessionMissed(SessionId session)
        => Evaluate(SessionContext(InterventionAction.MarkSessionMissed, session));

    /// <summary>Says whether a planned session may be cancelled now, and if not why.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default value.</exception>
    public Permission CanCancelSession(SessionId session)
        => Evaluate(SessionContext(InterventionAction.CancelSession, session));

    /// <summary>Says whether a decision may be recorded now, and if not why.</summary>
    /// <param name="fact">The decision.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(DecisionFact fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, fact.Session ?? default, default);

    /// <summary>Says whether an option's status may be recorded now, and if not why.</summary>
    /// <param name="fact">The option's status.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(OptionFact fact)
        => Evaluate(EvidenceContext(fact.IsDefault, fact.KnownAt, default, default) with { Option = fact });

    /// <summary>Says whether a situation may be recorded now, and if not why.</summary>
    /// <param name="fact">The situation.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(SituationFact fact)
        => Evaluate(EvidenceContext(fact.IsDefault, fact.KnownAt, default, default) with { IsFollowUp = fact.IsFollowUp });

    /// <summary>Says whether a satisfaction answer may be recorded now, and if not why.</summary>
    /// <param name="fact">The answer.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(SatisfactionAnswer fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, default, default);

    /// <summary>Says whether an indicator reading may be recorded now, and if not why.</summary>
    /// <param name="fact">The reading.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(IndicatorReading fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, default, fact.Objective);

    /// <summary>Says whether the client's initial question may be recorded now, and if not why.</summary>
    /// <param name="fact">The question.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(InitialQuestionFact fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, default, default);

    /// <summary>Says whether one of the counsellor's objectives for the intervention may be recorded now, and if not why.</summary>
    /// <param name="fact">The objective.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(CounsellorObjectiveFact fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, default, default);

    /// <summary>Says whether a judgement of the intervention may be recorded now, and if not why.</summary>
    /// <param name="fact">The judgement.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(JudgementFact fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, fact.Session ?? default, default);

    /// <summary>Says whether a third party's contribution may be recorded now, and if not why.</summary>
    /// <param name="fact">The contribution.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(ContributionFact fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, default, default);

    /// <summary>Says whether a course's outcome may be recorded now, and if not why.</summary>
    /// <param name="fact">The course's outcome.</param>
    /// <returns>The permission.</returns>
    /// <exception cref="ArgumentException"><paramref name="fact"/> is the default value.</exception>
    public Permission CanRecord(CourseFact fact) => CanRecordEvidence(fact.IsDefault, fact.KnownAt, default, default);

    /// <summary>Whether a planned session's start has passed: something a screen may mark as missed.</summary>
    internal bool HasDueSession(Instant now)
    {
        if (_plannedSessions == 0)
        {
            return false;
        }

        foreach (var session in _sessions)
        {
            if (session.Status == SessionStatus.Planned && StartOf(session) <= now)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an objective waits for the client's agreement.</summary>
    internal bool HasProposal
    {
        get
        {
            foreach (var objective in Objectives)
            {
                if (!objective.IsAgreed)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether an action of the plan is not reviewed yet.</summary>
    internal bool HasUnreviewedAction
    {
        get
        {
            for (var i = 0; i < _actions.Count; i++)
            {
                if (!_actions.IsReviewedAt(i))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static ImmutableArray<SessionOutcome> Outcomes(IEnumerable<SessionOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);

        // An array (what callers mostly pass) is copied straight, with no enumeration through the interface.
        var list = outcomes switch
        {
            SessionOutcome[] array => ImmutableArray.Create(array),
            ImmutableArray<SessionOutcome> { IsDefault: false } immutable => immutable,
            _ => outcomes.ToImmutableArray(),
        };
        foreach (var outcome in list)
        {
            if (outcome.IsDefault)
            {
                throw new ArgumentException("A session outcome must have a kind and a summary.", nameof(outcomes));
            }
        }

        return list;
    }

    private DiagnosisInput ShareDiagnosisContext(SessionId session, Actor agreedBy = default)
    {
        Guard.NotDefault(session);
        return new DiagnosisInput(_clock.GetCurrentInstant(), false, session, agreedBy);
    }

    private HoldInput PutOnHoldContext(HoldReason reason, LocalDate expectedBy)
    {
        Guard.Defined(reason);
        return new HoldInput(_clock.GetCurrentInstant(), false, expectedBy);
    }

    private PlanSessionInput PlanSessionContext(SessionId session, LocalDateTime start, string zoneId)
    {
        Guard.NotDefault(session);
        Guard.Zone(_zones, zoneId);
        return new PlanSessionInput(_clock.GetCurrentInstant(), false, session, start, zoneId);
    }

    private RecordSessionInput RecordSessionContext(SessionId session, Instant heldAt, ImmutableArray<SessionOutcome> outcomes, SessionProgress progress)
    {
        Guard.NotDefault(session);
        Guard.Defined(progress);
        return new RecordSessionInput(_clock.GetCurrentInstant(), false, session, heldAt, outcomes.Length);
    }

    private SessionInput SessionContext(InterventionAction action, SessionId session)
    {
        Guard.NotDefault(session);
        return new SessionInput(action, _clock.GetCurrentInstant(), false, session);
    }

    private EvidenceInput EvidenceContext(bool isDefault, Instant knownAt, SessionId session, ObjectiveId objective)
    {
        if (isDefault)
        {
            throw new ArgumentException("The evidence must be built with its constructor: the default value is no fact.", "fact");
        }

        return new EvidenceInput(_clock.GetCurrentInstant(), false, knownAt, session, objective);
    }

    private Permission CanRecordEvidence(bool isDefault, Instant knownAt, SessionId session, ObjectiveId objective)
        => Evaluate(EvidenceContext(isDefault, knownAt, session, objective));
}
