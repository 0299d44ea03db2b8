using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Services;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static Counselling.Core.Tests.Services.CatalogueExamples;

namespace Counselling.Core.Tests.Services;

public sealed class ReferralTests
{
    private readonly FakeClock _clock = new(TestWorld.Start);
    private readonly InterventionId _intervention = InterventionId.New();
    private readonly Actor _counsellor = Actor.Counsellor(CounsellorId.New());
    private readonly Actor _client = Actor.Client(ClientId.New());
    private readonly Actor _partner = Actor.Partner(PartnerId.New());

    [Fact]
    public void TheYoungClient_IsReferredToTransportHelpAndALanguagePlatform_AndGoesThrough()
    {
        var suggestions = ServiceSuggester.Suggest(Catalogue, YoungClient());
        var referrals = suggestions
            .Select(s => Referral.Propose(ReferralId.New(), _intervention, Catalogue, s.Service.Id, ReferralOrigin.FromSuggestion(s), _counsellor, _clock))
            .ToList();

        foreach (var referral in referrals)
        {
            _clock.AdvanceDays(2);
            referral.Accept(_client);
            _clock.AdvanceDays(5);
            referral.Start(_partner);
        }

        _clock.AdvanceDays(30);
        referrals[0].Complete(_partner);

        Assert.Equal([TransportHelp, LanguagePlatform], referrals.Select(r => r.Service));
        Assert.Equal(ReferralState.Completed, referrals[0].State);
        Assert.Equal(ReferralState.Started, referrals[1].State);
        Assert.Equal(ReferralOriginKind.Suggestion, referrals[1].Origin.Kind);
        Assert.Equal(ServicesCodes.AddressesBarrier, referrals[1].Origin.SuggestionReasons[0].Code);
        Assert.Equal(
            [(ReferralState?)null, ReferralState.Proposed, ReferralState.Accepted, ReferralState.Started],
            referrals[0].History.Select(c => c.From));
        Assert.Equal(_partner, referrals[0].History[^1].By);
    }

    [Fact]
    public void AReferralToAServiceNotInTheCatalogue_IsRefused()
    {
        var refusal = Assert.Throws<ActionRefusedException>(() =>
            Referral.Propose(ReferralId.New(), _intervention, Catalogue, new ServiceId("no-such-service"), ReferralOrigin.CounsellorChoice, _counsellor, _clock));

        Assert.Equal([ServicesCodes.ServiceNotInCatalogue], refusal.Codes);
        Assert.Equal("Le service no-such-service ne figure pas dans le répertoire.", refusal.Describe(CultureInfo.GetCultureInfo("fr-BE")));
    }

    [Fact]
    public void AReferralToAnInactiveService_IsRefused()
    {
        var refusal = Assert.Throws<ActionRefusedException>(() =>
            Referral.Propose(ReferralId.New(), _intervention, Catalogue, ClosedBusPass, ReferralOrigin.CounsellorChoice, _counsellor, _clock));

        Assert.Equal([ServicesCodes.ServiceInactive], refusal.Codes);
    }

    [Fact]
    public void TheCounsellorAlone_CannotAcceptForTheClient_AndTheRefusalChangesNothing()
    {
        var referral = Propose(TransportHelp);

        var refusal = Assert.Throws<ActionRefusedException>(() => referral.Accept(_counsellor));

        Assert.Equal([ServicesCodes.AnswerByClientOrPartner], refusal.Codes);
        Assert.Equal(ReferralState.Proposed, referral.State);
        Assert.Single(referral.History);
    }

    [Fact]
    public void CompletingAProposedReferral_IsRefused_NamingTheStage()
    {
        var referral = Propose(TransportHelp);

        var permission = referral.Check(ReferralAction.Complete, _partner);

        Assert.False(permission.IsAllowed);
        var reason = Assert.Single(permission.Reasons);
        Assert.Equal(ServicesCodes.ReferralNotAllowedInState, reason.Code);
        Assert.Equal(ReferralState.Proposed, reason["state"]);
        Assert.Equal("« mener à terme » n'est pas possible pour une orientation « proposée ».", reason.Describe(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void ANoShow_IsRecordedByTheCounsellorOrThePartner_NotByTheClient()
    {
        var referral = Propose(LanguagePlatform);
        referral.Accept(_client);

        Assert.Equal([ServicesCodes.NoShowByCounsellorOrPartner], referral.Check(ReferralAction.RecordNoShow, _client).Reasons.Select(r => r.Code));
        referral.RecordNoShow(_partner);
        Assert.Equal(ReferralState.NoShow, referral.State);
        Assert.True(referral.IsEnded);
    }

    [Fact]
    public void AClockGoingBack_IsRefused()
    {
        var referral = Propose(LanguagePlatform);
        _clock.Reset(TestWorld.Start - Duration.FromMinutes(5));

        var refusal = Assert.Throws<ActionRefusedException>(() => referral.Accept(_client));

        Assert.Equal([ServicesCodes.ClockBeforeLastChange], refusal.Codes);
    }

    [Fact]
    public void TheSpecialistReferral_CarriesItsOrigin_RecommendedAfterSessionsWithoutProgress()
    {
        var referral = Referral.Propose(
            ReferralId.New(), _intervention, Catalogue, Psychologist, ReferralOrigin.AfterSessionsWithoutProgress(3), _counsellor, _clock);

        Assert.Equal(ReferralOriginKind.SessionsWithoutProgress, referral.Origin.Kind);
        Assert.Equal(3, referral.Origin.SessionsWithoutProgress);
        Assert.Equal("Recommended because 3 sessions in a row brought no progress.", referral.Origin.Reason.Describe(CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Recommandée parce que 3 entretiens d'affilée n'ont pas permis d'avancer.", referral.Origin.Reason.Describe(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void TheRefusalMessage_NeverShowsStatelessText()
    {
        var referral = Propose(TransportHelp);
        referral.Cancel(_counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => referral.Start(_partner));

        Assert.DoesNotContain("trigger", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ReferralState.Cancelled, referral.State);
    }

    private Referral Propose(ServiceId service)
        => Referral.Propose(ReferralId.New(), _intervention, Catalogue, service, ReferralOrigin.CounsellorChoice, _counsellor, _clock);
}
