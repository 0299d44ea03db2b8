using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Tests.Properties;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// The projection reads sessions and actions by their positions in the intervention and links their observations as it
/// adds them; a plain projection that finds them by identifier in dictionaries of its own, and lets the builder index and
/// link the facts, gives the same record: the same facts in the same order, the same links between observations, the
/// same evaluation.
/// </summary>
public sealed class CaseRecordProjectionProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public void Projection_GivesTheRecordOfAPlainProjectionByIdentifiers(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            intervention = LifecycleProperties.ApplyOrKeep(world, intervention, command);
        }

        foreach (var subject in new[] { intervention, Intervention.FromHistory(intervention.History, world.Agency) })
        {
            AssertProjectedAsThePlainProjection(subject);
        }
    }

    /// <summary>Asserts that the projection of an intervention gives the facts, links and summary of <see cref="PlainProjection"/>.</summary>
    /// <returns>The projection and the plain projection, for further assertions.</returns>
    internal static (CaseRecord Record, CaseRecord Plain) AssertProjectedAsThePlainProjection(Intervention subject)
    {
        var record = subject.ToCaseRecord("site-1");
        var plain = PlainProjection(subject, "site-1");
        Assert.Equal(plain.Sessions, record.Sessions);
        Assert.Equal(plain.Actions, record.Actions);
        Assert.Equal(plain.Objectives, record.Objectives);
        Assert.Equal(plain.Options, record.Options);
        Assert.Equal(plain.Decisions, record.Decisions);
        Assert.Equal(plain.Readings, record.Readings);
        Assert.Equal(plain.Judgements, record.Judgements);
        Assert.Equal(plain.Autonomy, record.Autonomy);
        Assert.Equal(plain.ClosedAt, record.ClosedAt);
        Assert.Equal(plain.ClosureReason, record.ClosureReason);
        Assert.Equal(plain.SessionNext, record.SessionNext);
        Assert.Equal(plain.ActionNext, record.ActionNext);
        Assert.True(CaseRecordLayoutProperties.KeepsTheActions(record) && CaseRecordLayoutProperties.KeepsTheReadings(record));
        var engine = new EvaluationEngine(BuiltInRubrics.Default);
        var asOf = subject.LastChangeAt;
        Assert.Equal(engine.Summarize(plain, asOf), engine.Summarize(record, asOf));
        return (record, plain);
    }

    /// <summary>The projection as it was first written: dictionaries by identifier, and the builder's own index and links.</summary>
    internal static CaseRecord PlainProjection(Intervention intervention, string site)
    {
        var builder = new CaseRecordBuilder(intervention.Id, intervention.ClientId, intervention.CounsellorId, intervention.Programme.Code, intervention.OpenedAt, intervention.TimeZone)
            .FollowingOn(intervention.PreviousInterventionId)
            .WithSite(site)
            .WithPlannedEnd(intervention.ProgrammeEndDate);
        var scheduled = new Dictionary<SessionId, LocalDate>();
        var stillPlanned = new HashSet<SessionId>();
        var owners = new Dictionary<PlanActionId, (ActorKind Owner, SessionId AgreedAt)>();
        var waiting = new Dictionary<string, PlanOption>(System.StringComparer.Ordinal);
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
                    builder.Add(new ObjectiveFact(agreed.Objective, deadline, indicator.Baseline ?? 0m, target, indicator.Direction, agreed.At, source));
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
                case AutonomyAssessed a when a.Assessment.Moment != Counselling.Core.Situation.AssessmentMoment.AlongTheWay:
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

    private static LocalDate? ScheduledOn(Dictionary<SessionId, LocalDate> scheduled, SessionId session)
        => scheduled.TryGetValue(session, out var date) ? date : null;
}
