using Counselling.Core.Evidence;
using System;
using System.Globalization;
using System.Linq;

using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Occupations;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Objectives;

/// <summary>Objectives, benefits, barriers and the action plan inside the intervention aggregate (rules 1, 2 and 4).</summary>
public sealed class InterventionObjectivesTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly TestWorld _world = new();

    [Fact]
    public void SoundEngineer_NegotiatedAgainstReality_ThenAgreed_WithABenefit_OpensTheActivePhase()
    {
        var intervention = _world.InPlanning();
        var aspiration = Aspiration();
        intervention.ProposeObjective(aspiration, _world.Counsellor);

        // The aspiration is a proposal: it cannot open the active phase, and the reading says why.
        Assert.Equal(["activation.no-agreed-smart-objective"], intervention.Check(InterventionAction.Activate).Reasons.Select(r => r.Code));
        Assert.Equal([SmartLetter.Achievable, SmartLetter.Realistic, SmartLetter.TimeBound], intervention.ValidateObjective(aspiration.Id).FailingLetters);

        // Negotiated against reality: an immersion, then applications to a technician's course, inside the programme.
        var negotiated = Negotiated(aspiration.Id);
        intervention.ReviseObjective(negotiated, _world.Counsellor);
        var session = HoldSession(intervention);
        intervention.AgreeObjective(aspiration.Id, session, _world.Counsellor);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.Activate(_world.Counsellor));
        Assert.Equal(["activation.no-agreed-smart-objective", "activation.objective-without-benefit"], refusal.Codes);
        Assert.Equal("L'objectif 1 n'a pas de bénéfice attendu : demandez à la personne ce qui compte pour elle.", refusal.Reasons[1].Describe(French));

        intervention.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "Vivre de la musique") { Objectives = [aspiration.Id] }, _world.Counsellor);
        intervention.Activate(_world.Counsellor);

        Assert.Equal(InterventionState.Active, intervention.State);
        var agreed = Assert.IsType<ObjectiveAgreed>(intervention.History.Single(e => e is ObjectiveAgreed));
        Assert.Equal(session, agreed.Agreement.Session);
        Assert.Equal(_world.Clock.GetCurrentInstant(), agreed.Agreement.At);
        Assert.Equal(_world.ClientActor, agreed.Agreement.Client);
        Assert.Equal(_world.Counsellor, agreed.By);
        Assert.True(intervention.FindObjective(aspiration.Id)!.Agreement!.RecordedOnBehalf);
    }

    [Fact]
    public void Activation_SaysWhichAgreedObjectiveFailsWhichLetter()
    {
        // The client goes round in circles with a vague objective; a second one is fine but has no benefit.
        var intervention = _world.InPlanning();
        var vague = new SmartObjective(ObjectiveId.New(), "Trouver un emploi") { ByWhom = _world.ClientActor };
        var fine = Negotiated(ObjectiveId.New());
        var session = HoldSession(intervention);
        foreach (var objective in new[] { vague, fine })
        {
            intervention.ProposeObjective(objective, _world.Counsellor);
            intervention.AgreeObjective(objective.Id, session, _world.ClientActor);
        }

        intervention.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "Un salaire") { Objectives = [vague.Id] }, _world.Counsellor);

        var reasons = intervention.Check(InterventionAction.Activate).Reasons;

        Assert.Equal(
            ["activation.no-agreed-smart-objective", "activation.objective-fails-letter", "activation.objective-fails-letter", "activation.objective-fails-letter", "activation.objective-fails-letter", "activation.objective-without-benefit"],
            reasons.Select(r => r.Code));
        Assert.Equal([SmartLetter.Measurable, SmartLetter.Achievable, SmartLetter.Realistic, SmartLetter.TimeBound], reasons.Skip(1).Take(4).Select(r => (SmartLetter)r["letter"]!));
        Assert.All(reasons.Skip(1).Take(4), r => Assert.Equal(1, r["number"]));
        Assert.Equal(2, reasons[5]["number"]);
        Assert.Equal("Objectif 1 : Mesurable : donnez un indicateur (ce qui est mesuré, son unité et sa cible).", reasons[1].Describe(French));
        Assert.Equal("Objective 1: Time-bound: give a deadline.", reasons[4].Describe(CultureInfo.GetCultureInfo("en-CA")));
    }

    [Fact]
    public void Agreement_IsAlwaysTheInterventionsOwnClients_EvenWhenTheCounsellorRecordsIt()
    {
        var intervention = _world.InPlanning();
        var objective = Negotiated(ObjectiveId.New());
        intervention.ProposeObjective(objective, _world.Counsellor);
        var session = HoldSession(intervention);

        Assert.True(intervention.CanAgreeObjective(objective.Id, session).IsAllowed);
        intervention.AgreeObjective(objective.Id, session, _world.Counsellor);

        var agreement = intervention.FindObjective(objective.Id)!.Agreement!;
        Assert.Equal(_world.ClientActor, agreement.Client);
        Assert.Equal(_world.Counsellor, agreement.RecordedBy);
        Assert.Equal(session, agreement.Session);
    }

    [Fact]
    public void Agreement_AtASessionNotHeld_IsRefused_AndAnObjectiveIsAgreedOnce()
    {
        var intervention = _world.InPlanning();
        var objective = Negotiated(ObjectiveId.New());
        intervention.ProposeObjective(objective, _world.Counsellor);
        var planned = SessionId.New();
        intervention.PlanSession(planned, new LocalDateTime(2026, 4, 1, 10, 0), _world.ZoneId, _world.Counsellor);

        Assert.Equal(["plan.session-not-held"], Codes(() => intervention.AgreeObjective(objective.Id, planned, _world.Counsellor)));
        Assert.Equal(["plan.session-not-held"], Codes(() => intervention.AgreeObjective(objective.Id, SessionId.New(), _world.Counsellor)));

        var held = HoldSession(intervention);
        intervention.AgreeObjective(objective.Id, held, _world.Counsellor);
        Assert.Equal(["objective.already-agreed"], Codes(() => intervention.AgreeObjective(objective.Id, held, _world.Counsellor)));
        Assert.Equal(["objective.already-agreed"], Codes(() => intervention.ReviseObjective(objective, _world.Counsellor)));
        Assert.Equal(["objective.unknown"], Codes(() => intervention.AgreeObjective(ObjectiveId.New(), held, _world.Counsellor)));
    }

    [Fact]
    public void BadInput_IsRefused_WithClearCodes_AndChangesNothing()
    {
        var intervention = _world.InPlanning();
        var version = intervention.Version;

        Assert.Equal(["objective.s.what-missing"], Codes(() => intervention.ProposeObjective(Negotiated(ObjectiveId.New()) with { What = "  " }, _world.Counsellor)));
        Assert.Equal(
            ["objective.m.negative-target", "objective.m.negative-baseline"],
            Codes(() => intervention.ProposeObjective(Negotiated(ObjectiveId.New()) with { Indicator = new Indicator("m", "u", -4, -1) }, _world.Counsellor)));
        Assert.Equal(["objective.unknown-barrier"], Codes(() => intervention.ProposeObjective(Negotiated(ObjectiveId.New()) with { Barriers = [BarrierId.New()] }, _world.Counsellor)));
        Assert.Equal(["objective.already-agreed"], Codes(() => intervention.ProposeObjective(Negotiated(ObjectiveId.New()).WithAgreement(new(_world.Clock.GetCurrentInstant(), SessionId.New(), _world.ClientActor)), _world.Counsellor)));
        Assert.Equal(["barrier.unknown-benefit"], Codes(() => intervention.IdentifyBarrier(new Barrier(BarrierId.New(), BarrierCategory.Finances) { TiedToBenefit = BenefitId.New() }, _world.Counsellor)));
        Assert.Equal(["benefit.unknown-objective"], Codes(() => intervention.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "x") { Objectives = [ObjectiveId.New()] }, _world.Counsellor)));
        Assert.Equal(["action.owner-other-client", "plan.session-not-held"], Codes(() => intervention.AgreeAction(new PlanAction(PlanActionId.New(), "x", Actor.Client(ClientId.New()), SessionId.New()), _world.Counsellor)));
        Assert.Throws<FormatException>(() => new Barrier(BarrierId.New(), BarrierCategoryCodes.Parse("transport")));
        Assert.Throws<ArgumentException>(() => intervention.AgreeAction(new PlanAction(PlanActionId.New(), "x", default, SessionId.New()), _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.AgreeAction(new PlanAction(PlanActionId.New(), "x", _world.ClientActor, SessionId.New()).WithStatus(PlanActionStatus.Done), _world.Counsellor));
        Assert.Throws<ArgumentNullException>(() => intervention.ProposeObjective(null!, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.ProposeObjective(Negotiated(ObjectiveId.New()), default));

        Assert.Equal(version, intervention.Version);
        Assert.Empty(intervention.Objectives);
        Assert.Empty(intervention.Barriers);
        Assert.Empty(intervention.ActionPlan);
    }

    [Fact]
    public void RefusalMessages_NeverCarryTheClientsWords()
    {
        var intervention = _world.InPlanning();
        var refusal = Assert.Throws<ActionRefusedException>(
            () => intervention.ProposeObjective(Negotiated(ObjectiveId.New()) with { Indicator = new Indicator("secret measure", "secret unit", 0, -1) }, _world.Counsellor));

        Assert.DoesNotContain("secret", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("studio", refusal.Describe(French), StringComparison.Ordinal);
    }

    [Fact]
    public void Objectives_CannotBeProposedBeforePlanning()
    {
        var intervention = _world.InDiagnosis();

        Assert.Equal(["lifecycle.not-allowed-in-state"], Codes(() => intervention.ProposeObjective(Negotiated(ObjectiveId.New()), _world.Counsellor)));
        intervention.IdentifyBarrier(new Barrier(BarrierId.New(), BarrierCategory.Mobility), _world.Counsellor);
        Assert.Single(intervention.Barriers);
        Assert.Contains(intervention.AvailableActions(), o => o.Action == InterventionAction.IdentifyBarrier && o.Permission.IsAllowed);
        Assert.Contains(intervention.AvailableActions(), o => o.Action == InterventionAction.ProposeObjective && !o.Permission.IsAllowed);
    }

    [Fact]
    public void Barrier_TiedToMoney_IsWorkedOnUntilLifted()
    {
        // When money matters most, the fear of lacking money becomes a barrier.
        var intervention = _world.InPlanning();
        var benefit = new DesiredBenefit(BenefitId.New(), "La sécurité financière");
        intervention.AddDesiredBenefit(benefit, _world.Counsellor);
        var barrier = new Barrier(BarrierId.New(), BarrierCategoryCodes.Parse("finances")) { TiedToBenefit = benefit.Id, TiedToValue = "l'argent", Description = "Peur de perdre les allocations" };
        intervention.IdentifyBarrier(barrier, _world.Counsellor);

        intervention.ChangeBarrierStatus(barrier.Id, BarrierStatus.BeingAddressed, _world.Counsellor);
        Assert.Equal(["barrier.status-unchanged"], Codes(() => intervention.ChangeBarrierStatus(barrier.Id, BarrierStatus.BeingAddressed, _world.Counsellor)));
        intervention.ChangeBarrierStatus(barrier.Id, BarrierStatus.Lifted, _world.Counsellor);

        Assert.False(intervention.FindBarrier(barrier.Id)!.IsActive);
        Assert.Equal(["barrier.unknown"], Codes(() => intervention.ChangeBarrierStatus(BarrierId.New(), BarrierStatus.Lifted, _world.Counsellor)));
        Assert.Equal("Le frein est déjà « levé ».", intervention.CanChangeBarrierStatus(barrier.Id, BarrierStatus.Lifted).Reasons[0].Describe(French));
    }

    [Fact]
    public void ActionsAgreedAtASession_AndNotReviewedAtTheNext_AreVisible()
    {
        var intervention = _world.InPlanning();
        var objective = Negotiated(ObjectiveId.New());
        intervention.ProposeObjective(objective, _world.Counsellor);
        var first = HoldSession(intervention);
        var byClient = new PlanAction(PlanActionId.New(), "Appeler le studio", _world.ClientActor, first) { Objective = objective.Id, Due = new LocalDate(2026, 3, 20) };
        var byAunt = new PlanAction(PlanActionId.New(), "Relire la candidature", Actor.Relative(_world.Client, ThirdPartyRole.Aunt), first) { Objective = objective.Id };
        intervention.AgreeAction(byClient, _world.Counsellor);
        intervention.AgreeAction(byAunt, _world.Counsellor);
        Assert.Empty(intervention.UnreviewedActions());

        // Between sessions the client reports the call made; that is not a review.
        intervention.RecordActionStatus(byClient.Id, PlanActionStatus.Done, _world.ClientActor);
        var second = HoldSession(intervention);

        Assert.Equal(
            [new UnreviewedAction(byClient.Id, first, second), new UnreviewedAction(byAunt.Id, first, second)],
            intervention.UnreviewedActions());

        intervention.ReviewAction(byClient.Id, second, PlanActionStatus.Done, _world.Counsellor);
        Assert.Equal([new UnreviewedAction(byAunt.Id, first, second)], intervention.UnreviewedActions());
        Assert.Equal(["action.already-reviewed"], Codes(() => intervention.ReviewAction(byClient.Id, second, PlanActionStatus.Done, _world.Counsellor)));
        Assert.Equal(["action.already-reviewed"], Codes(() => intervention.RecordActionStatus(byClient.Id, PlanActionStatus.NotDone, _world.Counsellor)));
        Assert.Equal(["action.review-not-after-agreement"], Codes(() => intervention.ReviewAction(byAunt.Id, first, PlanActionStatus.Done, _world.Counsellor)));
        Assert.Throws<ArgumentOutOfRangeException>(() => intervention.ReviewAction(byAunt.Id, second, PlanActionStatus.Agreed, _world.Counsellor));

        var rebuilt = Intervention.FromHistory(intervention.History, _world.Agency);
        Assert.Equal(intervention.ActionPlan, rebuilt.ActionPlan);
        Assert.Equal(intervention.UnreviewedActions(), rebuilt.UnreviewedActions());
    }

    [Fact]
    public void ObjectiveWithoutAnActionCommittedByTheClient_IsFlagged()
    {
        var intervention = _world.InPlanning();
        var objective = Negotiated(ObjectiveId.New());
        intervention.ProposeObjective(objective, _world.Counsellor);
        var session = HoldSession(intervention);
        Assert.Equal([objective.Id], intervention.ObjectivesWithoutClientAction());

        intervention.AgreeAction(new PlanAction(PlanActionId.New(), "Contacter le studio partenaire", _world.Counsellor, session) { Objective = objective.Id }, _world.Counsellor);
        Assert.Equal([objective.Id], intervention.ObjectivesWithoutClientAction());

        var byClient = new PlanAction(PlanActionId.New(), "Préparer les questions", _world.ClientActor, session) { Objective = objective.Id };
        intervention.AgreeAction(byClient, _world.Counsellor);
        Assert.Empty(intervention.ObjectivesWithoutClientAction());

        intervention.RecordActionStatus(byClient.Id, PlanActionStatus.Dropped, _world.ClientActor);
        Assert.Equal([objective.Id], intervention.ObjectivesWithoutClientAction());
    }

    [Fact]
    public void ADeadlineBeyondTheProgramme_FailsRealistic_WithTheProgrammesEnd()
    {
        var intervention = _world.InPlanning();
        var objective = Negotiated(ObjectiveId.New()) with { Deadline = intervention.ProgrammeEndDate.PlusDays(1) };
        intervention.ProposeObjective(objective, _world.Counsellor);

        var failure = Assert.Single(intervention.ValidateObjective(objective.Id).Failures);

        Assert.Equal(ObjectiveCodes.BeyondProgrammeLimit, failure.Code);
        Assert.Equal(intervention.ProgrammeEndDate, failure.Reason["end"]);
        Assert.Equal(intervention.ProgrammeEndDate, intervention.ProgrammeWindow.End);
        Assert.Throws<ArgumentException>(() => intervention.ValidateObjective(ObjectiveId.New()));
    }

    [Fact]
    public void RebuildingFromHistory_RestoresObjectivesBenefitsBarriersAndActions()
    {
        var intervention = _world.InPlanning();
        var objective = Negotiated(ObjectiveId.New());
        intervention.ProposeObjective(objective, _world.Counsellor);
        var session = HoldSession(intervention);
        intervention.AgreeObjective(objective.Id, session, _world.Counsellor);
        intervention.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "Vivre de la musique") { Objectives = [objective.Id] }, _world.Counsellor);
        intervention.IdentifyBarrier(new Barrier(BarrierId.New(), BarrierCategory.ConfidenceAndFears), _world.Counsellor);
        intervention.AgreeAction(new PlanAction(PlanActionId.New(), "Appeler", _world.ClientActor, session) { Objective = objective.Id }, _world.Counsellor);
        intervention.Activate(_world.Counsellor);

        var rebuilt = Intervention.FromHistory(intervention.History, _world.Agency);

        Assert.Equal(intervention.Objectives, rebuilt.Objectives);
        Assert.Equal(intervention.Benefits, rebuilt.Benefits);
        Assert.Equal(intervention.Barriers, rebuilt.Barriers);
        Assert.Equal(intervention.ActionPlan, rebuilt.ActionPlan);
        Assert.Equal(InterventionState.Active, rebuilt.State);
        Assert.Equal(intervention.History, rebuilt.History);
    }

    private static SmartObjective Aspiration() => new(ObjectiveId.New(), "Devenir ingénieur du son")
    {
        ByWhom = Actor.Client(ClientId.New()),
        Indicator = new Indicator("diplôme d'ingénieur du son", "diplôme", 0, 1),
        Occupation = Occupation.Parse("ROME:L1508"),
    };

    private SmartObjective Negotiated(ObjectiveId id) => new(id, "Postuler à trois formations de technicien du son après une immersion en studio")
    {
        ByWhom = _world.ClientActor,
        Indicator = new Indicator("candidatures envoyées", "candidatures", 0, 3),
        Steps = ["Immersion de deux semaines dans un studio partenaire", "Envoyer trois candidatures"],
        Realism = "Formation accessible sans bac ; expérience de sonorisation en bénévolat.",
        Deadline = new LocalDate(2026, 6, 30),
        Occupation = Occupation.Parse("ROME:L1508"),
    };

    private SessionId HoldSession(Intervention intervention)
    {
        _world.Advance(Duration.FromDays(7));
        var session = SessionId.New();
        intervention.RecordSession(session, _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, _world.Counsellor);
        return session;
    }

    private static string[] Codes(Action act) => [.. Assert.Throws<ActionRefusedException>(act).Codes];
}
