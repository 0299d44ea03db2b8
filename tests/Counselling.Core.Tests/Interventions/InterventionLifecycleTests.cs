using Counselling.Core.Evidence;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

public sealed class InterventionLifecycleTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void Open_StartsRequested_WithTheOpeningAttributedAndDated()
    {
        var intervention = _world.Open();

        Assert.Equal(InterventionState.Requested, intervention.State);
        var opened = Assert.IsType<InterventionOpened>(Assert.Single(intervention.History));
        Assert.Equal(TestWorld.Start, opened.At);
        Assert.Equal(_world.Counsellor, opened.By);
        Assert.Equal(new LocalDate(2026, 9, 2), intervention.ProgrammeEndDate);
    }

    [Fact]
    public void IntakeThenDiagnosisThenPlanning_FollowsTheLifecycle()
    {
        var intervention = _world.InPlanning();

        Assert.Equal(InterventionState.Planning, intervention.State);
        Assert.Equal(2, intervention.Sessions.Count(s => s.Status == SessionStatus.Held));
        Assert.Equal(
            [typeof(InterventionOpened), typeof(IntakeStarted), typeof(SessionRecorded), typeof(AutonomyAssessed), typeof(IntakeCompleted), typeof(SessionRecorded), typeof(SituationAssessed), typeof(DiagnosisShared)],
            intervention.History.Select(e => e.GetType()));
    }

    [Fact]
    public void CompleteIntake_WithoutAHeldSession_IsRefusedWithTheRule_AndChangesNothing()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.CompleteIntake(_world.Counsellor));

        Assert.Equal(["intake.no-session-held", "intake.autonomy-not-assessed"], refusal.Codes);
        Assert.Equal(InterventionState.Intake, intervention.State);
        Assert.Equal(version, intervention.Version);
    }

    [Fact]
    public void Activate_WithoutAnAgreedSmartObjective_IsRefusedWithRule2()
    {
        var intervention = _world.InPlanning();

        var permission = intervention.Check(InterventionAction.Activate);

        Assert.False(permission.IsAllowed);
        Assert.Contains(permission.Reasons, r => r.Code == "activation.no-agreed-smart-objective");
        Assert.Throws<ActionRefusedException>(() => intervention.Activate(_world.Counsellor));
        Assert.Equal(InterventionState.Planning, intervention.State);
    }

    [Fact]
    public void AnActionNotAllowedInTheState_IsRefused_NamingTheActionAndState_InFrenchAndEnglish()
    {
        var intervention = _world.Open();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Resume(_world.Counsellor));

        var reason = Assert.Single(refusal.Reasons);
        Assert.Equal("lifecycle.not-allowed-in-state", reason.Code);
        Assert.Equal(InterventionAction.Resume, reason["action"]);
        Assert.Equal(InterventionState.Requested, reason["state"]);
        Assert.Equal("“resume” is not possible while the intervention is at the stage “request received”.", reason.Describe(CultureInfo.GetCultureInfo("en-CA")));
        Assert.Equal("« reprendre » n'est pas possible tant que l'intervention est à l'étape « demande reçue ».", reason.Describe(CultureInfo.GetCultureInfo("fr-CA")));
        Assert.DoesNotContain("Stateless", refusal.Message, System.StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("trigger", refusal.Message, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AvailableActions_ListEveryAction_WithTheReasonsOfThoseRefused()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);

        var options = intervention.AvailableActions();

        Assert.Equal(System.Enum.GetValues<InterventionAction>(), options.Select(o => o.Action));
        Assert.True(options.Single(o => o.Action == InterventionAction.RecordSession).Permission.IsAllowed);
        Assert.True(options.Single(o => o.Action == InterventionAction.Close).Permission.IsAllowed);
        var complete = options.Single(o => o.Action == InterventionAction.CompleteIntake).Permission;
        Assert.Equal(["intake.no-session-held", "intake.autonomy-not-assessed"], complete.Reasons.Select(r => r.Code));
        Assert.All(options.Where(o => !o.Permission.IsAllowed), o => Assert.NotEmpty(o.Permission.Reasons));
    }

    [Fact]
    public void Close_ForSuccessBeforeTheActivePhase_IsRefused_ButDroppingOutIsAllowed()
    {
        var intervention = _world.InDiagnosis();

        Assert.Equal(["closure.success-before-active", "closure.autonomy-not-assessed"], intervention.CanClose(ClosureReason.ObjectivesMet).Reasons.Select(r => r.Code));
        intervention.Close(ClosureReason.DroppedOut, _world.Counsellor);

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Equal(ClosureReason.DroppedOut, intervention.ClosureReason);
    }

    [Fact]
    public void Close_CancelsTheSessionsStillPlanned()
    {
        var intervention = _world.InDiagnosis();
        var session = SessionId.New();
        intervention.PlanSession(session, new LocalDateTime(2026, 3, 20, 10, 0), "America/Toronto", _world.Counsellor);

        intervention.Close(ClosureReason.MovedAway, _world.Counsellor);

        Assert.Equal(SessionStatus.Cancelled, intervention.FindSession(session)!.Status);
    }

    [Fact]
    public void AClosedIntervention_NeverReopens_EveryActionButRecordingEvidenceIsRefused()
    {
        var intervention = _world.Open();
        intervention.Close(ClosureReason.Other, _world.Counsellor);

        Assert.All(intervention.AvailableActions().Where(o => o.Action != InterventionAction.RecordEvidence), o => Assert.False(o.Permission.IsAllowed));
        Assert.True(intervention.Check(InterventionAction.RecordEvidence).IsAllowed);
        Assert.Throws<ActionRefusedException>(() => intervention.StartIntake(_world.Counsellor));
    }

    [Fact]
    public void ComingBack_StartsANewInterventionLinkedToTheEarlierOne()
    {
        var earlier = _world.InDiagnosis();
        Assert.Equal(["return.earlier-still-open"], Assert.Throws<ActionRefusedException>(
            () => Intervention.OpenReturn(earlier, InterventionId.New(), _world.CounsellorId, _world.Programme, _world.Counsellor)).Codes);
        earlier.Close(ClosureReason.ReferredElsewhere, _world.Counsellor);
        _world.Advance(Duration.FromDays(200));

        var again = Intervention.OpenReturn(earlier, InterventionId.New(), _world.CounsellorId, _world.Programme, _world.Counsellor);

        Assert.Equal(earlier.Id, again.PreviousInterventionId);
        Assert.Equal(earlier.ClientId, again.ClientId);
        Assert.Equal(InterventionState.Requested, again.State);
        Assert.Equal(InterventionState.Closed, earlier.State);
    }

    [Fact]
    public void PutOnHold_AndResume_RecordTheHoldAndItsExpectedDate()
    {
        var intervention = Activated();
        var expected = new LocalDate(2026, 9, 1);

        intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, expected, _world.Counsellor);
        Assert.Equal(InterventionState.OnHold, intervention.State);
        Assert.Equal(expected, intervention.Hold!.ExpectedBy);
        Assert.Equal(["lifecycle.not-allowed-in-state"], intervention.Check(InterventionAction.StartFollowUp).Reasons.Select(r => r.Code));

        intervention.Resume(_world.Counsellor);
        Assert.Equal(InterventionState.Active, intervention.State);
        Assert.Null(intervention.Hold);
    }

    [Fact]
    public void PutOnHold_WithAnExpectedDateAlreadyPast_IsRefused()
    {
        var intervention = Activated();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(2026, 1, 1), _world.Counsellor));

        Assert.Equal(["hold.expected-date-past"], refusal.Codes);
        Assert.Contains("1er janvier 2026", refusal.Describe(CultureInfo.GetCultureInfo("fr-FR")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void StartFollowUp_WithSessionsStillPlanned_IsRefused_WithTheirCount()
    {
        var intervention = Activated();
        intervention.PlanSession(SessionId.New(), new LocalDateTime(2026, 5, 4, 9, 30), "America/Toronto", _world.Counsellor);
        intervention.PlanSession(SessionId.New(), new LocalDateTime(2026, 5, 11, 9, 30), "America/Toronto", _world.Counsellor);

        var permission = intervention.Check(InterventionAction.StartFollowUp);

        var reason = Assert.Single(permission.Reasons);
        Assert.Equal("followup.sessions-still-planned", reason.Code);
        Assert.Equal(2, reason["count"]);
        Assert.Equal("2 entretiens sont encore prévus : enregistrez-les, notez les absences ou annulez-les avant de passer au suivi.", reason.Describe(CultureInfo.GetCultureInfo("fr-BE")));
    }

    [Fact]
    public void FollowUp_ThenCloseForObjectivesMet()
    {
        var intervention = Activated();
        intervention.StartFollowUp(_world.Counsellor);
        _world.Advance(Duration.FromDays(90));
        Assert.Equal(["closure.autonomy-not-assessed"], intervention.CanClose(ClosureReason.ObjectivesMet).Reasons.Select(r => r.Code));
        Assert.True(intervention.CanClose(ClosureReason.DroppedOut).IsAllowed);
        _world.AssessAutonomy(intervention, Counselling.Core.Situation.AssessmentMoment.Closure, level: 3);

        intervention.Close(ClosureReason.ObjectivesMet, _world.Counsellor);

        Assert.Equal(InterventionState.Closed, intervention.State);
        Assert.Equal(_world.Clock.GetCurrentInstant(), intervention.ClosedAt);
    }

    /// <summary>An intervention rebuilt from a history that reached the active phase.</summary>
    private Intervention Activated() => Intervention.FromHistory(_world.Active().History, _world.Agency);
}
