using System;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;
using NodaTime.Testing;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>A fake clock, the tz database, a client and a counsellor: what every store test starts from.</summary>
internal sealed class StoreWorld
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 14, 0);

    public const string PrivateSummary = "Karim told me about his brother's debts";

    public StoreWorld() => Settings = new CounsellingStoreSettings(Agency);

    /// <summary>A world over settings built once (their JSON options are costly to build), with their fake clock reset to the start.</summary>
    public StoreWorld(CounsellingStoreSettings shared)
    {
        Settings = shared;
        Clock = (FakeClock)shared.Agency.Clock;
        Clock.Reset(Start);
    }

    public FakeClock Clock { get; } = new(Start);

    public IDateTimeZoneProvider Zones { get; } = DateTimeZoneProviders.Tzdb;

    public AgencyClock Agency => new(Clock, Zones, "America/Toronto");

    public CounsellingStoreSettings Settings { get; }

    public ClientId Client { get; } = ClientId.New();

    public CounsellorId CounsellorId { get; } = CounsellorId.New();

    public Actor Counsellor => Actor.Counsellor(CounsellorId);

    public Intervention Open() => Intervention.Open(Agency, InterventionId.New(), Client, CounsellorId, new ProgrammeSettings("PLAN-B", Period.FromMonths(6)), Counsellor);

    public Instant Now => Clock.GetCurrentInstant();

    public void Advance(Duration duration) => Clock.Advance(duration);

    /// <summary>Opens an intervention, holds the intake interview (with a private summary) and completes the intake.</summary>
    public Intervention InDiagnosis()
    {
        var intervention = Open();
        intervention.StartIntake(Counsellor);
        Advance(Duration.FromHours(1));
        intervention.RecordSession(SessionId.New(), Now, [new SessionOutcome(SessionOutcomeKind.Realisation, PrivateSummary)], SessionProgress.NotAssessed, Counsellor);
        AssessAutonomy(intervention);
        intervention.CompleteIntake(Counsellor);
        return intervention;
    }

    /// <summary>Records the client's autonomy as assessed now at intake (guided): what completing the intake needs.</summary>
    public void AssessAutonomy(Intervention intervention)
    {
        Counselling.Core.Situation.AutonomyScale.Default.TryFind("guided", out var guided);
        intervention.AssessAutonomy(
            new Counselling.Core.Situation.AutonomyAssessment(Counselling.Core.Situation.AutonomyScale.Default, guided, Counselling.Core.Situation.HelpMode.DoesWith, Counselling.Core.Situation.AssessmentMoment.Intake, Now, Counsellor),
            Counsellor);
    }

    /// <summary>Records the client's global situation as assessed now, work agreed as a difficulty: what sharing the diagnosis needs.</summary>
    public void AssessSituation(Intervention intervention)
        => intervention.AssessSituation(
            Counselling.Core.Situation.SituationAssessment.Start(Counselling.Core.Situation.AssessmentMoment.Intake, Now)
                .WithClientView(Counselling.Core.Situation.LifeDomain.Work, Counselling.Core.Situation.LifeDomainStatus.Difficulty)
                .WithCounsellorView(Counselling.Core.Situation.LifeDomain.Work, Counselling.Core.Situation.LifeDomainStatus.Difficulty),
            Counsellor);

    public void RecordSession(Intervention intervention, string summary = "list of occupations built together")
    {
        Advance(Duration.FromDays(1));
        intervention.RecordSession(SessionId.New(), Now, [new SessionOutcome(SessionOutcomeKind.Realisation, summary)], SessionProgress.Progressed, Counsellor);
    }

    public InterventionStore Store(CounsellingDbContext context) => new(context, Settings);
}
