using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Tests.Services;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The path is individual, flexible, modulated: sessions while waiting for an outside answer, a follow-up that turns
/// back into active help, one-off advice as a complete intervention, and scattered sessions recorded, flagged and leading
/// to a specialist's help.
/// </summary>
public sealed class FlexiblePathTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void WhileOnHold_ASessionIsPlannedAndRecorded_AndAnActionIsAgreedThenReviewed()
    {
        var intervention = OnHold();
        var meeting = SessionId.New();
        intervention.PlanSession(meeting, Local(Duration.FromDays(2)), _world.ZoneId, _world.Counsellor);
        _world.Advance(Duration.FromDays(3));

        intervention.RecordSession(meeting, _world.Clock.GetCurrentInstant(), TestWorld.Concrete("training lead while waiting"), SessionProgress.Progressed, _world.Counsellor);
        var action = new PlanAction(PlanActionId.New(), "Visit the college's open day", _world.ClientActor, meeting);
        intervention.AgreeAction(action, _world.Counsellor);
        _world.Advance(Duration.FromDays(7));
        var next = SessionId.New();
        intervention.RecordSession(next, _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, _world.Counsellor);
        intervention.ReviewAction(action.Id, next, PlanActionStatus.Done, _world.Counsellor);

        Assert.Equal(InterventionState.OnHold, intervention.State);
        Assert.Equal(SessionStatus.Held, intervention.FindSession(meeting)!.Status);
        Assert.Equal(PlanActionStatus.Done, intervention.FindAction(action.Id)!.Status);
        Assert.NotNull(intervention.Hold);
        Rebuilds(intervention);
    }

    [Fact]
    public void InFollowUp_AnActionIsAgreed_ThenTheFollowUpTurnsBackIntoActiveHelp()
    {
        var intervention = _world.Active();
        intervention.StartFollowUp(_world.Counsellor);
        _world.Advance(Duration.FromDays(90));
        var contact = SessionId.New();
        intervention.RecordSession(contact, _world.Clock.GetCurrentInstant(), TestWorld.Concrete("the course was dropped; new options listed"), SessionProgress.NotAssessed, _world.Counsellor);

        intervention.AgreeAction(new PlanAction(PlanActionId.New(), "Call the qualifying centre", _world.ClientActor, contact), _world.ClientActor);
        Assert.True(intervention.Check(InterventionAction.ResumeActiveHelp).IsAllowed);
        intervention.ResumeActiveHelp(_world.Counsellor);

        Assert.Equal(InterventionState.Active, intervention.State);
        Assert.IsType<ActiveHelpResumed>(intervention.History[^1]);
        Assert.Single(intervention.ActionPlan, a => a.AgreedAt == contact);
        Rebuilds(intervention);
    }

    [Fact]
    public void ResumeActiveHelp_OutsideTheFollowUp_IsRefused_WithTheStage()
    {
        var intervention = _world.Active();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.ResumeActiveHelp(_world.Counsellor));

        Assert.Equal(["lifecycle.not-allowed-in-state"], refusal.Codes);
    }

    [Fact]
    public void InFollowUp_ACourseWellCompleted_IsRecorded_AndReachesTheCaseRecord()
    {
        var intervention = _world.Active();
        intervention.StartFollowUp(_world.Counsellor);
        _world.Advance(Duration.FromDays(180));

        intervention.RecordCourseOutcome(new CourseFact("industrial-mechanics", CourseStatus.Completed, _world.Clock.GetCurrentInstant(), ActorKind.Client, meetsExpectations: true), _world.Counsellor);

        Assert.Equal(InterventionState.FollowUp, intervention.State);
        Assert.Equal(CourseStatus.Completed, Assert.Single(intervention.ToCaseRecord().Courses).Status);
    }

    [Fact]
    public void OneOffAdvice_AtIntake_ClosesAsASuccess_AndTheDefaultEvaluationSaysWhy()
    {
        var intervention = _world.Open();
        var asked = _world.Clock.GetCurrentInstant();
        intervention.RecordInitialQuestion(new InitialQuestionFact("plan-b:sound-engineering", asked, ActorKind.Client), _world.Counsellor);
        intervention.StartIntake(_world.Counsellor);
        var meeting = SessionId.New();
        intervention.PlanSession(meeting, Local(Duration.FromHours(2)), _world.ZoneId, _world.Counsellor);
        _world.Advance(Duration.FromHours(3));
        var held = _world.Clock.GetCurrentInstant();
        intervention.RecordSession(meeting, held, [new SessionOutcome(SessionOutcomeKind.Referral, "guidance workshop of the partner")], SessionProgress.Progressed, _world.Counsellor);
        intervention.RecordDecision(new DecisionFact(DecisionKind.Training, held, ActorKind.Client, meeting), _world.Counsellor);
        intervention.RecordSatisfaction(new SatisfactionAnswer(new ScaleScore(5, 1, 5), held, ActorKind.Client, wouldComeBack: true, wouldRecommend: true), _world.Counsellor);

        Assert.True(intervention.CanClose(ClosureReason.OneOffAdvice).IsAllowed);
        intervention.Close(ClosureReason.OneOffAdvice, _world.Counsellor);
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(intervention.ToCaseRecord(), _world.Clock.GetCurrentInstant());

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Equal(ClosureReason.OneOffAdvice, intervention.ClosureReason);
        Assert.True(report.Verdict == Verdict.Success, report.Describe(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(CriterionStatus.Met, report.Process.Status);
        Assert.Equal(CriterionStatus.Met, report.Impact.Status);
        Assert.NotEmpty(report.Reasons);
        var actions = report.Criterion(Counselling.Core.Evaluation.Criteria.BuiltInCriteria.ActionsDone);
        Assert.Equal(CriterionStatus.NotApplicable, actions.Status);
        Assert.Equal(["evaluation.actions.one-off-advice"], actions.Reasons.Select(r => r.Code));
        Assert.Equal(CriterionStatus.NotApplicable, report.Criterion(Counselling.Core.Evaluation.Criteria.BuiltInCriteria.ObjectiveReached).Status);
        Assert.DoesNotContain("[", report.Describe(CultureInfo.GetCultureInfo("fr-FR")), System.StringComparison.Ordinal);
        Rebuilds(intervention);
    }

    [Fact]
    public void OneOffAdvice_WithoutASessionEndingInSomethingConcrete_IsRefused()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);
        _world.Advance(Duration.FromHours(1));
        intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), [], SessionProgress.NotAssessed, _world.Counsellor);
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Close(ClosureReason.OneOffAdvice, _world.Counsellor));

        Assert.Equal(["closure.one-off-without-outcome"], refusal.Codes);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void OneOffAdvice_OnceTheActionPlanIsUnderWay_IsRefused_ForTheReasonThatSaysHowThePlanEnded()
    {
        var intervention = _world.Active();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Close(ClosureReason.OneOffAdvice, _world.Counsellor));

        Assert.Equal(["closure.one-off-after-plan"], refusal.Codes);
        Assert.Contains("mise en œuvre du plan d'action", refusal.Reasons[0].Describe(CultureInfo.GetCultureInfo("fr-FR")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ScatteredSessions_AreRecordedAndFlagged_ThenTheSpecialistRecommendationIsVisible_WithItsMessageAndAction()
    {
        var intervention = _world.InDiagnosis();
        Assert.False(intervention.Check(InterventionAction.ReferToSpecialist).IsAllowed);
        Assert.Null(intervention.SpecialistReferralRecommendation);

        for (var i = 0; i < ProgrammeSettings.DefaultSessionsWithoutProgressBeforeReferral; i++)
        {
            _world.Advance(Duration.FromDays(7));
            intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), [], SessionProgress.NotAssessed, _world.Counsellor);
        }

        Assert.Equal(3, intervention.Sessions.Count(s => s.LacksConcreteOutcome));
        Assert.IsType<SpecialistReferralRecommended>(intervention.History[^1]);
        var recommendation = Assert.IsType<Reason>(intervention.SpecialistReferralRecommendation);
        Assert.Equal("specialist.referral-recommended", recommendation.Code);
        Assert.Equal(
            "3 interviews in a row without progress or without a concrete outcome: consider referring the client to a psychologist or another specialist.",
            recommendation.Describe(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(
            "3 entretiens d'affilée sans progrès ou sans résultat concret : envisagez d'orienter la personne vers un ou une psychologue, ou vers un ou une autre spécialiste.",
            recommendation.Describe(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.StartsWith("3 rencontres d'affilée", recommendation.Describe(CultureInfo.GetCultureInfo("fr-CA")), System.StringComparison.Ordinal);
        Assert.True(intervention.AvailableActions().Single(o => o.Action == InterventionAction.ReferToSpecialist).Permission.IsAllowed);

        var referral = ReferralId.New();
        intervention.ReferToSpecialist(referral, CatalogueExamples.Catalogue, CatalogueExamples.Psychologist, _world.Counsellor);

        var made = Assert.IsType<ReferralMade>(intervention.History[^1]);
        Assert.Equal((ReferralOriginKind.SessionsWithoutProgress, 3), (made.OriginKind, made.SessionsWithoutProgress));
        var entry = Assert.Single(intervention.Referrals);
        Assert.Equal((referral, ReferralState.Proposed, ReferralOrigin.AfterSessionsWithoutProgress(3)), (entry.Id, entry.State, entry.Origin));
        Assert.Null(intervention.SpecialistReferralRecommendation);
        Assert.Equal(["specialist.not-recommended"], intervention.Check(InterventionAction.ReferToSpecialist).Reasons.Select(r => r.Code));
        Rebuilds(intervention);
    }

    [Fact]
    public void ASessionThatProgressedWithSomethingConcrete_EndsTheRun()
    {
        var intervention = _world.InDiagnosis();
        _world.Advance(Duration.FromDays(7));
        intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), [], SessionProgress.Progressed, _world.Counsellor);
        _world.Advance(Duration.FromDays(7));
        intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NoProgress, _world.Counsellor);
        Assert.Equal(2, intervention.SessionsWithoutProgress);

        _world.Advance(Duration.FromDays(7));
        intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, _world.Counsellor);

        Assert.Equal(0, intervention.SessionsWithoutProgress);
        Assert.False(intervention.IsSpecialistReferralRecommended);
    }

    [Fact]
    public void AStoredReferralToASpecialist_WithAnotherCount_IsRefusedOnRebuild()
    {
        var intervention = _world.InDiagnosis();
        for (var i = 0; i < 3; i++)
        {
            _world.Advance(Duration.FromDays(7));
            intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NoProgress, _world.Counsellor);
        }

        intervention.ReferToSpecialist(ReferralId.New(), CatalogueExamples.Catalogue, CatalogueExamples.Psychologist, _world.Counsellor);
        var history = intervention.History.ToList();
        history[^1] = ((ReferralMade)history[^1]) with { SessionsWithoutProgress = 1 };

        var refusal = Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(history, _world.Agency));

        Assert.Equal(history.Count, refusal.Position);
    }

    private Intervention OnHold()
    {
        var intervention = _world.Active();
        intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, _world.Clock.GetCurrentInstant().InUtc().Date.PlusMonths(3), _world.Counsellor);
        return intervention;
    }

    private LocalDateTime Local(Duration after) => (_world.Clock.GetCurrentInstant() + after).InZone(_world.Zones[_world.ZoneId]).LocalDateTime;

    private void Rebuilds(Intervention intervention)
    {
        var rebuilt = Intervention.FromHistory(intervention.History, _world.Agency);
        Assert.Equal(Counselling.Core.Tests.Properties.LifecycleProperties.Snapshot.Of(intervention), Counselling.Core.Tests.Properties.LifecycleProperties.Snapshot.Of(rebuilt));
    }
}
