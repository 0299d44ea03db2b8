using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Services;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Services.CatalogueExamples;

namespace Counselling.Core.Tests.Services;

/// <summary>Referrals made in an intervention: they enter its action plan and go through the referral's own lifecycle, as events of the intervention.</summary>
public sealed class InterventionReferralTests
{
    private readonly TestWorld _world = new();
    private readonly Actor _partner = Actor.Partner(PartnerId.New());

    [Fact]
    public void TheYoungClient_IsReferredToTransportHelpAndALanguagePlatform_AndThePlanShowsWhereEachStands()
    {
        var intervention = _world.Active();
        var suggestions = ServiceSuggester.Suggest(Catalogue, YoungClient());
        var referrals = suggestions.Select(_ => ReferralId.New()).ToList();

        for (var i = 0; i < suggestions.Count; i++)
        {
            _world.Advance(Duration.FromHours(1));
            intervention.Refer(referrals[i], Catalogue, suggestions[i].Service.Id, ReferralOrigin.FromSuggestion(suggestions[i]), _world.Counsellor);
        }

        _world.Advance(Duration.FromDays(2));
        intervention.RecordReferralStatus(referrals[0], ReferralAction.Accept, _world.ClientActor);
        intervention.RecordReferralStatus(referrals[1], ReferralAction.Accept, _partner);
        _world.Advance(Duration.FromDays(5));
        intervention.RecordReferralStatus(referrals[0], ReferralAction.Start, _partner);
        intervention.RecordReferralStatus(referrals[1], ReferralAction.RecordNoShow, _partner);
        _world.Advance(Duration.FromDays(30));
        intervention.RecordReferralStatus(referrals[0], ReferralAction.Complete, _partner);

        Assert.Equal([TransportHelp, LanguagePlatform], intervention.Referrals.Select(r => r.Service));
        Assert.Equal([Agency, Partners], intervention.Referrals.Select(r => r.Provider));
        Assert.All(intervention.Referrals, r => Assert.Equal(_world.ClientActor, r.Attendee));
        Assert.All(intervention.Referrals, r => Assert.Equal(ReferralOriginKind.Suggestion, r.Origin.Kind));
        Assert.Equal([ReferralState.Completed, ReferralState.NoShow], intervention.Referrals.Select(r => r.State));
        Assert.Equal(
            [ReferralState.Proposed, ReferralState.Accepted, ReferralState.Started, ReferralState.Completed],
            intervention.Referrals[0].Changes.Select(c => c.To));
        Assert.Equal(2, intervention.History.OfType<ReferralMade>().Count());
        Assert.Equal(5, intervention.History.OfType<ReferralStatusRecorded>().Count());
        Assert.Equal(
            ["Aide à la mobilité (tickets de transport)", "Plateforme linguistique"],
            intervention.Referrals.Select(r => r.ServiceName));

        var rebuilt = Intervention.FromHistory(intervention.History, _world.Agency);
        Assert.Equal(intervention.Referrals.Select(r => (r.Id, r.State, r.Changes.Count)), rebuilt.Referrals.Select(r => (r.Id, r.State, r.Changes.Count)));
    }

    [Fact]
    public void AReferralToAServiceNotInTheCatalogue_IsRefusedWithACode_AndNothingChanges()
    {
        var intervention = _world.Active();
        var version = intervention.Version;
        var nowhere = new ServiceId("nowhere");

        var asked = intervention.CanRefer(ReferralId.New(), Catalogue, nowhere, ReferralOrigin.CounsellorChoice);
        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Refer(ReferralId.New(), Catalogue, nowhere, ReferralOrigin.CounsellorChoice, _world.Counsellor));

        Assert.Equal(["referral.service-not-in-catalogue"], refusal.Codes);
        Assert.Equal(refusal.Codes, asked.Reasons.Select(r => r.Code));
        Assert.Equal("The service nowhere is not in the catalogue.", refusal.Reasons[0].Describe(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Le service nowhere ne figure pas dans le répertoire.", refusal.Reasons[0].Describe(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(version, intervention.Version);
        Assert.Empty(intervention.Referrals);
    }

    [Fact]
    public void AReferralToAServiceThatTakesNobody_IsRefused()
    {
        var intervention = _world.Active();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Refer(ReferralId.New(), Catalogue, ClosedBusPass, ReferralOrigin.CounsellorChoice, _world.Counsellor));

        Assert.Equal(["referral.service-inactive"], refusal.Codes);
        Assert.Empty(intervention.Referrals);
    }

    [Fact]
    public void TheSameReferral_IsMadeOnce()
    {
        var intervention = _world.Active();
        var referral = ReferralId.New();
        intervention.Refer(referral, Catalogue, CvWorkshop, ReferralOrigin.CounsellorChoice, _world.Counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Refer(referral, Catalogue, HousingHelp, ReferralOrigin.CounsellorChoice, _world.Counsellor));

        Assert.Equal(["referral.already-made"], refusal.Codes);
        Assert.Single(intervention.Referrals);
    }

    [Fact]
    public void TheCounsellor_CannotAcceptForTheClient_AndAnEndedReferralDoesNotMove()
    {
        var intervention = _world.Active();
        var referral = ReferralId.New();
        intervention.Refer(referral, Catalogue, CvWorkshop, ReferralOrigin.CounsellorChoice, _world.Counsellor);

        Assert.Equal(["referral.answer-by-client-or-partner"], intervention.CanRecordReferralStatus(referral, ReferralAction.Accept, _world.Counsellor).Reasons.Select(r => r.Code));
        intervention.RecordReferralStatus(referral, ReferralAction.Decline, _world.ClientActor);
        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordReferralStatus(referral, ReferralAction.Start, _partner));

        Assert.Equal(["referral.not-allowed-in-state"], refusal.Codes);
        Assert.Equal(ReferralState.Declined, intervention.FindReferral(referral)!.State);
        Assert.Equal(["referral.unknown"], intervention.CanRecordReferralStatus(ReferralId.New(), ReferralAction.Accept, _partner).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void APartnersAnswer_IsRecordedAfterTheClosure()
    {
        var intervention = _world.Active();
        var referral = ReferralId.New();
        intervention.Refer(referral, Catalogue, LanguagePlatform, ReferralOrigin.CounsellorChoice, _world.Counsellor);
        intervention.Close(Counselling.Core.Evidence.ClosureReason.ReferredElsewhere, _world.Counsellor);
        _world.Advance(Duration.FromDays(10));

        intervention.RecordReferralStatus(referral, ReferralAction.Accept, _partner);

        Assert.Equal((InterventionState.Closed, ReferralState.Accepted), (intervention.State, intervention.Referrals[0].State));
        Assert.Equal(["lifecycle.not-allowed-in-state"], intervention.CanRefer(ReferralId.New(), Catalogue, CvWorkshop, ReferralOrigin.CounsellorChoice).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void TheReferralToASpecialist_GoesThroughTheReferralLifecycle()
    {
        var intervention = ThreeSessionsWithoutProgress();

        var referral = ReferralId.New();
        intervention.ReferToSpecialist(referral, Catalogue, Psychologist, _world.Counsellor);
        _world.Advance(Duration.FromDays(3));
        intervention.RecordReferralStatus(referral, ReferralAction.Accept, _world.ClientActor);
        intervention.RecordReferralStatus(referral, ReferralAction.Start, _partner);

        var entry = intervention.FindReferral(referral)!;
        Assert.Equal((ReferralOriginKind.SessionsWithoutProgress, 3, ReferralState.Started), (entry.Origin.Kind, entry.Origin.SessionsWithoutProgress, entry.State));
        Assert.False(intervention.IsSpecialistReferralRecommended);
        Assert.Equal(["specialist.not-recommended"], intervention.CanReferToSpecialist(ReferralId.New(), Catalogue, Psychologist).Reasons.Select(r => r.Code));
        Assert.Equal(entry.State, Intervention.FromHistory(intervention.History, _world.Agency).FindReferral(referral)!.State);
    }

    [Fact]
    public void AReferralToASpecialistNotInTheCatalogue_IsRefused_AndTheRecommendationStands()
    {
        var intervention = ThreeSessionsWithoutProgress();

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.ReferToSpecialist(ReferralId.New(), Catalogue, new ServiceId("nowhere"), _world.Counsellor));

        Assert.Equal(["referral.service-not-in-catalogue"], refusal.Codes);
        Assert.True(intervention.IsSpecialistReferralRecommended);
    }

    [Fact]
    public void AStoredHistory_WithTheEarlierSpecialistReferralEvent_StillRebuilds_AndAnswersTheRecommendation()
    {
        var intervention = ThreeSessionsWithoutProgress();

        var stored = intervention.History.Append(new SpecialistReferralMade(3, _world.Clock.GetCurrentInstant(), _world.Counsellor)).ToList();

        var rebuilt = Intervention.FromHistory(stored, _world.Agency);

        Assert.False(rebuilt.IsSpecialistReferralRecommended);
        Assert.Empty(rebuilt.Referrals);
        Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory([.. stored, new SpecialistReferralMade(3, _world.Clock.GetCurrentInstant(), _world.Counsellor)], _world.Agency));
    }

    [Fact]
    public void AReferralAfterSessionsWithoutProgress_GoesThroughReferToSpecialist()
    {
        var intervention = _world.Active();

        Assert.Throws<System.ArgumentException>(() => intervention.Refer(ReferralId.New(), Catalogue, Psychologist, ReferralOrigin.AfterSessionsWithoutProgress(3), _world.Counsellor));
    }

    private Intervention ThreeSessionsWithoutProgress()
    {
        var intervention = _world.InDiagnosis();
        for (var i = 0; i < 3; i++)
        {
            _world.Advance(Duration.FromDays(7));
            intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NoProgress, _world.Counsellor);
        }

        return intervention;
    }
}
