using Counselling.Core.Evidence;
using System;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
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

    public static T Refused<T>(Action act)
        where T : Exception
        => Xunit.Assert.Throws<T>(act);
}
