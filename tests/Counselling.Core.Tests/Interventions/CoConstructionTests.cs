using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// Objectives and the action plan are co-defined with the client, never prescribed: the shared diagnosis holds both
/// views and what was agreed, an action holds the client's agreement, the client's aspirations are kept, and the
/// history names the client's own steps as the client's.
/// </summary>
public sealed class CoConstructionTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void ASharedDiagnosis_HoldsTheClientsView_TheCounsellorsView_AndWhatWasAgreed()
    {
        var intervention = _world.InDiagnosis();
        _world.Advance(Duration.FromDays(7));
        var session = SessionId.New();
        intervention.RecordSession(session, _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, _world.Counsellor);
        var agreement = new DiagnosisAgreement("I want to be a sound engineer", "No diploma yet; a technician course is within reach", "Start with the sound technician course", _world.ClientActor);
        _world.AssessSituation(intervention);

        intervention.ShareDiagnosis(session, agreement, _world.Counsellor);

        Assert.Equal(InterventionState.Planning, intervention.State);
        Assert.Equal(agreement, intervention.Diagnosis);
        var shared = Assert.IsType<DiagnosisShared>(intervention.History[^1]);
        Assert.Equal(_world.Counsellor, shared.By);
        Assert.Equal(_world.ClientActor, shared.ActingParty());
        Assert.Equal(agreement, Intervention.FromHistory(intervention.History, _world.Agency).Diagnosis);
        Assert.DoesNotContain("sound", agreement.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ASharedDiagnosis_AgreedByAnotherClient_IsRefused_AndChangesNothing()
    {
        var intervention = _world.InDiagnosis();
        var session = intervention.Sessions[0].Id;
        _world.AssessSituation(intervention);
        var version = intervention.Version;
        var stranger = Actor.Client(ClientId.New());

        var refusal = Assert.Throws<ActionRefusedException>(
            () => intervention.ShareDiagnosis(session, new DiagnosisAgreement("mine", "yours", "ours", stranger), _world.Counsellor));

        Assert.Equal(["agreement.not-by-client"], refusal.Codes);
        Assert.Equal(version, intervention.Version);
        Assert.Null(intervention.Diagnosis);
    }

    [Fact]
    public void AnAction_RecordsTheClientsAgreement_WhoAndWhen_AndTheHistoryShowsItAsTheClients()
    {
        var intervention = _world.Active();
        var session = intervention.Sessions.Last(s => s.Status == SessionStatus.Held).Id;
        var aunt = Actor.Relative(_world.Client, ThirdPartyRole.Aunt);
        var action = new PlanAction(PlanActionId.New(), "Fill in the college application", aunt, session);

        intervention.AgreeAction(action, _world.Counsellor);

        var agreed = intervention.FindAction(action.Id)!;
        Assert.Equal(_world.ClientActor, agreed.Agreement!.Client);
        Assert.Equal(_world.Clock.GetCurrentInstant(), agreed.Agreement.At);
        Assert.Equal(session, agreed.Agreement.Session);
        Assert.True(agreed.Agreement.RecordedOnBehalf);
        var evt = Assert.IsType<PlanActionAgreed>(intervention.History[^1]);
        Assert.Equal(ActorKind.Client, evt.ActingParty().Kind);
        Assert.Equal(ActorKind.Counsellor, evt.By.Kind);
    }

    [Fact]
    public void TheClientsAspirations_AreShownBesideTheObjectives_AndAreTheClients()
    {
        var intervention = _world.Active();
        var session = intervention.Sessions.Last(s => s.Status == SessionStatus.Held).Id;

        intervention.RecordAspiration(new Aspiration("Become a sound engineer", _world.ClientActor) { Session = session }, _world.Counsellor);

        Assert.Equal("Become a sound engineer", Assert.Single(intervention.Aspirations).What);
        Assert.NotEmpty(intervention.Objectives);
        Assert.Equal(_world.ClientActor, intervention.History[^1].ActingParty());
        Assert.Single(Intervention.FromHistory(intervention.History, _world.Agency).Aspirations);
    }

    [Fact]
    public void AnAspirationOfAnotherClient_IsRefused()
    {
        var intervention = _world.Open();

        var refusal = Assert.Throws<ActionRefusedException>(
            () => intervention.RecordAspiration(new Aspiration("Anything", Actor.Client(ClientId.New())), _world.Counsellor));

        Assert.Equal(["aspiration.other-client"], refusal.Codes);
        Assert.Empty(intervention.Aspirations);
    }

    [Fact]
    public void AnAspirationOrADiagnosisAgreement_IsTheClients_ByConstruction()
    {
        Assert.Throws<System.ArgumentException>(() => new Aspiration("x", _world.Counsellor));
        Assert.Throws<System.ArgumentException>(() => new DiagnosisAgreement("a", "b", "c", _world.Counsellor));
        Assert.Throws<System.ArgumentException>(() => new DiagnosisAgreement(" ", "b", "c", _world.ClientActor));
    }
}
