using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Json.Hsds;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Situation;
using Xunit;

namespace Counselling.Core.Tests.Services;

public sealed class HsdsCatalogueTests
{
    internal const string Export = """
        {
          "organizations": [
            { "id": "ml-93", "name": "Mission locale de Saint-Denis", "website": "https://ml93.example.org" },
            { "id": "lang-asso", "name": "Association Langues pour tous" }
          ],
          "locations": [
            { "id": "ml-93-office", "name": "Agence centre", "location_type": "physical", "organization_id": "ml-93", "transportation": "Métro ligne 13" },
            { "id": "lang-online", "name": "Plateforme en ligne", "location_type": "virtual", "organization_id": "lang-asso" }
          ],
          "services": [
            {
              "id": "transport-help", "organization_id": "ml-93", "name": "Aide à la mobilité", "status": "active",
              "minimum_age": 16, "maximum_age": 25,
              "service_areas": [ { "id": "a1", "name": "Seine-Saint-Denis", "uri": "fr/93" } ],
              "service_at_locations": [ { "id": "sal1", "location_id": "ml-93-office" } ],
              "attributes": [ { "id": "at1", "taxonomy_term": { "taxonomy": "counselling-core:barrier", "code": "mobility" } } ]
            },
            {
              "id": "language-platform", "organization_id": "lang-asso", "name": "Plateforme linguistique", "status": "active",
              "service_at_locations": [ { "id": "sal2", "location_id": "lang-online" } ],
              "attributes": [
                { "id": "at2", "taxonomy_term": { "taxonomy": "counselling-core:barrier", "code": "language" } },
                { "id": "at3", "taxonomy_term": { "taxonomy": "counselling-core:life-domain", "code": "training" } },
                { "id": "at4", "taxonomy_term": { "taxonomy": "counselling-core:eligible-status", "code": "job-seeker" } },
                { "id": "at5", "taxonomy_term": { "taxonomy": "openeligibility", "code": "adult" } }
              ]
            },
            { "id": "old-bus-pass", "organization_id": "ml-93", "name": "Pass bus", "status": "defunct" }
          ]
        }
        """;

    [Fact]
    public void AnExport_LoadsOrganisationsLocationsServicesAndEligibility()
    {
        // guide: hsds
        var catalogue = HsdsCatalogue.Load(Export, agencyOrganizations: ["ml-93"]);
        // end guide

        Assert.Equal(2, catalogue.Organizations.Length);
        Assert.Equal(2, catalogue.Locations.Length);
        Assert.Equal(3, catalogue.Services.Length);
        Assert.True(catalogue.TryFind(new ServiceId("transport-help"), out var transport));
        Assert.Equal(ServiceProvision.Internal, transport.Provision);
        Assert.Equal([BarrierCategory.Mobility], transport.Barriers);
        Assert.Equal(16, transport.Eligibility.MinimumAge);
        Assert.Equal(25, transport.Eligibility.MaximumAge);
        Assert.Equal([new AreaCode("fr/93")], transport.Eligibility.Areas);
        Assert.Equal([new LocationId("ml-93-office")], transport.Locations);
        Assert.True(catalogue.TryFind(new ServiceId("language-platform"), out var platform));
        Assert.Equal(ServiceProvision.External, platform.Provision);
        Assert.Equal([LifeDomain.Training], platform.Domains);
        Assert.Equal(["job-seeker"], platform.Eligibility.Statuses);
        Assert.True(catalogue.TryFind(new LocationId("lang-online"), out var online));
        Assert.True(online.IsVirtual);
        Assert.True(catalogue.TryFind(new ServiceId("old-bus-pass"), out var old));
        Assert.False(old.IsActive);
    }

    [Theory]
    [InlineData("\"minimum_age\": 16", "\"minimum_age\": \"sixteen\"", "$.services[0].minimum_age", "minimum_age", "hsds.wrong-type")]
    [InlineData("\"minimum_age\": 16", "\"minimum_age\": -3", "$.services[0].minimum_age", "minimum_age", "hsds.invalid-value")]
    [InlineData("\"code\": \"language\"", "\"code\": \"languages\"", "$.services[1].attributes[0].taxonomy_term.code", "attributes", "hsds.unknown-code")]
    [InlineData("\"location_id\": \"lang-online\"", "\"location_id\": \"lang-offline\"", "$.services[1].service_at_locations[0].location_id", "service_at_locations", "hsds.unknown-reference")]
    [InlineData("\"uri\": \"fr/93\"", "\"uri\": null", "$.services[0].service_areas[0].uri", "service_areas", "hsds.area-without-code")]
    [InlineData("\"status\": \"defunct\"", "\"status\": \"closed\"", "$.services[2].status", "status", "hsds.invalid-value")]
    [InlineData("{ \"id\": \"lang-asso\", \"name\": \"Association Langues pour tous\" }", "{ \"id\": \"lang-asso\" }", "$.organizations[1].name", "name", "hsds.missing-field")]
    [InlineData("\"id\": \"lang-online\"", "\"id\": \"ml-93-office\"", "$.locations[1].id", "id", "hsds.duplicate-id")]
    [InlineData("\"organization_id\": \"lang-asso\", \"name\": \"Plateforme", "\"organization_id\": \"nobody\", \"name\": \"Plateforme", "$.services[1].organization_id", "organization_id", "hsds.unknown-reference")]
    public void ABadRecord_IsLocated_AndNothingIsLoaded(string good, string bad, string path, string field, string code)
    {
        Assert.Contains(good, Export, StringComparison.Ordinal);
        var json = Export.Replace(good, bad, StringComparison.Ordinal);

        var error = Assert.Throws<HsdsFormatException>(() => HsdsCatalogue.Load(json, ["ml-93"]));

        Assert.Equal(path, error.Path);
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Reason.Code);
        Assert.NotNull(error.Index);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Describe(CultureInfo.GetCultureInfo("fr-FR"))));
    }

    [Fact]
    public void TextThatIsNotJson_IsRefusedWithItsLine()
    {
        var error = Assert.Throws<HsdsFormatException>(() => HsdsCatalogue.Load("{\n  \"services\": [ oops ]\n}", []));

        Assert.Equal("hsds.not-json", error.Reason.Code);
        Assert.Equal(2L, Convert.ToInt64(error.Reason["line"], CultureInfo.InvariantCulture));
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void ASectionThatIsNotAnArray_IsRefused()
    {
        var error = Assert.Throws<HsdsFormatException>(() => HsdsCatalogue.Load("{ \"services\": {} }", []));

        Assert.Equal("hsds.expected-array", error.Reason.Code);
        Assert.Equal("$.services", error.Path);
    }

    [Fact]
    public void TheLoadedCatalogue_SuggestsForTheYoungClient()
    {
        var catalogue = HsdsCatalogue.Load(Export, ["ml-93"]);
        var client = new ClientProfile([BarrierCategory.Mobility, BarrierCategory.Language], age: 19, area: new AreaCode("fr/93/93066"), statuses: ["job-seeker"]);

        Assert.Equal(["transport-help", "language-platform"], ServiceSuggester.Suggest(catalogue, client).Select(s => s.Service.Id.Value));
    }
}
