using Counselling.Core.Evidence;
using System;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Situation;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Core.Tests;

/// <summary>A fake clock, the tz database and a cast of ids: what every test of the domain starts from.</summary>
internal sealed class TestWorld
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 14, 0);

    public TestWorld(Instant? start = null) => Clock = new FakeClock(start ?? Start);

    public FakeClock Clock { get; }

    public IDateTimeZoneProvider Zones { get; } = DateTimeZoneProviders.Tzdb;

    public string ZoneId { get; init; } = "America/Toronto";

    public ClientId Client { get; } = ClientId.New();

    public CounsellorId CounsellorId { get; } = CounsellorId.New();

    public Actor Counsellor => Actor.Counsellor(CounsellorId);

    public Actor ClientActor => Actor.Client(Client);

    public ProgrammeSettings Programme { get; init; } = new("PLAN-B", Period.FromMonths(6));

    public AgencyClock Agency => new(Clock, Zones, ZoneId);

    public Intervention Open() => Intervention.Open(Agency, InterventionId.New(), Client, CounsellorId, Programme, Counsellor);

    public void Advance(Duration duration) => Clock.Advance(duration);

    public static SessionOutcome[] Concrete(string summary = "list of occupations built together")
        => [new SessionOutcome(SessionOutcomeKind.Realisation, summary)];

    /// <summary>Opens an intervention, holds the intake interview and completes the intake.</summary>
    public Intervention InDiagnosis()
    {
        var intervention = Open();
        intervention.StartIntake(Counsellor);
        Advance(Duration.FromHours(1));
        intervention.RecordSession(SessionId.New(), Clock.GetCurrentInstant(), Concrete(), SessionProgress.NotAssessed, Counsellor);
        AssessAutonomy(intervention);
        intervention.CompleteIntake(Counsellor);
        return intervention;
    }

    /// <summary>Opens an intervention and brings it to planning.</summary>
    public Intervention InPlanning()
    {
        var intervention = InDiagnosis();
        Advance(Duration.FromDays(7));
        var session = SessionId.New();
        intervention.RecordSession(session, Clock.GetCurrentInstant(), Concrete(), SessionProgress.Progressed, Counsellor);
        AssessSituation(intervention);
        intervention.ShareDiagnosis(session, Counsellor);
        return intervention;
    }

    /// <summary>Opens an intervention and brings it, by its intent methods, to the active phase: an agreed SMART objective with a desired benefit.</summary>
    public Intervention Active()
    {
        var intervention = InPlanning();
        var objective = new Counselling.Core.Objectives.SmartObjective(ObjectiveId.New(), "Postuler à trois formations de technicien du son")
        {
            ByWhom = ClientActor,
            Indicator = new Counselling.Core.Objectives.Indicator("candidatures envoyées", "candidatures", 0, 3),
            Steps = ["Immersion dans un studio partenaire", "Envoyer trois candidatures"],
            Realism = "Formation accessible sans bac.",
            Deadline = Clock.GetCurrentInstant().InUtc().Date.PlusMonths(2),
        };
        intervention.ProposeObjective(objective, Counsellor);
        Advance(Duration.FromDays(7));
        var session = SessionId.New();
        intervention.RecordSession(session, Clock.GetCurrentInstant(), Concrete(), SessionProgress.Progressed, Counsellor);
        intervention.AgreeObjective(objective.Id, session, Counsellor);
        intervention.AddDesiredBenefit(new Counselling.Core.Objectives.DesiredBenefit(BenefitId.New(), "Vivre de la musique") { Objectives = [objective.Id] }, Counsellor);
        intervention.Activate(Counsellor);
        return intervention;
    }

    /// <summary>A scale of three levels, other than the default one.</summary>
    public static AutonomyScale OtherScale { get; } = AutonomyScale.Create(
        "three-steps",
        [new AutonomyLevel("dependent", 0, HelpMode.DoesFor), new AutonomyLevel("partly-autonomous", 1, HelpMode.DoesWith), new AutonomyLevel("independent", 2, HelpMode.ClientAlone)]);

    /// <summary>An autonomy assessment at the level of that index (from the lowest, capped at the highest), with the level's usual help.</summary>
    public static AutonomyAssessment Autonomy(int level, AssessmentMoment moment, Instant at, Actor by, AutonomyScale? scale = null)
    {
        scale ??= AutonomyScale.Default;
        var chosen = scale.Levels[Math.Min(level, scale.Levels.Length - 1)];
        return new AutonomyAssessment(scale, chosen, chosen.UsualHelp, moment, at, by);
    }

    /// <summary>An assessment of the global situation with work agreed as a difficulty and housing seen alike by both as stable.</summary>
    public static SituationAssessment Situation(Instant at, AssessmentMoment moment = AssessmentMoment.Intake)
        => SituationAssessment.Start(moment, at)
            .WithClientView(LifeDomain.Work, LifeDomainStatus.Fragile)
            .WithCounsellorView(LifeDomain.Work, LifeDomainStatus.Difficulty)
            .Agree(LifeDomain.Work, LifeDomainStatus.Difficulty)
            .WithClientView(LifeDomain.Housing, LifeDomainStatus.Stable)
            .WithCounsellorView(LifeDomain.Housing, LifeDomainStatus.Stable);

    /// <summary>Records the client's autonomy as assessed now, at intake unless said (guided: the counsellor does with the client): what completing the intake needs.</summary>
    public void AssessAutonomy(Intervention intervention, AssessmentMoment moment = AssessmentMoment.Intake, int level = 1)
        => intervention.AssessAutonomy(Autonomy(level, moment, Clock.GetCurrentInstant(), Counsellor), Counsellor);

    /// <summary>Records an assessment of the global situation made now, with every gap agreed: what sharing the diagnosis needs.</summary>
    public void AssessSituation(Intervention intervention)
        => intervention.AssessSituation(Situation(Clock.GetCurrentInstant()), Counsellor);

    public static T Refused<T>(Action act)
        where T : Exception
        => Xunit.Assert.Throws<T>(act);
}
