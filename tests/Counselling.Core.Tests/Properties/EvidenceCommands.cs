using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// The evidence steps of the lifecycle's random action sequences (kinds 22 to 25 of <see cref="LifecycleProperties"/>):
/// every kind of fact a counsellor records, known now or a little earlier, follow-ups included, and objectives agreed
/// with indicators the evaluation cannot measure, so that what the aggregate accepts meets what its record reads.
/// </summary>
internal static class EvidenceCommands
{
    private static readonly string[] Labels = ["A", "B"];

    /// <summary>Applies the evidence step <paramref name="variant"/> (0 to 27) of a command.</summary>
    public static Intervention Apply(TestWorld world, Intervention intervention, LifecycleCommand c, int variant)
    {
        var by = world.Counsellor;
        var now = world.Clock.GetCurrentInstant();
        var knownAt = now - Duration.FromHours(c.B * 30);
        var source = (ActorKind)(c.A % 3 + 1);
        switch (variant % 28)
        {
            case 0: intervention.RecordSituation(new SituationFact(SituationKind.Employed, knownAt, source), by); break;
            case 1: intervention.RecordSituation(new SituationFact(SituationKind.InTraining, knownAt, source, 3), by); break;
            case 2: intervention.RecordSituation(new SituationFact(SituationKind.Employed, now, source, 6, new JobQuality(ContractKind.Permanent, 35, 2000, true, c.B > 1)), by); break;
            case 3: intervention.RecordSituation(new SituationFact(SituationKind.JobSeeking, knownAt, source, 12), by); break;
            case 4: intervention.RecordOption(new OptionFact(Labels[c.A % 2], OptionStatus.Pending, knownAt, source, c.B == 0 ? null : now.InUtc().Date.PlusDays(c.B * 20 - 30)), by); break;
            case 5: intervention.RecordOption(new OptionFact(Labels[c.A % 2], OptionStatus.Succeeded, knownAt, source), by); break;
            case 6: intervention.RecordOption(new OptionFact(Labels[c.A % 2], (OptionStatus)(c.B % 2 + 3), knownAt, source), by); break;
            case 7: intervention.RecordIndicator(new IndicatorReading(ObjectiveOf(intervention, c.A), c.B * 2 - 1, knownAt, source), by); break;
            case 8: intervention.RecordIndicator(new IndicatorReading(ObjectiveOf(intervention, c.A), 3 + c.B, now, source), by); break;
            case 9: intervention.RecordDecision(new DecisionFact((DecisionKind)(c.B % 5 + 1), knownAt, source), by); break;
            case 10: intervention.RecordDecision(new DecisionFact(DecisionKind.Occupation, now, source, SessionOf(intervention, c.A)), by); break;
            case 11: intervention.RecordAutonomy(new AutonomyReading(AutonomyMoment.Intake, new ScaleScore(c.B, 0, 4), knownAt, source), by); break;
            case 12: intervention.RecordAutonomy(new AutonomyReading(AutonomyMoment.Closure, new ScaleScore(c.B + 1, 0, 4), now, source), by); break;
            case 13: intervention.RecordSatisfaction(new SatisfactionAnswer(new ScaleScore(c.B + 1, 1, 5), knownAt, ActorKind.Client, c.A > 3, c.A % 2 == 0), by); break;
            case 14: intervention.RecordJudgement(new JudgementFact((JudgeKind)(c.A % 2 + 1), (JudgementAnswer)(c.B % 3 + 1), knownAt, source), by); break;
            case 15: intervention.RecordJudgement(new JudgementFact(JudgeKind.Joint, (JudgementAnswer)(c.B % 3 + 1), now, ActorKind.Counsellor, SessionOf(intervention, c.A)), by); break;
            case 16: intervention.RecordContribution(new ContributionFact("aunt", "college-application", knownAt, ActorKind.Relative, c.B > 1), by); break;
            case 17: intervention.RecordCourseOutcome(new CourseFact("sound-technician", (CourseStatus)(c.B % 3 + 1), knownAt, source, c.A > 3 ? true : null), by); break;
            case 18: intervention.RecordInitialQuestion(new InitialQuestionFact("occupation-choice", knownAt, ActorKind.Client), by); break;
            case 19:
                var criteria = new[] { "decision-made", "sessions-held-as-planned", "satisfaction", "a-host-criterion" };
                intervention.SetCounsellorObjective(new CounsellorObjectiveFact(criteria[c.B], knownAt, ActorKind.Counsellor), by);
                break;
            case 20: intervention.RecordSituation(new SituationFact(SituationKind.Employed, now - Duration.FromDays(400), source), by); break;
            case 21: intervention.RecordSituation(new SituationFact((SituationKind)(c.B % 6 + 1), now + Duration.FromHours(1), source), by); break;
            default:
                return AgreeAsIs(world, intervention, c);
        }

        return intervention;
    }

    /// <summary>
    /// Proposes an objective whose indicator or deadline the evaluation may not be able to read (no target, target at the
    /// baseline or on the wrong side, no deadline) and has the client agree to it at the last held session, all or nothing.
    /// </summary>
    private static Intervention AgreeAsIs(TestWorld world, Intervention intervention, LifecycleCommand c)
    {
        var copy = Intervention.FromHistory(intervention.History, world.Clock, world.Zones);
        var held = copy.Sessions.LastOrDefault(s => s.Status == SessionStatus.Held)?.Id ?? LifecycleProperties.Session(0);
        var deadline = world.Clock.GetCurrentInstant().InUtc().Date.PlusDays(20);
        var indicator = c.B switch
        {
            0 => new Indicator("applications sent", "applications", 2, null),
            1 => new Indicator("applications sent", "applications", 2, 2),
            2 => new Indicator("hours of anxiety", "hours", 10, 4, IndicatorDirection.Decrease),
            _ => new Indicator("applications sent", "applications", null, 5),
        };
        var objective = new SmartObjective(ObjectiveId.New(), "Send applications")
        {
            ByWhom = world.ClientActor,
            Indicator = indicator,
            Deadline = c.A == 6 ? null : deadline,
        };
        copy.ProposeObjective(objective, world.Counsellor);
        copy.AgreeObjective(objective.Id, held, world.ClientActor, world.Counsellor);
        return copy;
    }

    private static ObjectiveId ObjectiveOf(Intervention intervention, int index)
        => intervention.Objectives.Count == 0 || index == 6 ? new ObjectiveId(new Guid(index + 1, 9, 9, new byte[8])) : intervention.Objectives[index % intervention.Objectives.Count].Id;

    private static SessionId SessionOf(Intervention intervention, int index)
        => intervention.Sessions.Count == 0 || index == 6 ? LifecycleProperties.Session(index) : intervention.Sessions[index % intervention.Sessions.Count].Id;
}
