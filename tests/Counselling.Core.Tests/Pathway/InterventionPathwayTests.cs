using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Pathway;
using Counselling.Core.Services;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Services.CatalogueExamples;

namespace Counselling.Core.Tests.Pathway;

/// <summary>The shared pathway built from what an intervention recorded, and from a client's trajectory of returns.</summary>
public sealed class InterventionPathwayTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void TheYoungClientsPathway_ShowsTheObjective_TheActions_AndEachReferralWithWhereItStands()
    {
        var intervention = _world.Active();
        var session = intervention.Sessions[^1].Id;
        var objective = intervention.Objectives[0].Id;
        intervention.AgreeAction(new PlanAction(PlanActionId.New(), "Call the language platform", _world.ClientActor, session) { Objective = objective }, _world.Counsellor);
        var suggestions = ServiceSuggester.Suggest(Catalogue, YoungClient());
        var transport = ReferralId.New();
        var language = ReferralId.New();
        intervention.Refer(transport, Catalogue, suggestions[0].Service.Id, ReferralOrigin.FromSuggestion(suggestions[0]), _world.Counsellor);
        intervention.Refer(language, Catalogue, suggestions[1].Service.Id, ReferralOrigin.FromSuggestion(suggestions[1]), _world.Counsellor);
        _world.Advance(Duration.FromDays(3));
        intervention.RecordReferralStatus(transport, ReferralAction.Accept, _world.ClientActor);
        intervention.RecordReferralStatus(language, ReferralAction.Decline, _world.ClientActor);
        intervention.AddOption("plan-a", null, _world.Counsellor);
        intervention.RecordOption(new OptionFact("plan-a", OptionStatus.Pending, _world.Clock.GetCurrentInstant(), ActorKind.Client), _world.Counsellor);

        var pathway = InterventionPathway.Of(intervention);

        Assert.Equal(["e1-question", "e1-o1", "e1-a1", "e1-r1", "e1-r2", "e1-decision", "e1-p1"], pathway.Nodes.Select(n => n.Key));
        Assert.Equal(PathwayNodeKind.KeyQuestion, pathway["e1-question"].Kind);
        Assert.Equal(("Aide à la mobilité (tickets de transport)", PathwayNodeStatus.InProgress), (pathway["e1-r1"].Text, pathway["e1-r1"].Status));
        Assert.Equal(("Plateforme linguistique", PathwayNodeStatus.Abandoned), (pathway["e1-r2"].Text, pathway["e1-r2"].Status));
        Assert.Equal(_world.ClientActor, pathway["e1-r1"].Owner);
        Assert.Contains(new PathwayLink("e1-o1", "e1-a1"), pathway.Links);
        Assert.Contains(new PathwayLink("e1-decision", "e1-p1"), pathway.Links);
        Assert.Equal(PathwayNodeStatus.Waiting, pathway["e1-p1"].Status);

        var french = PathwayExport.ToView(pathway, CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal("abandonné", french.Single(n => n.Key == "e1-r2").StatusLabel);
        Assert.Equal(pathway.Nodes.Length, french.Count);
        Assert.Contains("Plateforme linguistique", PathwayExport.ToMermaid(pathway, CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
        Assert.Contains("Plateforme linguistique", PathwayExport.ToDot(pathway, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionOnlyAddedToThePlan_ShowsOnThePathway_AsExplored()
    {
        var intervention = _world.Active();
        intervention.AddOption("industrial-mechanic", null, _world.Counsellor);

        var pathway = InterventionPathway.Of(intervention);

        var option = Assert.Single(pathway.Nodes, n => n.Kind == PathwayNodeKind.Option);
        Assert.Equal("industrial-mechanic", option.Text);
        Assert.Equal(InterventionPathway.StatusOf(OptionStatus.Explored), option.Status);
        Assert.Equal(_world.ClientActor, option.Owner);
        Assert.Contains(pathway.Nodes, n => n.Kind == PathwayNodeKind.Decision && n.Text == "industrial-mechanic");
    }

    [Fact]
    public void AReferralsState_PutsItsStepWhereItStands()
    {
        Assert.Equal(
            [PathwayNodeStatus.Waiting, PathwayNodeStatus.InProgress, PathwayNodeStatus.InProgress, PathwayNodeStatus.Done, PathwayNodeStatus.Abandoned, PathwayNodeStatus.Abandoned, PathwayNodeStatus.Abandoned],
            Enum.GetValues<ReferralState>().Select(InterventionPathway.StatusOf));
    }

    [Fact]
    public void AClientsTrajectory_LinksEachReturnToTheInterventionBefore()
    {
        var first = _world.Active();
        first.Close(ClosureReason.ReferredElsewhere, _world.Counsellor);
        _world.Advance(Duration.FromDays(60));
        var second = Intervention.OpenReturn(first, InterventionId.New(), _world.CounsellorId, _world.Programme, _world.Counsellor);

        var trajectory = Trajectory.Of([second, first]);
        var pathway = InterventionPathway.Of(trajectory);

        Assert.Equal([first.Id, second.Id], trajectory.Episodes.Select(e => e.Id));
        Assert.Contains(new PathwayLink("e1-question", "e2-question"), pathway.Links);
        Assert.Equal(PathwayNodeStatus.Done, pathway["e1-question"].Status);
        Assert.Equal(PathwayNodeStatus.Abandoned, pathway["e1-o1"].Status);
        Assert.Equal(PathwayNodeStatus.Open, pathway["e2-question"].Status);
    }

    [Fact]
    public void ATrajectory_RefusesAnotherClientsIntervention_AndAnInterventionOutsideTheChain()
    {
        var mine = _world.Open();
        var other = new TestWorld().Open();
        var unlinked = _world.Open();

        Assert.Throws<ArgumentException>(() => Trajectory.Of([mine, other]));
        Assert.Throws<ArgumentException>(() => Trajectory.Of([mine, unlinked]));
        Assert.Throws<ArgumentException>(() => Trajectory.Of([]));
        Assert.Single(Trajectory.Of([mine]).Episodes);
    }
}
