using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
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

    /// <summary>Gets the labels the evidence steps record options under, which the lifecycle's option step adds to the plan.</summary>
    internal static string Label(int index) => Labels[index % Labels.Length];

    /// <summary>Applies the evidence step <paramref name="variant"/> (0 to 27) of a command.</summary>
    public static Intervention Apply(TestWorld world, Intervention intervention, LifecycleCommand c, int variant)
    {
        var by = world.Counsellor;
        switch (Fact(world, intervention, c, variant))
        {
            case SituationFact f: intervention.RecordSituation(f, by); break;
            case OptionFact f: intervention.RecordOption(f, by); break;
            case IndicatorReading f: intervention.RecordIndicator(f, by); break;
            case DecisionFact f: intervention.RecordDecision(f, by); break;
            case AutonomyAssessment f: intervention.AssessAutonomy(f, by); break;
            case SatisfactionAnswer f: intervention.RecordSatisfaction(f, by); break;
            case JudgementFact f: intervention.RecordJudgement(f, by); break;
            case ContributionFact f: intervention.RecordContribution(f, by); break;
            case CourseFact f: intervention.RecordCourseOutcome(f, by); break;
            case InitialQuestionFact f: intervention.RecordInitialQuestion(f, by); break;
            case CounsellorObjectiveFact f: intervention.SetCounsellorObjective(f, by); break;
            default: return AgreeAsIs(world, intervention, c);
        }

        return intervention;
    }

    /// <summary>Asks the query of the evidence step <see cref="Apply"/> would take, with the same fact; <see langword="null"/> for the composite step.</summary>
    public static Permission? Ask(TestWorld world, Intervention intervention, LifecycleCommand c, int variant) => Fact(world, intervention, c, variant) switch
    {
        SituationFact f => intervention.CanRecord(f),
        OptionFact f => intervention.CanRecord(f),
        IndicatorReading f => intervention.CanRecord(f),
        DecisionFact f => intervention.CanRecord(f),
        AutonomyAssessment f => intervention.CanAssessAutonomy(f),
        SatisfactionAnswer f => intervention.CanRecord(f),
        JudgementFact f => intervention.CanRecord(f),
        ContributionFact f => intervention.CanRecord(f),
        CourseFact f => intervention.CanRecord(f),
        InitialQuestionFact f => intervention.CanRecord(f),
        CounsellorObjectiveFact f => intervention.CanRecord(f),
        _ => null,
    };

    /// <summary>The fact of the evidence step <paramref name="variant"/>, or <see langword="null"/> for the step that agrees an objective as is.</summary>
    private static object? Fact(TestWorld world, Intervention intervention, LifecycleCommand c, int variant)
    {
        var now = world.Clock.GetCurrentInstant();
        var knownAt = now - Duration.FromHours(c.B * 30);
        var source = (ActorKind)(c.A % 3 + 1);
        switch (variant % 28)
        {
            case 0: return new SituationFact(SituationKind.Employed, knownAt, source);
            case 1: return new SituationFact(SituationKind.InTraining, knownAt, source, 3);
            case 2: return new SituationFact(SituationKind.Employed, now, source, 6, new JobQuality(ContractKind.Permanent, 35, 2000, true, c.B > 1));
            case 3: return new SituationFact(SituationKind.JobSeeking, knownAt, source, 12);
            case 4: return new OptionFact(Labels[c.A % 2], OptionStatus.Pending, knownAt, source, c.B == 0 ? null : now.InUtc().Date.PlusDays(c.B * 20 - 30));
            case 5: return new OptionFact(Labels[c.A % 2], OptionStatus.Succeeded, knownAt, source);
            case 6: return new OptionFact(Labels[c.A % 2], (OptionStatus)(c.B + 3), knownAt, source);
            case 7: return new IndicatorReading(ObjectiveOf(intervention, c.A), c.B * 2 - 1, knownAt, source);
            case 8: return new IndicatorReading(ObjectiveOf(intervention, c.A), 3 + c.B, now, source);
            case 9: return new DecisionFact((DecisionKind)(c.B % 5 + 1), knownAt, source);
            case 10: return new DecisionFact(DecisionKind.Occupation, now, source, SessionOf(intervention, c.A));
            case 11: return TestWorld.Autonomy(c.B, AssessmentMoment.Intake, knownAt, world.Counsellor);
            case 12: return TestWorld.Autonomy(c.B, AssessmentMoment.Closure, now, world.Counsellor, c.A == 6 ? TestWorld.OtherScale : null);
            case 13: return new SatisfactionAnswer(new ScaleScore(c.B + 1, 1, 5), knownAt, ActorKind.Client, c.A > 3, c.A % 2 == 0);
            case 14: return new JudgementFact((JudgeKind)(c.A % 2 + 1), (JudgementAnswer)(c.B % 3 + 1), knownAt, source);
            case 15: return new JudgementFact(JudgeKind.Joint, (JudgementAnswer)(c.B % 3 + 1), now, ActorKind.Counsellor, SessionOf(intervention, c.A));
            case 16: return new ContributionFact(ThirdPartyRole.Aunt, "college-application", knownAt, ActorKind.Relative, c.B > 1);
            case 17: return new CourseFact("sound-technician", (CourseStatus)(c.B % 3 + 1), knownAt, source, c.A > 3 ? true : null);
            case 18: return new InitialQuestionFact("occupation-choice", knownAt, ActorKind.Client);
            case 19:
                var criteria = new[] { "decision-made", "sessions-held-as-planned", "satisfaction", "a-host-criterion" };
                return new CounsellorObjectiveFact(criteria[c.B], knownAt, ActorKind.Counsellor);
            case 20: return new SituationFact(SituationKind.Employed, now - Duration.FromDays(400), source);
            case 21: return new SituationFact((SituationKind)(c.B % 6 + 1), now + Duration.FromHours(1), source);
            default: return null;
        }
    }

    /// <summary>
    /// Proposes an objective whose indicator or deadline the evaluation may not be able to read (no target, target at the
    /// baseline or on the wrong side, no deadline) and has the client agree to it at the last held session, all or nothing.
    /// </summary>
    private static Intervention AgreeAsIs(TestWorld world, Intervention intervention, LifecycleCommand c)
    {
        var copy = Intervention.FromHistory(intervention.History, world.Agency);
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
        copy.AgreeObjective(objective.Id, held, world.Counsellor);
        return copy;
    }

    private static ObjectiveId ObjectiveOf(Intervention intervention, int index)
        => intervention.Objectives.Count == 0 || index == 6 ? new ObjectiveId(new Guid(index + 1, 9, 9, new byte[8])) : intervention.Objectives[index % intervention.Objectives.Count].Id;

    private static SessionId SessionOf(Intervention intervention, int index)
        => intervention.Sessions.Count == 0 || index == 6 ? LifecycleProperties.Session(index) : intervention.Sessions[index % intervention.Sessions.Count].Id;
}
