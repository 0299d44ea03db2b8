using System.IO;
using Counselling.Cli;
using Counselling.Core.Interventions;
using Xunit;

namespace Counselling.Core.Tests.Cli;

public sealed class CounselCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Demo_PlaysThePlanBStory_ShowingAllowedActionsAndRefusalReasons()
    {
        var (code, output, _) = Run("demo");

        Assert.Equal(0, code);
        Assert.Contains("allowed now:", output, System.StringComparison.Ordinal);
        Assert.Contains("[session.no-concrete-outcome]", output, System.StringComparison.Ordinal);
        Assert.Contains("[activation.no-agreed-smart-objective]", output, System.StringComparison.Ordinal);
        Assert.Contains("[objective.t.no-deadline]", output, System.StringComparison.Ordinal);
        Assert.Contains("InterventionClosed", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PrintsTheTouchpointsOfItsStory_BeforeAndAfterAMeetingIsMoved()
    {
        using var output = new StringWriter();
        var demo = new Counselling.Cli.Demo.PlanBDemo(output, System.Globalization.CultureInfo.GetCultureInfo("en"));
        demo.Run();
        var text = output.ToString();

        Assert.Contains("The touchpoints around his accompaniment", text, System.StringComparison.Ordinal);
        Assert.Contains("12 months on: are you working or training?", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(demo.Touchpoints!, t => Counselling.Core.Periservice.ContactPreferences.IsDigital(t.Channel));
        Assert.Contains("Had meeting 2 been moved two days later", text, System.StringComparison.Ordinal);
        Assert.False(demo.Rescheduling!.IsEmpty);
        Assert.Equal(demo.Touchpoints!.Count, demo.Rescheduling.ApplyTo(demo.Touchpoints).Count);
    }

    [Fact]
    public void Demo_PrintsThePathwayOfItsStory_WithTheReferralsWhoDoesWhat_AndTheDecisionsEachPlanWaitsFor()
    {
        using var output = new StringWriter();
        var demo = new Counselling.Cli.Demo.PlanBDemo(output, System.Globalization.CultureInfo.GetCultureInfo("en"));
        demo.Run();
        var text = output.ToString();
        var pathway = text[text.IndexOf("The shared pathway of his story", System.StringComparison.Ordinal)..];

        Assert.Equal(2, demo.Referrals.Count);
        Assert.Contains("step: Transport help (bus passes) — attends: client · provided by Réseau Mobilité Jeunesse, in progress", pathway, System.StringComparison.Ordinal);
        Assert.Contains("step: Language platform (French at work) — attends: client · provided by Centre de langues Passerelle, in progress", pathway, System.StringComparison.Ordinal);
        Assert.Contains("option: A — client, waiting for an answer — 6 July 2026", pathway, System.StringComparison.Ordinal);
        Assert.Contains("decision: answer from the army recruitment office — client, waiting for an answer — 6 July 2026", pathway, System.StringComparison.Ordinal);
        Assert.Contains("option: B — client, done", pathway, System.StringComparison.Ordinal);
        Assert.Contains("decision: college admission answer — client, done", pathway, System.StringComparison.Ordinal);
        Assert.Contains("flowchart TD", pathway, System.StringComparison.Ordinal);
        Assert.Contains("the army's answer, expected on 6 July 2026, has not come (overdue)", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_InQuebecFrench_PrintsWhoOffersEachService()
    {
        var (code, output, _) = Run("demo", "--culture", "fr-CA");

        Assert.Equal(0, code);
        Assert.Contains("participe : personne accompagnée · offert par Réseau Mobilité Jeunesse", output, System.StringComparison.Ordinal);
        Assert.Contains("décision : answer from the army recruitment office — personne accompagnée, en attente de réponse", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_InFrench_SpeaksFrench()
    {
        var (code, output, _) = Run("demo", "--culture", "fr-CA");

        Assert.Equal(0, code);
        Assert.Contains("possible maintenant", output, System.StringComparison.Ordinal);
        Assert.Contains("Chaque rencontre se conclut par du concret", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_WithAnUnknownCulture_FailsWithAClearMessage()
    {
        var (code, _, error) = Run("demo", "--culture", "xx-NOPE");

        Assert.NotEqual(0, code);
        Assert.Contains("Unknown culture", error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mermaid")]
    [InlineData("dot")]
    public void Lifecycle_PrintsTheGeneratedDiagram(string format)
    {
        var (code, output, _) = Run("lifecycle", "--format", format);

        Assert.Equal(0, code);
        Assert.Equal((format == "dot" ? LifecycleDiagram.Dot() : LifecycleDiagram.Mermaid()).Trim(), output.Trim());
    }

    [Fact]
    public void Lifecycle_WithAnUnknownFormat_IsRejected()
        => Assert.NotEqual(0, Run("lifecycle", "--format", "png").Code);

    [Fact]
    public void Demo_WithAStoreFile_StoresTheStoryAndReadsItBack_AndASecondRunAddsItsOwn()
    {
        var path = Path.Combine(Path.GetTempPath(), "counsel-demo-" + System.Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var (code, output, error) = Run("demo", "--store", path);
            var (again, _, _) = Run("demo", "--store", path);

            Assert.True(code == 0, error);
            Assert.Equal(0, again);
            Assert.Contains("Stored and read back", output, System.StringComparison.Ordinal);
            Assert.Contains("read back through the validated rebuild", output, System.StringComparison.Ordinal);
            Assert.Contains("The shared pathway of his story", output, System.StringComparison.Ordinal);
            Assert.Contains("step: Help with the college application — relative (aunt), done", output, System.StringComparison.Ordinal);
            Assert.Contains("flowchart TD", output, System.StringComparison.Ordinal);
            Assert.True(File.Exists(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public void Demo_WithAStoreFileItCannotWrite_FailsWithAClearMessage()
    {
        var (code, _, error) = Run("demo", "--store", Path.Combine(Path.GetTempPath(), "no-such-directory-" + System.Guid.NewGuid().ToString("N"), "story.db"));

        Assert.Equal(3, code);
        Assert.Contains("Could not store the story", error, System.StringComparison.Ordinal);
    }
}
