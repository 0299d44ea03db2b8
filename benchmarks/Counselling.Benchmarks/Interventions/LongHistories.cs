using System.Collections.Generic;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Benchmarks.Interventions;

/// <summary>
/// Long interventions recorded through the intent methods: brought to the active phase, then session after session,
/// each planned and held, with an action agreed at it and the previous session's action reviewed, and now and then a
/// decision, an option, a reading of the objective or a joint judgement at that session. About five events a session.
/// </summary>
internal static class LongHistories
{
    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    /// <summary>Records sessions until the history holds at least <paramref name="events"/> events.</summary>
    public static Intervention WithEvents(int events) => Record(events, int.MaxValue);

    /// <summary>Records <paramref name="sessions"/> sessions after the active phase starts (the intake session comes on top).</summary>
    public static Intervention WithSessions(int sessions) => Record(int.MaxValue, sessions);

    private static Intervention Record(int events, int sessions)
    {
        var clock = new FakeClock(Start);
        var zones = DateTimeZoneProviders.Tzdb;
        var client = ClientId.New();
        var counsellor = CounsellorId.New();
        var by = Actor.Counsellor(counsellor);
        var clientActor = Actor.Client(client);
        // The longest programme there is (ten years), with a session every four hours so that 17,000 sessions fit in it.
        var programme = new ProgrammeSettings("long-programme", Period.FromYears(10));
        var intervention = Intervention.Open(new AgencyClock(clock, zones, "America/Toronto"), InterventionId.New(), client, counsellor, programme, by);
        intervention.StartIntake(by);
        clock.Advance(Duration.FromHours(1));
        var first = SessionId.New();
        intervention.RecordSession(first, clock.GetCurrentInstant(), Outcomes, SessionProgress.NotAssessed, by);
        var scale = Counselling.Core.Situation.AutonomyScale.Default;
        intervention.AssessAutonomy(new Counselling.Core.Situation.AutonomyAssessment(scale, scale.Lowest, scale.Lowest.UsualHelp, Counselling.Core.Situation.AssessmentMoment.Intake, clock.GetCurrentInstant(), by), by);
        intervention.CompleteIntake(by);
        intervention.AssessSituation(
            Counselling.Core.Situation.SituationAssessment.Start(Counselling.Core.Situation.AssessmentMoment.Intake, clock.GetCurrentInstant())
                .WithClientView(Counselling.Core.Situation.LifeDomain.Work, Counselling.Core.Situation.LifeDomainStatus.Difficulty)
                .WithCounsellorView(Counselling.Core.Situation.LifeDomain.Work, Counselling.Core.Situation.LifeDomainStatus.Difficulty),
            by);
        intervention.AddOption("A", null, by);
        intervention.ShareDiagnosis(first, by);
        var objective = new SmartObjective(ObjectiveId.New(), "Send three applications")
        {
            ByWhom = clientActor,
            Indicator = new Indicator("applications sent", "applications", 0, 3),
            Steps = ["Choose three employers", "Send the applications"],
            Realism = "Fits the client's week",
            Deadline = clock.GetCurrentInstant().InUtc().Date.PlusDays(60),
        };
        intervention.ProposeObjective(objective, by);
        intervention.AgreeObjective(objective.Id, first, by);
        intervention.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "a job that fits") { Objectives = [objective.Id] }, by);
        intervention.Activate(by);

        PlanActionId? previous = null;
        for (var i = 0; i < sessions && intervention.Version < events; i++)
        {
            var session = SessionId.New();
            var start = clock.GetCurrentInstant() + Duration.FromHours(3);
            intervention.PlanSession(session, start.InUtc().LocalDateTime, "America/Toronto", by);
            clock.Reset(start + Duration.FromMinutes(5));
            intervention.RecordSession(session, clock.GetCurrentInstant(), Outcomes, (SessionProgress)(i % 3), by);
            if (previous is { } action)
            {
                intervention.ReviewAction(action, session, PlanActionStatus.Done, by);
            }

            var agreed = new PlanAction(PlanActionId.New(), "apply", clientActor, session) { Objective = objective.Id };
            intervention.AgreeAction(agreed, by);
            previous = agreed.Id;
            var now = clock.GetCurrentInstant();
            switch (i % 4)
            {
                case 0: intervention.RecordDecision(new DecisionFact(DecisionKind.Plan, now, ActorKind.Client, session), by); break;
                case 1: intervention.RecordIndicator(new IndicatorReading(objective.Id, i % 4, now, ActorKind.Client), by); break;
                case 2: intervention.RecordJudgement(new JudgementFact(JudgeKind.Joint, JudgementAnswer.NotYetKnown, now, ActorKind.Counsellor, session), by); break;
                default: intervention.RecordOption(new OptionFact("A", OptionStatus.Pending, now, ActorKind.Client, now.InUtc().Date.PlusDays(30)), by); break;
            }

            clock.Advance(Duration.FromHours(1));
        }

        return intervention;
    }

    private static readonly SessionOutcome[] Outcomes = [new SessionOutcome(SessionOutcomeKind.AgreedAction, "apply")];
}
