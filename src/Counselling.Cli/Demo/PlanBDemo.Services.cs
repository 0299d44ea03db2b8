using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Situation;

namespace Counselling.Cli.Demo;

/// <content>
/// The services around the story: he has no car and French is his second language, so the counsellor refers him, from
/// the agency's catalogue, to transport help and to a language platform, each provided by a partner organisation.
/// </content>
internal sealed partial class PlanBDemo
{
    private static readonly OrganizationId Agency = new("carrefour-jeunesse");
    private static readonly OrganizationId MobilityNetwork = new("reseau-mobilite");
    private static readonly OrganizationId LanguageCentre = new("centre-passerelle");

    /// <summary>Gets the agency's catalogue of the story: its own workshop and its partners' services.</summary>
    public static ServiceCatalogue Catalogue { get; } = ServiceCatalogue.Create(
        [new Organization(Agency, "Carrefour jeunesse-emploi"), new Organization(MobilityNetwork, "Réseau Mobilité Jeunesse"), new Organization(LanguageCentre, "Centre de langues Passerelle")],
        [],
        [
            new Service(new ServiceId("transport-help"), MobilityNetwork, "Transport help (bus passes)", ServiceProvision.External)
            {
                Barriers = [BarrierCategory.Mobility],
                Eligibility = new Eligibility { MinimumAge = 16, MaximumAge = 30 },
            },
            new Service(new ServiceId("language-platform"), LanguageCentre, "Language platform (French at work)", ServiceProvision.External)
            {
                Barriers = [BarrierCategory.Language],
                Domains = [LifeDomain.Language],
            },
            new Service(new ServiceId("cv-workshop"), Agency, "CV workshop", ServiceProvision.Internal) { Domains = [LifeDomain.Work] },
        ]);

    /// <summary>Gets the referrals of the story, once made.</summary>
    public IReadOnlyList<ReferralEntry> Referrals { get; private set; } = [];

    private void ReferToServices(Intervention intervention)
    {
        var profile = new ClientProfile([BarrierCategory.Mobility, BarrierCategory.Language], intervention.Situation, age: 19);
        var suggestions = ServiceSuggester.Suggest(Catalogue, profile).Where(s => s.Service.Barriers.Length > 0).ToList();
        foreach (var suggestion in suggestions)
        {
            intervention.Refer(ReferralId.New(), Catalogue, suggestion.Service.Id, ReferralOrigin.FromSuggestion(suggestion), Me);
        }

        foreach (var referral in intervention.Referrals.ToList())
        {
            intervention.RecordReferralStatus(referral.Id, ReferralAction.Accept, Him);
        }

        Referrals = [.. intervention.Referrals];
        _say.Step(
            _clock.Now,
            Zone,
            "He has no car and French is his second language: from the agency's catalogue, I refer him to transport help and to a language platform; he accepts both. Each partner provides its service, he attends:",
            "Il n'a pas de voiture et le français est sa langue seconde : dans le catalogue de l'agence, je l'oriente vers une aide au transport et vers une plateforme linguistique ; il accepte les deux. Chaque partenaire offre son service, il y participe :");
        foreach (var referral in intervention.Referrals.ToList())
        {
            _say.Line($"  {referral.ServiceName} — {referral.ProviderName}", $"  {referral.ServiceName} — {referral.ProviderName}");
        }
    }
}
