using System.Globalization;
using System.Linq;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Situation;
using Xunit;
using static Counselling.Core.Tests.Services.CatalogueExamples;

namespace Counselling.Core.Tests.Services;

public sealed class ServiceSuggesterTests
{
    [Fact]
    public void AYoungClientWithTransportAndLanguageBarriers_IsSuggestedTransportHelpThenTheLanguagePlatform()
    {
        var suggestions = ServiceSuggester.Suggest(Catalogue, YoungClient());

        Assert.Equal([TransportHelp, LanguagePlatform], suggestions.Select(s => s.Service.Id));
        var transport = suggestions[0];
        Assert.Equal(ServiceSuggester.BarrierWeight + ServiceSuggester.BlockingDomainWeight + ServiceSuggester.InternalWeight, transport.Score);
        Assert.Equal(
            [ServicesCodes.AddressesBarrier, ServicesCodes.AddressesDomain, ServicesCodes.ProvidedByAgency],
            transport.Reasons.Select(r => r.Code));
        Assert.Equal(BarrierCategory.Mobility, transport.Reasons[0]["barrier"]);
        Assert.Equal("Aide à lever le frein : mobilité.", transport.Reasons[0].Describe(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("Addresses mobility, rated blocking in the situation.", transport.Reasons[1].Describe(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void ServicesTheClientIsNotEligibleFor_AreLeftOut_AndSayWhy()
    {
        var client = YoungClient();
        Catalogue.TryFind(SocialDrivingSchool, out var drivingSchool);
        Catalogue.TryFind(AdultTransport, out var adults);

        Assert.Equal([ServicesCodes.StatusRequired], drivingSchool!.Eligibility.Explain(client).Select(r => r.Code));
        Assert.Equal([ServicesCodes.TooYoung], adults!.Eligibility.Explain(client).Select(r => r.Code));
        Assert.Equal(26, adults.Eligibility.Explain(client)[0]["minimum"]);
    }

    [Fact]
    public void InactiveServices_AndServicesForOtherBarriers_AreNotSuggested()
    {
        var ids = ServiceSuggester.Suggest(Catalogue, YoungClient(), limit: 100).Select(s => s.Service.Id).ToList();

        Assert.DoesNotContain(ClosedBusPass, ids);
        Assert.DoesNotContain(HousingHelp, ids);
        Assert.DoesNotContain(CvWorkshop, ids);
    }

    [Fact]
    public void AClientWithoutBarriers_GetsNoSuggestion()
        => Assert.Empty(ServiceSuggester.Suggest(Catalogue, new ClientProfile([], age: 30)));

    [Fact]
    public void AnUnknownAge_IsNeverAssumedEligible()
    {
        var client = new ClientProfile([BarrierCategory.Mobility], area: new AreaCode("fr/93/93066"));

        Assert.DoesNotContain(TransportHelp, ServiceSuggester.Suggest(Catalogue, client).Select(s => s.Service.Id));
        Catalogue.TryFind(TransportHelp, out var transport);
        Assert.Equal([ServicesCodes.AgeUnknown], transport!.Eligibility.Explain(client).Select(r => r.Code));
    }

    [Fact]
    public void TheLimit_KeepsTheBest()
    {
        var suggestions = ServiceSuggester.Suggest(Catalogue, YoungClient(), limit: 1);

        Assert.Equal([TransportHelp], suggestions.Select(s => s.Service.Id));
    }

    [Fact]
    public void AnAreaContainsTheAreasBelowIt_Only()
    {
        Assert.True(new AreaCode("fr/93").Contains(new AreaCode("FR/93/93066")));
        Assert.True(new AreaCode("fr/93").Contains(new AreaCode("fr/93")));
        Assert.False(new AreaCode("fr/9").Contains(new AreaCode("fr/93")));
        Assert.False(new AreaCode("fr/93/93066").Contains(new AreaCode("fr/93")));
        Assert.False(AreaCode.IsValid("fr//93"));
    }

    [Fact]
    public void AServiceAddressesTheDomainsOfItsBarriers()
    {
        Catalogue.TryFind(LanguagePlatform, out var platform);

        Assert.True(platform!.Addresses(LifeDomain.Language));
        Assert.True(platform.Addresses(LifeDomain.Training));
        Assert.False(platform.Addresses(LifeDomain.Housing));
    }
}
