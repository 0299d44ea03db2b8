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

            The path is individual, flexible, modulated. Three boxes group the stages, and an action drawn on a box is
            allowed in every stage inside it:

            - **Open** (every stage before closure): sessions are planned, missed or cancelled, the client's wishes and
              aspirations are recorded (`RecordAspiration`, shown beside the objectives as `Intervention.Aspirations`), and
              the intervention may close.
            - **Accompaniment** (the client was met: intake onwards): sessions are recorded, on hold and in follow-up too,
              since meetings go on while waiting for an outside answer. Every session aims to end with something concrete;
              by default one without is recorded and flagged (`Session.LacksConcreteOutcome`), and a programme may choose
              to refuse it (`MissingOutcomePolicy.Reject`). After the programme's number of sessions in a row without
              progress or without a concrete outcome (3 by default), the rules recommend a specialist:
              `Intervention.SpecialistReferralRecommendation` gives the message and `ReferToSpecialist` is offered until
              the referral is made. All along, the client's global situation is assessed with him (`AssessSituation`: for each
              life domain his view, the counsellor's and what they agreed), his autonomy too (`AssessAutonomy`: at intake,
              along the way, at closure, with the mode of help), and options are added to the plan (`AddOption`: plan A, plan
              B, their status then moved by `RecordOption`). **Completing the intake needs the autonomy assessed at intake**
              (`intake.autonomy-not-assessed`); **sharing the diagnosis needs the global situation assessed**, with no gap left
              between the two views (`diagnosis.situation-not-assessed`, `diagnosis.situation-under-negotiation`). See
              [the global situation guide](situation-and-services.md#in-the-intervention-situation-autonomy-and-options) for an
              example.
            - **ActionPlan** (planning onwards, hold and follow-up included): actions are agreed, with the client's
              agreement (who agreed, when), updated and reviewed while waiting for an outside answer and during the
              follow-up, so a follow-up serves the person, not only the statistics.

            A follow-up can turn back into active help (`ResumeActiveHelp`). A one-off piece of advice is a complete
            intervention: it closes as `OneOffAdvice` at intake, in the shared diagnosis or in planning, once a session was
            held that ended with something concrete (a proposal, a referral, a decision…), without needing the active
            phase or an autonomy reading at closure. The shared diagnosis can hold what was agreed: the client's view, the
            counsellor's view and their common reading (`DiagnosisAgreement`). Course outcomes (started, well completed,
            abandoned) are evidence, recorded at any stage, follow-up included.

            The boxes are the machine's superstates only: an intervention's `State` is always one of the stages. Stateless
            draws nesting one level at a time: a box inside another appears as a state of its parent box and as a box of
            its own (Accompaniment inside Open, ActionPlan inside Accompaniment).

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
