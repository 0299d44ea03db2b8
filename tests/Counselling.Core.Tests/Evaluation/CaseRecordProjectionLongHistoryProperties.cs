using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// In a long history the projection counts the evidence as it passes and adds it after the sessions and actions, and it
/// finds sessions and actions by the order the history names them before asking the index: with sessions planned ahead and
/// held, missed or cancelled in any order, actions reviewed long after they were agreed, evidence of several kinds and a
/// closure that cancels what is still planned, it still gives the record of the plain projection by identifiers.
/// </summary>
public sealed class CaseRecordProjectionLongHistoryProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(LongHistoryArbitraries) })]
    public void Projection_OfALongHistory_GivesTheRecordOfAPlainProjectionByIdentifiers(LongRun run)
    {
        var world = new TestWorld();
        var intervention = LongHistoryArbitraries.Record(world, run);
        foreach (var subject in new[] { intervention, Intervention.FromHistory(intervention.History, world.Agency) })
        {
            var (record, plain) = CaseRecordProjectionProperties.AssertProjectedAsThePlainProjection(subject);
            Assert.Equal(plain.Situations, record.Situations);
        }
    }
}

/// <summary>A long run of steps on an active intervention, each a small number read by <see cref="LongHistoryArbitraries.Record"/>.</summary>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Close">Whether the run ends with the closure.</param>
public sealed record LongRun(int[] Steps, bool Close)
{
    public override string ToString() => string.Join(",", Steps) + (Close ? " then closed" : string.Empty);
}

/// <summary>Long runs of steps (most histories well past 64 events): sessions planned ahead and resolved in any order, actions agreed and reviewed in any order, evidence.</summary>
public static class LongHistoryArbitraries
{
    public static Arbitrary<LongRun> Runs()
    {
        var runs =
            from length in Gen.Choose(100, 160)
            from steps in Gen.Choose(0, 999).ArrayOf(length)
            from close in Gen.Elements(true, false)
            select new LongRun(steps, close);
        return Arb.From(runs);
    }

    /// <summary>Brings an intervention to its active phase, then records each step; a step the intervention refuses records nothing.</summary>
    internal static Intervention Record(TestWorld world, LongRun run)
    {
        var intervention = world.Active();
        var by = world.Counsellor;
        var objective = intervention.Objectives[0].Id;
        intervention.AddOption("A", null, by);
        var planned = new List<SessionId>();
        var held = new List<SessionId>();
        var open = new List<PlanActionId>();
        foreach (var step in run.Steps)
        {
            world.Advance(Duration.FromMinutes(30 + (step % 7 * 20)));
            var now = world.Clock.GetCurrentInstant();
            var pick = step / 10;
            try
            {
                switch (step % 10)
                {
                    case 0:
                    case 1:
                        var session = SessionId.New();
                        intervention.PlanSession(session, now.InUtc().LocalDateTime.PlusHours(1 + (pick % 5)), "America/Toronto", by);
                        planned.Add(session);
                        break;
                    case 2:
                    case 3:
                        var toHold = planned.Count > 0 && pick % 4 != 0 ? Take(planned, pick) : SessionId.New();
                        intervention.RecordSession(toHold, now, TestWorld.Concrete(), (SessionProgress)(pick % 3), by);
                        held.Add(toHold);
                        break;
                    case 4 when planned.Count > 0:
                        var missed = planned[pick % planned.Count];
                        intervention.MarkSessionMissed(missed, by);
                        planned.Remove(missed);
                        break;
                    case 5 when planned.Count > 0:
                        var cancelled = planned[pick % planned.Count];
                        intervention.CancelSession(cancelled, by);
                        planned.Remove(cancelled);
                        break;
                    case 6 when held.Count > 0:
                        var action = new PlanAction(PlanActionId.New(), "apply", pick % 2 == 0 ? world.ClientActor : by, held[pick % held.Count]) { Objective = objective };
                        intervention.AgreeAction(action, by);
                        open.Add(action.Id);
                        break;
                    case 7 when open.Count > 0 && held.Count > 0:
                        var reviewed = open[pick % open.Count];
                        intervention.ReviewAction(reviewed, held[^1], pick % 2 == 0 ? PlanActionStatus.Done : PlanActionStatus.NotDone, by);
                        open.Remove(reviewed);
                        break;
                    case 8 when open.Count > 0:
                        intervention.RecordActionStatus(open[pick % open.Count], PlanActionStatus.Done, by);
                        break;
                    default:
                        var at = held.Count > 0 ? held[pick % held.Count] : (SessionId?)null;
                        switch (pick % 4)
                        {
                            case 0: intervention.RecordDecision(new DecisionFact(DecisionKind.Plan, now, ActorKind.Client, at), by); break;
                            case 1: intervention.RecordIndicator(new IndicatorReading(objective, pick % 4, now, ActorKind.Client), by); break;
                            case 2 when at is not null: intervention.RecordJudgement(new JudgementFact(JudgeKind.Joint, JudgementAnswer.NotYetKnown, now, ActorKind.Counsellor, at), by); break;
                            case 2: break;
                            default: intervention.RecordOption(new OptionFact("A", OptionStatus.Pending, now, ActorKind.Client, now.InUtc().Date.PlusDays(30)), by); break;
                        }

                        break;
                }
            }
            catch (ActionRefusedException)
            {
                // Refused: nothing changed, the next step goes on.
            }
        }

        if (run.Close)
        {
            world.Advance(Duration.FromHours(1));
            try
            {
                intervention.Close(ClosureReason.ObjectivesMet, by);
            }
            catch (ActionRefusedException)
            {
                // Refused: the intervention stays open.
            }
        }

        return intervention;
    }

    private static SessionId Take(List<SessionId> sessions, int pick)
    {
        var session = sessions[pick % sessions.Count];
        sessions.Remove(session);
        return session;
    }
}
