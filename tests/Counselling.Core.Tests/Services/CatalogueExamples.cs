using System.Collections.Immutable;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Situation;

namespace Counselling.Core.Tests.Services;

/// <summary>A small catalogue of a mission locale and its partners, and a young client with transport and language barriers.</summary>
internal static class CatalogueExamples
{
    public static readonly OrganizationId Agency = new("mission-locale");
    public static readonly OrganizationId Partners = new("partners");
    public static readonly ServiceId TransportHelp = new("transport-help");
    public static readonly ServiceId LanguagePlatform = new("language-platform");
    public static readonly ServiceId SocialDrivingSchool = new("social-driving-school");
    public static readonly ServiceId CvWorkshop = new("cv-workshop");
    public static readonly ServiceId HousingHelp = new("housing-help");
    public static readonly ServiceId ClosedBusPass = new("closed-bus-pass");
    public static readonly ServiceId AdultTransport = new("adult-transport");
    public static readonly ServiceId Psychologist = new("psychologist");

    public static ServiceCatalogue Catalogue { get; } = ServiceCatalogue.Create(
        [new Organization(Agency, "Mission locale"), new Organization(Partners, "Réseau de partenaires")],
        [new Location(new LocationId("agency-office"), "Agence", isVirtual: false) { Organization = Agency, Area = new AreaCode("fr/93/93066") }],
        [
            new Service(TransportHelp, Agency, "Aide à la mobilité (tickets de transport)", ServiceProvision.Internal)
            {
                Barriers = [BarrierCategory.Mobility],
                Eligibility = new Eligibility { MinimumAge = 16, MaximumAge = 25, Areas = [new AreaCode("fr/93")] },
                Locations = [new LocationId("agency-office")],
            },
            new Service(LanguagePlatform, Partners, "Plateforme linguistique", ServiceProvision.External)
            {
                Barriers = [BarrierCategory.Language],
                Domains = [LifeDomain.Training],
                Eligibility = new Eligibility { Areas = [new AreaCode("fr")] },
            },
            new Service(SocialDrivingSchool, Partners, "Auto-école sociale", ServiceProvision.External)
            {
                Barriers = [BarrierCategory.Mobility],
                Eligibility = new Eligibility { MinimumAge = 18, Statuses = ["benefits-recipient"] },
            },
            new Service(CvWorkshop, Agency, "Atelier CV", ServiceProvision.Internal) { Domains = [LifeDomain.Work] },
            new Service(HousingHelp, Partners, "Aide au logement", ServiceProvision.External) { Barriers = [BarrierCategory.Housing] },
            new Service(ClosedBusPass, Partners, "Pass bus (fermé)", ServiceProvision.External) { Barriers = [BarrierCategory.Mobility], IsActive = false },
            new Service(AdultTransport, Partners, "Transport solidaire adultes", ServiceProvision.External)
            {
                Barriers = [BarrierCategory.Mobility],
                Eligibility = new Eligibility { MinimumAge = 26, MaximumAge = 64 },
            },
            new Service(Psychologist, Partners, "Psychologue", ServiceProvision.External) { Barriers = [BarrierCategory.ConfidenceAndFears, BarrierCategory.Health] },
        ]);

    /// <summary>A 19-year-old in Saint-Denis, without a car and learning French: transport is blocking, the language a difficulty.</summary>
    public static ClientProfile YoungClient()
    {
        var situation = SituationAssessment.Start(AssessmentMoment.Intake, TestWorld.Start)
            .WithClientView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithCounsellorView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithClientView(LifeDomain.Language, LifeDomainStatus.Fragile)
            .WithCounsellorView(LifeDomain.Language, LifeDomainStatus.Blocking)
            .Agree(LifeDomain.Language, LifeDomainStatus.Difficulty);
        return new ClientProfile([BarrierCategory.Mobility, BarrierCategory.Language], situation, age: 19, area: new AreaCode("fr/93/93066"), statuses: ["youth"]);
    }
}
