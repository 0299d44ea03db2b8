using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;

namespace Counselling.Core.Evaluation;

/// <summary>
/// Projects an <see cref="Intervention"/>'s history into the <see cref="CaseRecord"/> the evaluation engine reads:
/// every session, agreed objective, action and piece of evidence as a fact with the instant it became known (the
/// event's instant, or the fact's own for evidence) and its source (who did it).
/// </summary>
public static class CaseRecordProjection
{
    /// <summary>Builds the case record of an intervention from its history.</summary>
    /// <param name="intervention">The intervention.</param>
    /// <param name="site">The site's code, a grouping key for cohorts, if any.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervention"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// An agreed objective enters the record only when it has what the "indicator reached" criterion needs (an
    /// indicator with a target beyond its baseline, and a deadline); one without is not measurable, and the intervention already
    /// refuses to start the active phase on it.
    /// </remarks>
    public static CaseRecord ToCaseRecord(this Intervention intervention, string? site = null)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        var builder = new CaseRecordBuilder(intervention.Id, intervention.ClientId, intervention.CounsellorId, intervention.Programme.Code, intervention.OpenedAt, intervention.TimeZone)
            .FollowingOn(intervention.PreviousInterventionId)
            .WithSite(site)
            .WithPlannedEnd(intervention.ProgrammeEndDate)
            .Reserve(2 * intervention.Sessions.Count, 2 * intervention.ActionPlan.Count);
        // Planned sessions and their dates, and those still planned at this point of the walk: one pass, no look-ups.
        var scheduled = new Dictionary<SessionId, NodaTime.LocalDate>(intervention.Sessions.Count);
        var stillPlanned = new HashSet<SessionId>(intervention.Sessions.Count);
        var owners = new Dictionary<PlanActionId, (ActorKind Owner, SessionId AgreedAt)>(intervention.ActionPlan.Count);
        // The decisions each option waits for, folded as the intervention folds them: each change is a fact on the option.
        var waiting = new Dictionary<string, PlanOption>(StringComparer.Ordinal);
        foreach (var evt in intervention.History)
        {
            var source = evt.By.Kind;
            switch (evt)
            {
                case SessionPlanned p:
                    scheduled[p.Session] = p.Start.Date;
                    stillPlanned.Add(p.Session);
                    builder.Add(new SessionFact(p.Session, true, SessionStatus.Planned, p.At, source, p.Start.Date));
                    break;
                case SessionRecorded r:
                    stillPlanned.Remove(r.Session);
                    builder.Add(new SessionFact(
                        r.Session, scheduled.ContainsKey(r.Session), SessionStatus.Held, r.At, source, ScheduledOn(scheduled, r.Session), r.Progress,
                        r.Outcomes.Select(o => o.Kind).ToArray()));
                    break;
                case SessionMissed m:
                    stillPlanned.Remove(m.Session);
                    builder.Add(new SessionFact(m.Session, true, SessionStatus.Missed, m.At, source, ScheduledOn(scheduled, m.Session)));
                    break;
                case SessionCancelled c:
                    stillPlanned.Remove(c.Session);
                    builder.Add(new SessionFact(c.Session, true, SessionStatus.Cancelled, c.At, source, ScheduledOn(scheduled, c.Session)));
                    break;
                case ObjectiveAgreed agreed when intervention.FindObjective(agreed.Objective) is { Indicator: { Target: { } target } indicator, Deadline: { } deadline } objective
                    && Intervention.IsMeasurable(objective):
                    builder.Add(new ObjectiveFact(
                        agreed.Objective, deadline, indicator.Baseline ?? 0m, target, indicator.Direction, agreed.At, source));
                    break;
                case PlanActionAgreed a:
                    owners[a.Action.Id] = (a.Action.Owner.Kind, a.Action.AgreedAt);
                    builder.Add(new ActionFact(a.Action.Id, a.Action.Owner.Kind, PlanActionStatus.Agreed, a.At, source, a.Action.AgreedAt));
                    break;
                case PlanActionStatusRecorded s when owners.TryGetValue(s.Action, out var owner):
                    builder.Add(new ActionFact(s.Action, owner.Owner, s.Status, s.At, source, owner.AgreedAt));
                    break;
                case PlanActionReviewed v when owners.TryGetValue(v.Action, out var owner):
                    builder.Add(new ActionFact(v.Action, owner.Owner, v.Outcome, v.At, source, owner.AgreedAt));
                    break;
                case DecisionRecorded d:
                    builder.Add(d.Fact);
                    break;
                case OptionRecorded o:
                    builder.Add(o.Fact);
                    break;
                case SituationRecorded s:
                    builder.Add(s.Fact);
                    break;
                case SatisfactionRecorded s:
                    builder.Add(s.Fact);
                    break;
                case AutonomyAssessed a when a.Assessment.Moment != Situation.AssessmentMoment.AlongTheWay:
                    builder.Add(new AutonomyReading(a.Assessment));
                    break;
                case OptionAdded o:
                    builder.Add(new OptionFact(o.Label, OptionStatus.Explored, o.At, source));
                    break;
                case DecisionAwaited d:
                    waiting[d.Option] = (waiting.TryGetValue(d.Option, out var before) ? before : new PlanOption(d.Option, null, d.At, OptionStatus.Explored, null, d.At))
                        .Awaiting(d.Decision, d.Label, d.ExpectedOn, d.At);
                    builder.Add(waiting[d.Option].ToFact(d.At, source));
                    break;
                case AwaitedDecisionReceived r when waiting.TryGetValue(r.Option, out var awaiting):
                    waiting[r.Option] = awaiting.Receiving(r.Decision, r.Outcome, r.At);
                    builder.Add(waiting[r.Option].ToFact(r.At, source));
                    break;
                case IndicatorMeasured i:
                    builder.Add(i.Fact);
                    break;
                case JudgementRecorded j:
                    builder.Add(j.Fact);
                    break;
                case ContributionRecorded c:
                    builder.Add(c.Fact);
                    break;
                case CourseOutcomeRecorded c:
                    builder.Add(c.Fact);
                    break;
                case InitialQuestionRecorded q:
                    builder.Add(q.Fact);
                    break;
                case CounsellorObjectiveSet o:
                    builder.Add(o.Fact);
                    break;
                case InterventionClosed closed:
                    foreach (var session in intervention.Sessions)
                    {
                        // Closing cancels the sessions still planned then; they show as cancelled from the closure on.
                        if (stillPlanned.Contains(session.Id))
                        {
                            builder.Add(new SessionFact(session.Id, true, SessionStatus.Cancelled, closed.At, source, ScheduledOn(scheduled, session.Id)));
                        }
                    }

                    builder.Close(closed.At, closed.Reason);
                    break;
            }
        }

        return builder.Build();
    }

    private static NodaTime.LocalDate? ScheduledOn(Dictionary<SessionId, NodaTime.LocalDate> scheduled, SessionId session)
        => scheduled.TryGetValue(session, out var date) ? date : null;
}
