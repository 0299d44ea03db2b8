using Counselling.Core.Evidence;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// Individual interviews in a mission locale: every interview ends with something concrete, the work happens
/// between interviews, and a young person who repeatedly makes no progress is referred to a psychologist.
/// </summary>
public sealed class MissionLocaleInterviewsTests
{
    private readonly TestWorld _world = new() { ZoneId = "Europe/Paris", Programme = new ProgrammeSettings("CEJ", Period.FromMonths(12)) };

    [Fact]
    public void AnInterviewWithoutAConcreteOutcome_IsRefused_WhenTheAgencyChoosesToRefuse()
    {
        var world = new TestWorld { Programme = new ProgrammeSettings("CEJ", Period.FromMonths(12), MissingOutcomePolicy.Reject) };
        var intervention = world.Open();
        intervention.StartIntake(world.Counsellor);
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(
            () => intervention.RecordSession(SessionId.New(), world.Clock.GetCurrentInstant(), [], SessionProgress.NotAssessed, world.Counsellor));

        Assert.Equal(["session.no-concrete-outcome"], refusal.Codes);
        Assert.Equal(version, intervention.Version);
        Assert.Empty(intervention.Sessions);
    }

    [Fact]
    public void AScatteredInterview_WithoutAConcreteOutcome_IsRecordedAndFlagged_UnderTheDefaultPolicy()
    {
        var world = new TestWorld { Programme = new ProgrammeSettings("CEJ", Period.FromMonths(12)) };
        Assert.Equal(MissingOutcomePolicy.Flag, world.Programme.MissingOutcomePolicy);
        var intervention = world.Open();
        intervention.StartIntake(world.Counsellor);

        intervention.RecordSession(SessionId.New(), world.Clock.GetCurrentInstant(), [], SessionProgress.NotAssessed, world.Counsellor);

        Assert.True(Assert.Single(intervention.Sessions).LacksConcreteOutcome);
    }

    [Fact]
    public void APlannedInterview_IsHeld_WithAJobLeadAndATraining()
    {
        var intervention = _world.InDiagnosis();
        var next = SessionId.New();
        intervention.PlanSession(next, new LocalDateTime(2026, 3, 9, 14, 0), "Europe/Paris", _world.Counsellor);
        _world.Advance(Duration.FromDays(7));

        intervention.RecordSession(
            next,
            _world.Clock.GetCurrentInstant(),
            [new SessionOutcome(SessionOutcomeKind.JobLead, "warehouse job offer"), new SessionOutcome(SessionOutcomeKind.TrainingLead, "forklift licence")],
            SessionProgress.Progressed,
            _world.Counsellor);

        var session = intervention.FindSession(next)!;
        Assert.Equal(SessionStatus.Held, session.Status);
        Assert.True(session.WasPlanned);
        Assert.Equal([SessionOutcomeKind.JobLead, SessionOutcomeKind.TrainingLead], session.Outcomes.Select(o => o.Kind));
        Assert.DoesNotContain("warehouse", session.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeInterviewsInARowWithoutProgress_RecommendAPsychologist()
    {
        var intervention = _world.InDiagnosis();
        for (var i = 0; i < 3; i++)
        {
            Assert.False(intervention.IsSpecialistReferralRecommended);
            _world.Advance(Duration.FromDays(14));
            intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete("CV reworked"), SessionProgress.NoProgress, _world.Counsellor);
        }

        Assert.True(intervention.IsSpecialistReferralRecommended);
        var recommendation = Assert.IsType<SpecialistReferralRecommended>(intervention.History[^1]);
        Assert.Equal(3, recommendation.SessionsWithoutProgress);
        Assert.Equal(ActorKind.System, recommendation.By.Kind);
    }

    [Fact]
    public void Progress_ResetsTheRun_AndUnassessedInterviewsDoNotBreakIt()
    {
        var world = new TestWorld { Programme = new ProgrammeSettings("CEJ", Period.FromMonths(12), sessionsWithoutProgressBeforeReferral: 2) };
        var intervention = world.InDiagnosis();
        void Hold(SessionProgress progress)
        {
            world.Advance(Duration.FromDays(7));
            intervention.RecordSession(SessionId.New(), world.Clock.GetCurrentInstant(), TestWorld.Concrete(), progress, world.Counsellor);
        }

        Hold(SessionProgress.NoProgress);
        Hold(SessionProgress.Progressed);
        Hold(SessionProgress.NoProgress);
        Hold(SessionProgress.NotAssessed);
        Assert.Equal(1, intervention.SessionsWithoutProgress);
        Hold(SessionProgress.NoProgress);

        Assert.Equal(2, intervention.SessionsWithoutProgress);
        Assert.Single(intervention.History.OfType<SpecialistReferralRecommended>());
    }

    [Fact]
    public void AMissedInterview_IsRecorded_OnlyOnceItsStartHasPassed()
    {
        var intervention = _world.InDiagnosis();
        var next = SessionId.New();
        intervention.PlanSession(next, new LocalDateTime(2026, 3, 9, 14, 0), "Europe/Paris", _world.Counsellor);

        Assert.Equal(["session.not-yet-due"], Assert.Throws<ActionRefusedException>(() => intervention.MarkSessionMissed(next, _world.Counsellor)).Codes);
        _world.Advance(Duration.FromDays(8));
        intervention.MarkSessionMissed(next, _world.Counsellor);

        Assert.Equal(SessionStatus.Missed, intervention.FindSession(next)!.Status);
        Assert.Equal(["session.not-recordable"], Assert.Throws<ActionRefusedException>(
            () => intervention.RecordSession(next, _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NotAssessed, _world.Counsellor)).Codes);
    }

    [Fact]
    public void ASessionPlannedAcrossTheSpringGap_StartsAtTheLenientInstant()
    {
        var world = new TestWorld { ZoneId = "Europe/Brussels" };
        var intervention = world.InDiagnosis();
        var session = SessionId.New();

        intervention.PlanSession(session, new LocalDateTime(2026, 3, 29, 2, 30), "Europe/Brussels", world.Counsellor);

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), intervention.StartOf(intervention.FindSession(session)!));
    }
}
