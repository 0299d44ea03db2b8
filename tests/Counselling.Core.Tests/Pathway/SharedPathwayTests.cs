using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Pathway;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Pathway;

public sealed class SharedPathwayTests
{
    private static readonly ClientId Client = ClientId.New();
    private static readonly Actor Counsellor = Actor.Counsellor(CounsellorId.New());
    private static readonly Actor Him = Actor.Client(Client);
    private static readonly Actor Aunt = Actor.Relative(Client, ThirdPartyRole.Aunt);

    /// <summary>The plan A and plan B story: the army's answer awaited, industrial mechanic chosen meanwhile.</summary>
    public static SharedPathway PlanAAndPlanB()
    {
        // guide: pathway
        var pathway = SharedPathway.Empty
            .Add(new PathwayNode("question", PathwayNodeKind.KeyQuestion, "Which plan B while waiting for the army?", Him) { Status = PathwayNodeStatus.Done })
            .AddAfter("question", new PathwayNode("choice", PathwayNodeKind.Decision, "Army or a trade?", Him) { Status = PathwayNodeStatus.InProgress })
            .AddAfter("choice", new PathwayNode("plan-a", PathwayNodeKind.Option, "Plan A: army", Him)
            {
                Status = PathwayNodeStatus.Waiting,
                ExpectedBy = new LocalDate(2026, 9, 1),
            })
            .AddAfter("choice", new PathwayNode("plan-b", PathwayNodeKind.Option, "Plan B: industrial mechanic", Him) { Status = PathwayNodeStatus.Done })
            .AddAfter("plan-b", new PathwayNode("list", PathwayNodeKind.Step, "Build the list of trades together", Counsellor) { Status = PathwayNodeStatus.Done })
            .AddAfter("list", new PathwayNode("apply", PathwayNodeKind.Step, "Apply to college", Aunt) { Status = PathwayNodeStatus.Done })
            .AddAfter("apply", new PathwayNode("start", PathwayNodeKind.Step, "Start the course", Him) { Status = PathwayNodeStatus.Waiting });
        // end guide
        return pathway;
    }

    [Fact]
    public void PlanAAndPlanB_AreOptionsOfOneDecision_EachWithItsStatus()
    {
        var pathway = PlanAAndPlanB();

        var options = pathway.Next("choice").ToList();
        Assert.Equal(["plan-a", "plan-b"], options.Select(o => o.Key));
        Assert.All(options, o => Assert.Equal(PathwayNodeKind.Option, o.Kind));
        Assert.Equal(PathwayNodeStatus.Waiting, pathway["plan-a"].Status);
        Assert.Equal(ActorKind.Relative, pathway["apply"].Owner.Kind);
    }

    [Fact]
    public void TheView_SaysWhoDoesWhat_InFrenchAndEnglish()
    {
        var fr = PathwayExport.ToView(PlanAAndPlanB(), CultureInfo.GetCultureInfo("fr-CA"));
        var en = PathwayExport.ToView(PlanAAndPlanB(), CultureInfo.GetCultureInfo("en"));

        var apply = fr.Single(n => n.Key == "apply");
        Assert.Equal("proche (tante)", apply.OwnerLabel);
        Assert.Equal("fait", apply.StatusLabel);
        Assert.Equal("étape", apply.KindLabel);
        Assert.Equal("relative (aunt)", en.Single(n => n.Key == "apply").OwnerLabel);
        Assert.Equal("waiting for an answer", en.Single(n => n.Key == "plan-a").StatusLabel);
        Assert.Equal(["plan-a", "plan-b"], en.Single(n => n.Key == "choice").Next);
        Assert.Equal(new LocalDate(2026, 9, 1), en.Single(n => n.Key == "plan-a").ExpectedBy);
    }

    [Fact]
    public void Mermaid_DrawsEveryNodeWithItsShapeAndEveryLink()
    {
        var mermaid = PathwayExport.ToMermaid(PlanAAndPlanB(), CultureInfo.GetCultureInfo("fr-FR"));

        Assert.StartsWith("flowchart TD\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("n0{{\"Which plan B while waiting for the army?<br/><i>personne accompagnée · fait</i>\"}}:::done", mermaid, StringComparison.Ordinal);
        Assert.Contains("n1{\"Army or a trade?", mermaid, StringComparison.Ordinal);
        Assert.Contains("n2([\"Plan A: army<br/><i>personne accompagnée · en attente de réponse · 1er septembre 2026</i>\"]):::waiting", mermaid, StringComparison.Ordinal);
        Assert.Contains("n1 --> n3", mermaid, StringComparison.Ordinal);
        Assert.Equal(7, mermaid.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void Dot_DrawsTheSameGraph_WithQuotesEscaped()
    {
        var pathway = SharedPathway.Empty.Add(new PathwayNode("q", PathwayNodeKind.KeyQuestion, "The \"right\" trade?", Him));

        var dot = PathwayExport.ToDot(pathway, CultureInfo.GetCultureInfo("en"));
        var mermaid = PathwayExport.ToMermaid(pathway, CultureInfo.GetCultureInfo("en"));

        Assert.Contains("n0 [label=\"The \\\"right\\\" trade?\\nclient · to do\", shape=hexagon", dot, StringComparison.Ordinal);
        Assert.Contains("The #quot;right#quot; trade?", mermaid, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
        Assert.Equal(7, PathwayExport.ToDot(PlanAAndPlanB(), CultureInfo.GetCultureInfo("en")).Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void AStatusChange_ReturnsANewPathway()
    {
        var before = PlanAAndPlanB();

        var after = before.WithStatus("plan-a", PathwayNodeStatus.Abandoned).WithOwner("start", Counsellor);

        Assert.Equal(PathwayNodeStatus.Waiting, before["plan-a"].Status);
        Assert.Equal(PathwayNodeStatus.Abandoned, after["plan-a"].Status);
        Assert.Equal(ActorKind.Counsellor, after["start"].Owner.Kind);
    }

    [Fact]
    public void BadLinksAndKeys_AreRefusedAsArguments()
    {
        var pathway = PlanAAndPlanB();

        Assert.Throws<ArgumentException>(() => pathway.Link("plan-a", "nowhere"));
        Assert.Throws<ArgumentException>(() => pathway.Link("plan-a", "plan-a"));
        Assert.Throws<ArgumentException>(() => pathway.Link("question", "choice"));
        Assert.Throws<ArgumentException>(() => pathway.Add(new PathwayNode("plan-a", PathwayNodeKind.Step, "again", Him)));
        Assert.Throws<ArgumentException>(() => new PathwayNode("bad key", PathwayNodeKind.Step, "x", Him));
        Assert.Throws<KeyNotFoundException>(() => pathway.WithStatus("nowhere", PathwayNodeStatus.Done));
    }

    [Fact]
    public void ToString_NeverShowsTheClientsWords()
    {
        var pathway = PlanAAndPlanB();

        Assert.DoesNotContain("army", pathway.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("army", pathway["plan-a"].ToString(), StringComparison.Ordinal);
    }
}
