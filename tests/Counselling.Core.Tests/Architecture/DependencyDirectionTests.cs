using System.Linq;
using Counselling.Core.Common;
using NetArchTest.Rules;
using Xunit;

namespace Counselling.Core.Tests.Architecture;

/// <summary>
/// The direction of dependencies inside Counselling.Core: Common at the bottom (with Resources, the catalogue's own
/// message tables), then Evidence, then Objectives, then Interventions; Interventions never reach into Evaluation; and
/// nothing in the library knows the JSON package or the command line.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Root = "Counselling.Core.";

    [Fact]
    public void Common_DependsOnNothingElseOfOurs()
        => AssertNoDependency("Common", "Evidence", "Objectives", "Interventions", "Evaluation");

    [Fact]
    public void Resources_AreTheCataloguesData_AndDependOnNothingElseOfOurs()
        => AssertNoDependency("Resources", "Evidence", "Objectives", "Interventions", "Evaluation");

    [Fact]
    public void Evidence_DependsOnlyOnCommon()
        => AssertNoDependency("Evidence", "Objectives", "Interventions", "Evaluation");

    [Fact]
    public void Objectives_DependOnlyOnCommonAndEvidence()
        => AssertNoDependency("Objectives", "Interventions", "Evaluation");

    [Fact]
    public void TheRules_SeeDependencies_ThatDoExist()
    {
        var objectivesOnEvidence = Types.InAssembly(typeof(MessageCatalog).Assembly)
            .That().ResideInNamespace(Root + "Objectives").And().HaveDependencyOn(Root + "Evidence")
            .GetTypes();

        Assert.NotEmpty(objectivesOnEvidence);
    }

    [Fact]
    public void Interventions_DoNotDependOnEvaluation()
        => AssertNoDependency("Interventions", "Evaluation");

    [Fact]
    public void NothingInTheLibrary_DependsOnTheJsonPackageOrTheCommandLine()
    {
        var result = Types.InAssembly(typeof(MessageCatalog).Assembly)
            .ShouldNot().HaveDependencyOnAny("Counselling.Core.Json", "Counselling.Cli")
            .GetResult();

        Assert.True(result.IsSuccessful, Breaking(result));
    }

    private static void AssertNoDependency(string folder, params string[] forbidden)
    {
        var result = Types.InAssembly(typeof(MessageCatalog).Assembly)
            .That().ResideInNamespace(Root + folder)
            .ShouldNot().HaveDependencyOnAny([.. forbidden.Select(f => Root + f)])
            .GetResult();

        Assert.True(result.IsSuccessful, Breaking(result));
    }

    private static string Breaking(NetArchTest.Rules.TestResult result)
        => "Types breaking the rule: " + string.Join(", ", result.FailingTypeNames ?? []);
}
