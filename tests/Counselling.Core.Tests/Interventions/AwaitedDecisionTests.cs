using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Occupations;
using Counselling.Core.Pathway;
using Counselling.Core.Services;
using Counselling.Core.Tests.Json;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Services.CatalogueExamples;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The decisions from outside each option waits for (plan A: the army recruitment office's answer; plan B: the college's
/// admission answer): the option's status follows them, the evaluation reads them as option evidence, overdue once the
/// date passed without an answer, the pathway shows them after their option; refusals are coded and change nothing.
/// </summary>
public sealed class AwaitedDecisionTests
{
    private const string Army = "answer from the army recruitment office";
    private const string College = "college admission answer";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo Quebec = CultureInfo.GetCultureInfo("fr-CA");
    private readonly TestWorld _world = new();

    [Fact]
    public void PlanAAndPlanB_WaitForTheirDecisions_ExpectedByTheEarliestDateStillAwaited()
    {
        var intervention = PlanAAndPlanB();
        intervention.AwaitDecision("B", "college tests result", new LocalDate(2026, 4, 30), _world.Counsellor);

        var army = intervention.FindOption("A")!;
        var mechanic = intervention.FindOption("B")!;
        Assert.Equal((OptionStatus.Pending, (LocalDate?)new LocalDate(2026, 7, 6)), (army.Status, army.ExpectedBy));
        Assert.Equal((OptionStatus.Pending, (LocalDate?)new LocalDate(2026, 4, 30)), (mechanic.Status, mechanic.ExpectedBy));
        Assert.Equal([(1, Army), (2, College), (3, "college tests result")], intervention.Options.SelectMany(o => o.Decisions).Select(d => (d.Number, d.Label)));
        Assert.All(intervention.Options.SelectMany(o => o.Decisions), d => Assert.False(d.IsReceived));
        Assert.DoesNotContain(Army, army.Decisions[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusal_EndsTheOption_AndTheOptionIsAchievedOnceEveryDecisionIsAccepted()
    {
        var intervention = PlanAAndPlanB();
        intervention.AwaitDecision("B", "college tests result", new LocalDate(2026, 4, 30), _world.Counsellor);
        _world.Advance(Duration.FromDays(30));

        intervention.RecordDecisionOutcome("A", Army, OptionStatus.Failed, _world.ClientActor);
        intervention.RecordDecisionOutcome("B", "college tests result", OptionStatus.Succeeded, _world.ClientActor);

        Assert.Equal(OptionStatus.Failed, intervention.FindOption("A")!.Status);
        Assert.Equal((PathwayNodeStatus.Abandoned, PathwayNodeStatus.Abandoned), (InterventionPathway.Of(intervention)["e1-p1"].Status, InterventionPathway.Of(intervention)["e1-p1-d1"].Status));
        Assert.Equal((OptionStatus.Pending, (LocalDate?)new LocalDate(2026, 8, 24)), (intervention.FindOption("B")!.Status, intervention.FindOption("B")!.ExpectedBy));

        intervention.RecordDecisionOutcome("B", College, OptionStatus.Succeeded, _world.ClientActor);

        var mechanic = intervention.FindOption("B")!;
        Assert.Equal((OptionStatus.Succeeded, (LocalDate?)null), (mechanic.Status, mechanic.ExpectedBy));
        Assert.All(mechanic.Decisions, d => Assert.Equal(_world.Clock.GetCurrentInstant(), d.ReceivedAt));
        Assert.Equal(intervention.Options, Intervention.FromHistory(intervention.History, _world.Agency).Options);
    }

    [Fact]
    public void TheEvaluation_ReadsTheAwaitedDecisions_AsOptionEvidence_OverdueOnceTheDatePassedWithoutAnAnswer()
    {
        var intervention = PlanAAndPlanB();
        var engine = new EvaluationEngine(BuiltInRubrics.Default);

        var record = intervention.ToCaseRecord();
        var army = record.Options.Where(o => o.Label == "A").ToList();
        Assert.Equal([OptionStatus.Explored, OptionStatus.Pending], army.Select(o => o.Status));
        Assert.Equal(new LocalDate(2026, 7, 6), army[^1].ExpectedBy);
        var now = engine.Evaluate(record, _world.Clock.GetCurrentInstant()).Criteria.Single(c => c.Criterion == BuiltInCriteria.OptionsResolved);
        Assert.Equal((CriterionStatus.Pending, (LocalDate?)new LocalDate(2026, 7, 6)), (now.Status, now.ExpectedBy));

        var september = Instant.FromUtc(2026, 9, 1, 12, 0);
        var late = engine.Evaluate(record, september).Criteria.Single(c => c.Criterion == BuiltInCriteria.OptionsResolved);
        Assert.Equal(CriterionStatus.Overdue, late.Status);

        _world.Advance(Duration.FromDays(20));
        intervention.RecordDecisionOutcome("B", College, OptionStatus.Succeeded, _world.ClientActor);
        var met = engine.Evaluate(intervention.ToCaseRecord(), september).Criteria.Single(c => c.Criterion == BuiltInCriteria.OptionsResolved);
        Assert.Equal(CriterionStatus.Met, met.Status);
    }

    [Fact]
    public void TheAnswer_MayComeAfterTheClosure()
    {
        var intervention = PlanAAndPlanB();
        intervention.Close(ClosureReason.ReferredElsewhere, _world.Counsellor);
        _world.Advance(Duration.FromDays(60));

        Assert.False(intervention.CanAwaitDecision("A", "medical exam", new LocalDate(2026, 9, 1)).IsAllowed);
        intervention.RecordDecisionOutcome("A", Army, OptionStatus.Succeeded, _world.ClientActor);

        Assert.Equal(OptionStatus.Succeeded, intervention.FindOption("A")!.Status);
        Assert.Equal(InterventionState.Closed, intervention.State);
    }

    [Fact]
    public void WhatMakesNoSense_IsRefusedWithItsCode_InEnglishAndFrench_AndChangesNothing()
    {
        var intervention = PlanAAndPlanB();
        intervention.RecordDecisionOutcome("A", Army, OptionStatus.Failed, _world.Counsellor);
        var version = intervention.Version;
        var options = intervention.Options.ToList();

        Assert.Equal(["option.unknown"], Refused(() => intervention.AwaitDecision("Z", Army, new LocalDate(2026, 7, 6), _world.Counsellor)));
        Assert.Equal(["option.resolved"], Refused(() => intervention.AwaitDecision("A", "a second try", new LocalDate(2026, 12, 1), _world.Counsellor)));
        Assert.Equal(["option.decision-already-awaited"], Refused(() => intervention.AwaitDecision("B", College, new LocalDate(2026, 9, 1), _world.Counsellor)));
        Assert.Equal(["option.decision-unknown"], Refused(() => intervention.RecordDecisionOutcome("B", "driving licence", OptionStatus.Succeeded, _world.Counsellor)));
        Assert.Equal(["option.decision-already-received", "option.resolved"], Refused(() => intervention.RecordDecisionOutcome("A", Army, OptionStatus.Succeeded, _world.Counsellor)));
        Assert.Equal(["option.decision-unknown"], intervention.CanRecordDecisionOutcome("B", "driving licence", OptionStatus.Failed).Reasons.Select(r => r.Code));

        Assert.Equal(version, intervention.Version);
        Assert.Equal(options, intervention.Options);
        var resolved = new Reason("option.resolved", new ReasonArgument("label", "A"), new ReasonArgument("status", OptionStatus.Failed));
        Assert.Equal("Option A is already settled (failed): it waits for no decision any more.", resolved.Describe(English));
        Assert.Equal("L'option A est déjà tranchée (non aboutie) : elle n'attend plus aucune décision.", resolved.Describe(French));
        Assert.Equal("L'option B attend déjà une décision portant ce nom.", new Reason("option.decision-already-awaited", new ReasonArgument("label", "B")).Describe(Quebec));
    }

    [Fact]
    public void BadArguments_AreRejected_BeforeAnyRule()
    {
        var intervention = PlanAAndPlanB();

        Assert.Throws<ArgumentOutOfRangeException>(() => intervention.RecordDecisionOutcome("B", College, OptionStatus.Pending, _world.Counsellor));
        Assert.Throws<ArgumentOutOfRangeException>(() => intervention.CanRecordDecisionOutcome("B", College, (OptionStatus)99));
        Assert.Throws<ArgumentException>(() => intervention.AwaitDecision("B", "   ", new LocalDate(2026, 9, 1), _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.AwaitDecision("plan B", College, new LocalDate(2026, 9, 1), _world.Counsellor));
        Assert.Throws<ArgumentNullException>(() => intervention.AwaitDecision("B", null!, new LocalDate(2026, 9, 1), _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.AwaitDecision("B", "medical exam", new LocalDate(2026, 9, 1), default));
        Assert.Throws<ArgumentOutOfRangeException>(() => intervention.AwaitDecision("B", "medical exam", new LocalDate(1700, 1, 1), _world.Counsellor));
    }

    [Fact]
    public void TheHistory_RoundTripsThroughJson_RebuildsEqual_AndRefusesWhatTheActionsRefuse()
    {
        var intervention = PlanAAndPlanB();
        intervention.RecordDecisionOutcome("A", Army, OptionStatus.Failed, _world.Counsellor);

        var json = JsonSerializer.Serialize<IReadOnlyList<InterventionEvent>>(intervention.History, JsonAssert.Options);
        var back = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, JsonAssert.Options)!;

        Assert.Equal(intervention.History, back);
        Assert.Contains("\"$type\":\"DecisionAwaited\"", json, StringComparison.Ordinal);
        Assert.Contains("\"expectedOn\":\"2026-07-06\"", json, StringComparison.Ordinal);
        Assert.Equal(intervention.Options, Intervention.FromHistory(back, _world.Agency).Options);

        var history = intervention.History.Select(e => e with { Position = 0 }).ToList();
        var awaited = history.OfType<DecisionAwaited>().First();
        var at = history[^1].At;
        Assert.Equal(["history.event-incomplete"], Rebuilt(history.Append(awaited with { Decision = 7, At = at })));
        Assert.Equal(["history.event-incomplete"], Rebuilt(history.Append(new AwaitedDecisionReceived("B", 2, OptionStatus.Pending, at, _world.Counsellor))));
        Assert.Equal(["option.decision-unknown"], Rebuilt(history.Append(new AwaitedDecisionReceived("B", 9, OptionStatus.Succeeded, at, _world.Counsellor))));
        Assert.Equal(["option.decision-already-received", "option.resolved"], Rebuilt(history.Append(new AwaitedDecisionReceived("A", 1, OptionStatus.Succeeded, at, _world.Counsellor))));
    }

    [Fact]
    public void TheDecisionsNames_AreErased_AndTheErasedHistoryRebuildsWithTheSameStatuses()
    {
        var intervention = PlanAAndPlanB();
        intervention.AwaitDecision("A", "medical exam", new LocalDate(2026, 6, 1), _world.Counsellor);
        intervention.RecordDecisionOutcome("A", "medical exam", OptionStatus.Succeeded, _world.Counsellor);

        var erased = PersonalDataEraser.Erase(intervention.History);
        var rebuilt = Intervention.FromHistory(erased, _world.Agency);

        Assert.All(rebuilt.Options.SelectMany(o => o.Decisions), d => Assert.Equal(PersonalDataEraser.Tombstone, d.Label));
        Assert.Equal(intervention.Options.Select(o => (o.Status, o.ExpectedBy)), rebuilt.Options.Select(o => (o.Status, o.ExpectedBy)));
        Assert.Equal(intervention.ToCaseRecord().Options, rebuilt.ToCaseRecord().Options);
    }

    [Fact]
    public void ThePathway_ShowsEachDecisionAfterItsOption_WithWhereItStands()
    {
        var intervention = PlanAAndPlanB();
        _world.Advance(Duration.FromDays(3));
        intervention.RecordDecisionOutcome("B", College, OptionStatus.Succeeded, _world.ClientActor);

        var pathway = InterventionPathway.Of(intervention);

        Assert.Equal(["e1-question", "e1-o1", "e1-decision", "e1-p1", "e1-p1-d1", "e1-p2", "e1-p2-d2"], pathway.Nodes.Select(n => n.Key));
        Assert.Contains(new PathwayLink("e1-p1", "e1-p1-d1"), pathway.Links);
        Assert.Contains(new PathwayLink("e1-p2", "e1-p2-d2"), pathway.Links);
        Assert.Equal((PathwayNodeKind.Decision, Army, PathwayNodeStatus.Waiting, (LocalDate?)new LocalDate(2026, 7, 6)), Describe(pathway["e1-p1-d1"]));
        Assert.Equal((PathwayNodeKind.Decision, College, PathwayNodeStatus.Done, (LocalDate?)null), Describe(pathway["e1-p2-d2"]));
        Assert.Equal((PathwayNodeStatus.Done, PathwayNodeStatus.Done), (pathway["e1-p2"].Status, pathway["e1-decision"].Status));
        Assert.Contains(Army, PathwayExport.ToMermaid(pathway, English), StringComparison.Ordinal);
        Assert.Contains(Army, PathwayExport.ToDot(pathway, French), StringComparison.Ordinal);
    }

    [Fact]
    public void TheYoungClientsReferrals_NameThePartnerWhoProvides_AndTheClientWhoAttends_InFrenchAndEnglish()
    {
        var intervention = _world.Active();
        var suggestions = ServiceSuggester.Suggest(Catalogue, YoungClient());
        intervention.Refer(ReferralId.New(), Catalogue, TransportHelp, ReferralOrigin.FromSuggestion(suggestions.Single(s => s.Service.Id == TransportHelp)), _world.Counsellor);
        intervention.Refer(ReferralId.New(), Catalogue, LanguagePlatform, ReferralOrigin.FromSuggestion(suggestions.Single(s => s.Service.Id == LanguagePlatform)), _world.Counsellor);

        var pathway = InterventionPathway.Of(intervention);
        var transport = pathway["e1-r1"];
        var language = pathway["e1-r2"];

        Assert.Equal(("Mission locale", _world.ClientActor), (transport.Provider, transport.Owner));
        Assert.Equal(("Réseau de partenaires", _world.ClientActor), (language.Provider, language.Owner));
        Assert.Equal("Réseau de partenaires", intervention.Referrals[1].ProviderName);
        var english = PathwayExport.ToView(pathway, English).Single(n => n.Key == "e1-r2");
        var french = PathwayExport.ToView(pathway, French).Single(n => n.Key == "e1-r2");
        var quebec = PathwayExport.ToView(pathway, Quebec).Single(n => n.Key == "e1-r2");
        Assert.Equal("attends: client · provided by Réseau de partenaires", english.WhoDoesWhat);
        Assert.Equal("participe : personne accompagnée · assuré par Réseau de partenaires", french.WhoDoesWhat);
        Assert.Equal("participe : personne accompagnée · offert par Réseau de partenaires", quebec.WhoDoesWhat);
        Assert.Equal(("Réseau de partenaires", "personne accompagnée"), (french.Provider, french.OwnerLabel));
        Assert.Equal("personne accompagnée", PathwayExport.ToView(pathway, French).Single(n => n.Key == "e1-question").WhoDoesWhat);
        Assert.Contains("Plateforme linguistique<br/><i>participe : personne accompagnée · assuré par Réseau de partenaires · en attente de réponse</i>", PathwayExport.ToMermaid(pathway, French), StringComparison.Ordinal);
        Assert.Contains("Plateforme linguistique\\nattends: client · provided by Réseau de partenaires · waiting for an answer", PathwayExport.ToDot(pathway, English), StringComparison.Ordinal);
    }

    [Fact]
    public void AReferralStoredBeforeTheProviderWasRecorded_StillLoads_AndItsStepNamesTheOrganisationByItsIdentifier()
    {
        var intervention = _world.Active();
        intervention.Refer(ReferralId.New(), Catalogue, LanguagePlatform, ReferralOrigin.CounsellorChoice, _world.Counsellor);
        var stored = intervention.History.Select(e => e is ReferralMade made ? made with { OrganizationName = null } : e).ToList();

        var json = JsonSerializer.Serialize<IReadOnlyList<InterventionEvent>>(stored, JsonAssert.Options);
        var reloaded = Intervention.FromHistory(JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, JsonAssert.Options)!, _world.Agency);

        Assert.DoesNotContain("organizationName", json, StringComparison.Ordinal);
        Assert.Null(reloaded.Referrals[0].ProviderName);
        Assert.Equal("partners", InterventionPathway.Of(reloaded)["e1-r1"].Provider);
        Assert.Throws<ArgumentException>(() => new PathwayNode("k", PathwayNodeKind.Step, "text", _world.ClientActor) { Provider = " " });
    }

    private Intervention PlanAAndPlanB()
    {
        var intervention = _world.Active();
        intervention.AddOption("A", null, _world.Counsellor);
        intervention.AddOption("B", Occupation.Parse("NOC-2021:72400"), _world.Counsellor);
        _world.Advance(Duration.FromHours(1));
        intervention.AwaitDecision("A", Army, new LocalDate(2026, 7, 6), _world.Counsellor);
        intervention.AwaitDecision("B", College, new LocalDate(2026, 8, 24), _world.Counsellor);
        return intervention;
    }

    private string[] Rebuilt(IEnumerable<InterventionEvent> history)
        => Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(history.ToList(), _world.Agency)).Codes.ToArray();

    private static string[] Refused(Action act) => Assert.Throws<ActionRefusedException>(act).Codes.ToArray();

    private static (PathwayNodeKind, string, PathwayNodeStatus, LocalDate?) Describe(PathwayNode node) => (node.Kind, node.Text, node.Status, node.ExpectedBy);
}
