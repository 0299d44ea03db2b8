using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using Counselling.Core.Occupations;
using Counselling.Core.Pathway;
using Counselling.Core.Interventions;
using Counselling.Core.Services;
using Counselling.Core.Situation;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Services;

/// <summary>The examples of docs/situation-and-services.md, run; and its generated diagrams kept in step with the machines.</summary>
public sealed class SituationAndServicesGuideTests
{
    private const string Guide = "docs/situation-and-services.md";

    [Fact]
    public void SituationSuggestionsAndReferral()
    {
        IClock clock = new FakeClock(TestWorld.Start);
        var counsellor = Actor.Counsellor(CounsellorId.New());
        var client = Actor.Client(ClientId.New());
        var interventionId = InterventionId.New();
        var catalogue = CatalogueExamples.Catalogue;

        // guide: suggest
        // The global situation, assessed with the client: each side's view, then what they agree.
        var situation = SituationAssessment.Start(AssessmentMoment.Intake, clock.GetCurrentInstant())
            .WithClientView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithCounsellorView(LifeDomain.Mobility, LifeDomainStatus.Blocking)
            .WithClientView(LifeDomain.Language, LifeDomainStatus.Fragile)
            .WithCounsellorView(LifeDomain.Language, LifeDomainStatus.Blocking)
            .Agree(LifeDomain.Language, LifeDomainStatus.Difficulty);

        // What the catalogue needs to know: barriers, situation, and what eligibility is checked against.
        var profile = new ClientProfile(
            [BarrierCategory.Mobility, BarrierCategory.Language], situation,
            age: 19, area: new AreaCode("fr/93/93066"), statuses: ["youth"]);

        foreach (var suggestion in ServiceSuggester.Suggest(catalogue, profile))
        {
            // Each suggestion comes with its reasons, to show in French or English.
            var why = suggestion.Reasons.Select(r => r.Describe(CultureInfo.GetCultureInfo("fr-FR")));

            var referral = Referral.Propose(
                ReferralId.New(), interventionId, catalogue, suggestion.Service.Id,
                ReferralOrigin.FromSuggestion(suggestion), counsellor, clock);
            referral.Accept(client);                       // the client's answer, not the counsellor's
        }
        // end guide

        Assert.Equal(LifeDomainStatus.Difficulty, situation.StatusOf(LifeDomain.Language));
    }

    [Fact]
    public void SpecialistReferral()
    {
        IClock clock = new FakeClock(TestWorld.Start);
        var counsellor = Actor.Counsellor(CounsellorId.New());
        var interventionId = InterventionId.New();
        var catalogue = CatalogueExamples.Catalogue;
        var psychologist = CatalogueExamples.Psychologist;
        var sessionsWithoutProgress = 3;

        // guide: specialist
        var referral = Referral.Propose(
            ReferralId.New(), interventionId, catalogue, psychologist,
            ReferralOrigin.AfterSessionsWithoutProgress(sessionsWithoutProgress), counsellor, clock);

        // "Recommandée parce que 3 entretiens d'affilée n'ont pas permis d'avancer."
        string origin = referral.Origin.Reason.Describe(CultureInfo.GetCultureInfo("fr-FR"));

        Permission accept = referral.Check(ReferralAction.Accept, counsellor);
        // accept.IsAllowed == false: referral.answer-by-client-or-partner
        // end guide

        Assert.StartsWith("Recommandée parce que 3", origin, StringComparison.Ordinal);
        Assert.False(accept.IsAllowed);
    }

    [Fact]
    public void GroupCancelledForLackOfParticipants()
    {
        IClock clock = new FakeClock(TestWorld.Start);
        var counsellor = Actor.Counsellor(CounsellorId.New());
        var participants = Enumerable.Range(0, 3).Select(_ => InterventionId.New()).ToList();

        // guide: group
        var group = GroupProgramme.Plan(
            GroupProgrammeId.New(), capacity: 12, minimumParticipants: 6, "Salle 2, mission locale",
            new LocalDateTime(2026, 3, 16, 9, 30), "Europe/Paris", DateTimeZoneProviders.Tzdb, counsellor, clock);
        group.OpenEnrolment(counsellor);
        foreach (var intervention in participants)      // each participant keeps an individual intervention
        {
            group.Enrol(intervention, counsellor);
        }

        Permission confirm = group.Check(GroupProgrammeAction.Confirm, counsellor);
        // refused: group.minimum-not-reached (3 enrolled, 6 needed)
        group.Cancel(GroupCancellationReason.NotEnoughParticipants, counsellor);
        // end guide

        Assert.False(confirm.IsAllowed);
        Assert.Equal(GroupProgrammeState.Cancelled, group.State);
    }

    [Fact]
    public void ReferralsInTheActionPlan_AndTheirPathway()
    {
        var world = new TestWorld();
        var intervention = world.Active();
        var catalogue = CatalogueExamples.Catalogue;
        var suggestions = ServiceSuggester.Suggest(catalogue, CatalogueExamples.YoungClient());
        var counsellor = world.Counsellor;
        var client = world.ClientActor;
        var partner = Actor.Partner(PartnerId.New());

        // guide: intervention-referral
        var transport = ReferralId.New();
        intervention.Refer(transport, catalogue, suggestions[0].Service.Id, ReferralOrigin.FromSuggestion(suggestions[0]), counsellor);
        intervention.RecordReferralStatus(transport, ReferralAction.Accept, client);
        intervention.RecordReferralStatus(transport, ReferralAction.Start, partner);
        ReferralEntry entry = intervention.Referrals[0];   // Provider: the partner organisation; Attendee: the client; State: Started

        // A service outside the catalogue is refused (referral.service-not-in-catalogue) and nothing changes.
        Permission elsewhere = intervention.CanRefer(ReferralId.New(), catalogue, new ServiceId("nowhere"), ReferralOrigin.CounsellorChoice);

        SharedPathway pathway = InterventionPathway.Of(intervention);   // or InterventionPathway.Of(Trajectory.Of(interventions))
        string mermaid = PathwayExport.ToMermaid(pathway, CultureInfo.GetCultureInfo("fr-FR"));
        // end guide

        Assert.Equal(ReferralState.Started, entry.State);
        Assert.Equal(["referral.service-not-in-catalogue"], elsewhere.Reasons.Select(r => r.Code));
        Assert.Contains("Aide à la mobilité", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void TheYoungClientsStory_TransportAndLanguage_PlanAAndPlanB_AndItsPathway()
    {
        var world = new TestWorld();
        var intervention = world.Active();
        var catalogue = CatalogueExamples.Catalogue;
        var counsellor = world.Counsellor;
        var client = world.ClientActor;
        var situation = intervention.Situation;

        // guide: young-client
        // A 19-year-old without a car, learning French: transport blocks him, the language is a difficulty.
        var profile = new ClientProfile([BarrierCategory.Mobility, BarrierCategory.Language], situation, age: 19, area: new AreaCode("fr/93/93066"));
        foreach (var suggestion in ServiceSuggester.Suggest(catalogue, profile).Where(s => s.Service.Barriers.Length > 0))
        {
            // Transport help, then the language platform: each provided by a partner organisation, attended by him.
            intervention.Refer(ReferralId.New(), catalogue, suggestion.Service.Id, ReferralOrigin.FromSuggestion(suggestion), counsellor);
        }

        // Plan A, the army, waits for the recruitment office's answer; plan B, industrial mechanic, for the college's.
        intervention.AddOption("A", null, counsellor);
        intervention.AwaitDecision("A", "answer from the army recruitment office", new LocalDate(2026, 7, 6), counsellor);
        intervention.AddOption("B", Occupation.Parse("NOC-2021:72400"), counsellor);
        intervention.AwaitDecision("B", "college admission answer", new LocalDate(2026, 8, 24), counsellor);
        intervention.RecordDecisionOutcome("B", "college admission answer", OptionStatus.Succeeded, client);   // plan B achieved

        // The pathway of his story: who does what, where each step stands, the decisions each plan waits for.
        foreach (var node in PathwayExport.ToView(InterventionPathway.Of(intervention), CultureInfo.GetCultureInfo("fr-CA")))
        {
            Console.WriteLine($"{node.KindLabel} : {node.Text} — {node.WhoDoesWhat}, {node.StatusLabel}");
        }
        // end guide

        var rows = PathwayExport.ToView(InterventionPathway.Of(intervention), CultureInfo.GetCultureInfo("fr-CA"));
        Assert.Equal(["Mission locale", "Réseau de partenaires"], rows.Where(r => r.Provider is not null).Select(r => r.Provider));
        Assert.Contains(rows, r => r is { Kind: PathwayNodeKind.Decision, Text: "answer from the army recruitment office", Status: PathwayNodeStatus.Waiting });
        Assert.Contains(rows, r => r is { Kind: PathwayNodeKind.Decision, Text: "college admission answer", Status: PathwayNodeStatus.Done });
        Assert.Equal((OptionStatus.Pending, OptionStatus.Succeeded), (intervention.FindOption("A")!.Status, intervention.FindOption("B")!.Status));
    }

    [Theory]
    [InlineData("tests/Counselling.Core.Tests/Services/SituationAndServicesGuideTests.cs", "intervention-referral")]
    [InlineData("tests/Counselling.Core.Tests/Services/SituationAndServicesGuideTests.cs", "young-client")]
    [InlineData("tests/Counselling.Core.Tests/Services/SituationAndServicesGuideTests.cs", "suggest")]
    [InlineData("tests/Counselling.Core.Tests/Services/SituationAndServicesGuideTests.cs", "specialist")]
    [InlineData("tests/Counselling.Core.Tests/Services/SituationAndServicesGuideTests.cs", "group")]
    [InlineData("tests/Counselling.Core.Tests/Pathway/SharedPathwayTests.cs", "pathway")]
    [InlineData("tests/Counselling.Core.Tests/Services/HsdsCatalogueTests.cs", "hsds")]
    public void TheGuide_ShowsTheTestedExample(string file, string name)
    {
        var source = File.ReadAllLines(RepositoryFiles.PathOf(file));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: " + name) + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = File.ReadAllText(RepositoryFiles.PathOf(Guide)).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheGuidesDiagrams_AreTheOnesGeneratedFromTheMachines()
    {
        var path = RepositoryFiles.PathOf(Guide);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        const string begin = "<!-- generated: lifecycles -->\n";
        const string stop = "<!-- end generated -->";
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(stop, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, Guide + " lacks its generated section markers.");

        var generated = text[..(from + begin.Length)] + Diagrams() + text[to..];
        RepositoryFiles.AssertMatches(Guide, generated);
    }

    [Fact]
    public void EveryGuard_IsLabelledWithItsRule()
    {
        Assert.DoesNotContain("Function", ReferralDiagram.Mermaid(), StringComparison.Ordinal);
        Assert.DoesNotContain("Function", GroupProgrammeDiagram.Mermaid(), StringComparison.Ordinal);
        Assert.DoesNotContain("Function", ReferralDiagram.Dot(), StringComparison.Ordinal);
        Assert.DoesNotContain("Function", GroupProgrammeDiagram.Dot(), StringComparison.Ordinal);
        Assert.Contains("answered by the client or the partner", ReferralDiagram.Mermaid(), StringComparison.Ordinal);
        Assert.Contains("the minimum number of participants is enrolled", GroupProgrammeDiagram.Mermaid(), StringComparison.Ordinal);
    }

    private static string Diagrams()
    {
        var text = new StringBuilder();
        text.Append("### Referral\n\n```mermaid\n").Append(ReferralDiagram.Mermaid().ReplaceLineEndings("\n").TrimEnd()).Append("\n```\n\n");
        text.Append("### Group programme\n\n```mermaid\n").Append(GroupProgrammeDiagram.Mermaid().ReplaceLineEndings("\n").TrimEnd()).Append("\n```\n\n");
        text.Append("### Rules\n\nEvery action also refuses a clock that reads earlier than the last change (`clock.before-last-change`).\n\n| lifecycle | action | code | English | français |\n| --- | --- | --- | --- | --- |\n");
        var en = CultureInfo.GetCultureInfo("en");
        var fr = CultureInfo.GetCultureInfo("fr");
        void Rows<TAction>(string lifecycle, Func<TAction, System.Collections.Generic.IEnumerable<string>> codes)
            where TAction : struct, Enum
        {
            foreach (var action in Enum.GetValues<TAction>())
            {
                foreach (var code in codes(action).Where(c => c != ServicesCodes.ClockBeforeLastChange))
                {
                    MessageCatalog.Default.TryGetTemplate(code, en, out var english);
                    MessageCatalog.Default.TryGetTemplate(code, fr, out var french);
                    text.Append(CultureInfo.InvariantCulture, $"| {lifecycle} | {action} | `{code}` | {english} | {french} |\n");
                }
            }
        }

        Rows<ReferralAction>("referral", a => Referral.Rules(a));
        Rows<GroupProgrammeAction>("group", a => GroupProgramme.Rules(a));
        text.Append("\n### Graphviz\n\n```dot\n").Append(ReferralDiagram.Dot().ReplaceLineEndings("\n").TrimEnd()).Append("\n```\n\n");
        text.Append("```dot\n").Append(GroupProgrammeDiagram.Dot().ReplaceLineEndings("\n").TrimEnd()).Append("\n```\n");
        return text.ToString();
    }
}
