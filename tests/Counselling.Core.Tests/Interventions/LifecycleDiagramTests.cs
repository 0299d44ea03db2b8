using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Rules;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

public sealed class LifecycleDiagramTests
{
    [Fact]
    public void DocsLifecycle_IsTheDiagramGeneratedFromTheMachine()
        => RepositoryFiles.AssertMatches("docs/lifecycle.md", Render());

    [Fact]
    public void EveryGuard_IsLabelledWithItsRule_NeverAsABareFunction()
    {
        Assert.DoesNotContain("[Function]", LifecycleDiagram.Mermaid(), StringComparison.Ordinal);
        Assert.DoesNotContain("Function", LifecycleDiagram.Dot(), StringComparison.Ordinal);
        foreach (var action in Enum.GetValues<InterventionAction>())
        {
            foreach (var rule in InterventionRules.GuardsFor(action))
            {
                Assert.Contains(rule.Description, LifecycleDiagram.Mermaid(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryRule_HasAMessageInBothLanguages()
    {
        foreach (var action in Enum.GetValues<InterventionAction>())
        {
            foreach (var rule in InterventionRules.GuardsFor(action).Concat(InterventionRules.ChecksFor(action)))
            {
                Assert.True(MessageCatalog.Default.TryGetTemplate(rule.Code, CultureInfo.GetCultureInfo("en"), out _), rule.Code);
                Assert.True(MessageCatalog.Default.TryGetTemplate(rule.Code, CultureInfo.GetCultureInfo("fr"), out _), rule.Code);
            }
        }
    }

    private static string Render()
    {
        var en = CultureInfo.GetCultureInfo("en");
        var fr = CultureInfo.GetCultureInfo("fr");
        var text = new StringBuilder();
        text.Append("""
            # The intervention lifecycle

            <!-- Generated from the code by tests/Counselling.Core.Tests/Interventions/LifecycleDiagramTests.cs.
                 Do not edit by hand: run `UPDATE_DOCS=1 dotnet test Counselling.Core.sln` and review the diff. -->

            An intervention moves through these stages. The diagram is drawn from the Stateless machine that the
            `Intervention` aggregate keeps private; every guard is labelled with the named rule behind it. Actions on a
            state's own arrow (planning, recording, cancelling sessions) leave the stage unchanged. A closed intervention
            never reopens: a client who comes back starts a new intervention linked to this one (`Intervention.OpenReturn`).

            Print it yourself with `dotnet run --project src/Counselling.Cli -- lifecycle --format mermaid` (or `dot`).

            ```mermaid

            """.Replace("            ", "", StringComparison.Ordinal));
        text.Append(LifecycleDiagram.Mermaid().ReplaceLineEndings("\n").TrimEnd()).Append("\n```\n\n");
        text.Append("## Rules\n\nEach rule refuses with a stable code and a message in English and French.\n\n");
        text.Append("| action | kind | code | English | français |\n| --- | --- | --- | --- | --- |\n");
        foreach (var action in Enum.GetValues<InterventionAction>())
        {
            foreach (var (rule, kind) in InterventionRules.GuardsFor(action).Select(r => (r, "guard"))
                         .Concat(InterventionRules.ChecksFor(action).Select(r => (r, "check"))))
            {
                MessageCatalog.Default.TryGetTemplate(rule.Code, en, out var english);
                MessageCatalog.Default.TryGetTemplate(rule.Code, fr, out var french);
                text.Append(CultureInfo.InvariantCulture, $"| {action} | {kind} | `{rule.Code}` | {english} | {french} |\n");
            }
        }

        text.Append("\n## Graphviz\n\n```dot\n").Append(LifecycleDiagram.Dot().ReplaceLineEndings("\n").TrimEnd()).Append("\n```\n");
        return text.ToString();
    }
}
