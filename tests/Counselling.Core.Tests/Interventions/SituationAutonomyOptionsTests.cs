using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using Counselling.Core.Occupations;
using Counselling.Core.Situation;
using Counselling.Core.Tests.Json;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The global situation, autonomy and options wired into the intervention: the situation assessed with the client before
/// the diagnosis is shared, autonomy assessed at intake before the intake completes, plan A and plan B listed with their
/// statuses; each read by the evaluation, refused with coded reasons when it makes no sense, and rebuilt only as recorded.
/// </summary>
public sealed class SituationAutonomyOptionsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly TestWorld _world = new();

    [Fact]
    public void TheAspiringSoundEngineer_SeesTrainingAsAResource_TheCounsellorAsADifficulty_AndTheGapIsNegotiatedBeforeTheDiagnosis()
    {
        var intervention = _world.InDiagnosis();
        var session = HeldSession(intervention);
        var views = SituationAssessment.Start(AssessmentMoment.Intake, _world.Clock.GetCurrentInstant())
            .WithClientView(LifeDomain.Training, LifeDomainStatus.Resource)
            .WithCounsellorView(LifeDomain.Training, LifeDomainStatus.Difficulty);
        intervention.AssessSituation(views, _world.Counsellor);

        var refused = intervention.CanShareDiagnosis(session);

        var reason = Assert.Single(refused.Reasons);
        Assert.Equal("diagnosis.situation-under-negotiation", reason.Code);
        Assert.Equal(LifeDomain.Training, reason["domain"]);
        Assert.Equal("La personne et la personne conseillère voient le domaine « formation » différemment : mettez-vous d'accord avant de partager le diagnostic.", reason.Describe(French));
        Assert.True(intervention.Situation![LifeDomain.Training].IsUnderNegotiation);

        intervention.AssessSituation(views.Agree(LifeDomain.Training, LifeDomainStatus.Difficulty), _world.Counsellor);
        intervention.ShareDiagnosis(session, _world.Counsellor);

        var training = intervention.Situation![LifeDomain.Training];
        Assert.Equal((LifeDomainStatus.Resource, LifeDomainStatus.Difficulty, LifeDomainStatus.Difficulty), (training.ClientView, training.CounsellorView, training.Status));
        Assert.Equal(InterventionState.Planning, intervention.State);
        Assert.Equal(2, intervention.SituationAssessments.Count);
        Assert.Equal(intervention.Situation, Intervention.FromHistory(intervention.History, _world.Agency).Situation);
    }

    [Fact]
    public void ShareDiagnosis_BeforeTheSituationIsAssessed_IsRefusedWithItsCode_InEnglishAndFrench_AndChangesNothing()
    {
        var intervention = _world.InDiagnosis();
        var session = HeldSession(intervention);
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.ShareDiagnosis(session, _world.Counsellor));

        Assert.Equal(["diagnosis.situation-not-assessed"], refusal.Codes);
        Assert.Equal("Before sharing the diagnosis, assess the client's global situation with them, life domain by life domain.", refusal.Reasons[0].Describe(English));
        Assert.Equal("Avant de partager le diagnostic, évaluez avec la personne sa situation globale, domaine de vie par domaine de vie.", refusal.Reasons[0].Describe(French));
        Assert.Equal(version, intervention.Version);
        Assert.Equal(InterventionState.SharedDiagnosis, intervention.State);
        Assert.Null(intervention.Situation);
        var offered = intervention.AvailableActions().Single(o => o.Action == InterventionAction.ShareDiagnosis).Permission;
        Assert.Equal(["diagnosis.situation-not-assessed"], offered.Reasons.Select(r => r.Code));
        Assert.True(intervention.Check(InterventionAction.AssessSituation).IsAllowed);
    }

    [Fact]
    public void CompleteIntake_WithoutTheIntakeAutonomyAssessment_IsRefused_AnAssessmentAlongTheWayIsNotEnough()
    {
        var intervention = _world.Open();
        intervention.StartIntake(_world.Counsellor);
        _world.Advance(Duration.FromHours(1));
        intervention.RecordSession(SessionId.New(), _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NotAssessed, _world.Counsellor);
        _world.AssessAutonomy(intervention, AssessmentMoment.AlongTheWay);
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.CompleteIntake(_world.Counsellor));

        Assert.Equal(["intake.autonomy-not-assessed"], refusal.Codes);
        Assert.Equal("L'accueil ne peut être terminé qu'après l'évaluation de l'autonomie de la personne à l'accueil.", refusal.Reasons[0].Describe(French));
        Assert.Equal(version, intervention.Version);
        _world.AssessAutonomy(intervention);
        intervention.CompleteIntake(_world.Counsellor);
        Assert.Equal(InterventionState.SharedDiagnosis, intervention.State);
    }

    [Fact]
    public void AutonomyAtIntakeAndClosure_IsTheEvaluationsAutonomyEvidence_AlongTheWayIsKeptButNotRead()
    {
        var intervention = _world.InDiagnosis();
        _world.Advance(Duration.FromDays(30));
        _world.AssessAutonomy(intervention, AssessmentMoment.AlongTheWay, level: 2);
        _world.Advance(Duration.FromDays(30));
        _world.AssessAutonomy(intervention, AssessmentMoment.Closure, level: 3);

        var readings = intervention.ToCaseRecord().Autonomy;

        Assert.Equal(3, intervention.AutonomyAssessments.Count);
        Assert.Equal(HelpMode.ClientAlone, intervention.AutonomyAssessments[^1].Help);
        Assert.Equal([(AssessmentMoment.Intake, 1), (AssessmentMoment.Closure, 3)], readings.Select(r => (r.Moment, r.Level.Value)));
        Assert.All(readings, r => Assert.Equal((0, 3), (r.Level.Minimum, r.Level.Maximum)));
        Assert.True(intervention.AutonomyAssessments[^1].RoseSince(intervention.AutonomyAssessments[0]));
    }

    [Fact]
    public void PlanAThenPlanB_TheArmyWaitsForItsAnswer_TheCollegeApplicationIsSent_AndTheEvaluationSeesBoth()
    {
        var intervention = _world.Active();
        var by = _world.Counsellor;
        intervention.AddOption("army", null, by);
        intervention.RecordOption(new OptionFact("army", OptionStatus.Pending, _world.Clock.GetCurrentInstant(), ActorKind.Client, new LocalDate(2026, 9, 1)), by);
        var mechanic = Occupation.Parse("NOC-2021:72400");
        intervention.AddOption("mechanic", mechanic, by);
        _world.Advance(Duration.FromDays(7));
        intervention.RecordOption(new OptionFact("mechanic", OptionStatus.Pursued, _world.Clock.GetCurrentInstant(), ActorKind.Client), by);
        _world.Advance(Duration.FromDays(7));
        intervention.RecordOption(new OptionFact("mechanic", OptionStatus.Pending, _world.Clock.GetCurrentInstant(), ActorKind.Client, new LocalDate(2026, 8, 15)), by);

        Assert.Equal(
            [("army", OptionStatus.Pending, (LocalDate?)new LocalDate(2026, 9, 1), (Occupation?)null), ("mechanic", OptionStatus.Pending, new LocalDate(2026, 8, 15), mechanic)],
            intervention.Options.Select(o => (o.Label, o.Status, o.ExpectedBy, o.Occupation)));
        var record = intervention.ToCaseRecord();
        Assert.Equal(5, record.Options.Length);
        Assert.Equal(
            [OptionStatus.Explored, OptionStatus.Pending],
            record.Options.Where(o => o.Label == "army").Select(o => o.Status));

        _world.Advance(Duration.FromDays(7));
        intervention.RecordOption(new OptionFact("mechanic", OptionStatus.Succeeded, _world.Clock.GetCurrentInstant(), ActorKind.Client), by);
        intervention.RecordOption(new OptionFact("army", OptionStatus.Abandoned, _world.Clock.GetCurrentInstant(), ActorKind.Client), by);

        Assert.All(intervention.Options, o => Assert.True(o.IsResolved));
        Assert.Equal(intervention.Options, Intervention.FromHistory(intervention.History, _world.Agency).Options);
        Assert.Equal(7, intervention.ToCaseRecord().Options.Length);
    }

    [Fact]
    public void AnOptionAchieved_ThenPursued_IsRefused_AndChangesNothing()
    {
        var intervention = _world.InPlanning();
        intervention.AddOption("B", null, _world.Counsellor);
        _world.Advance(Duration.FromHours(1));
        intervention.RecordOption(new OptionFact("B", OptionStatus.Succeeded, _world.Clock.GetCurrentInstant(), ActorKind.Client), _world.Counsellor);
        var version = intervention.Version;
        var again = new OptionFact("B", OptionStatus.Pursued, _world.Clock.GetCurrentInstant(), ActorKind.Client);

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordOption(again, _world.Counsellor));

        Assert.Equal(["evidence.option-already-resolved"], refusal.Codes);
        Assert.Equal(refusal.Codes, intervention.CanRecord(again).Reasons.Select(r => r.Code));
        Assert.Equal(version, intervention.Version);
        Assert.Equal(OptionStatus.Succeeded, intervention.FindOption("B")!.Status);
    }

    [Fact]
    public void UnknownOrRepeatedOptions_AndEmptyOrMisdatedAssessments_AreRefusedWithCodes()
    {
        var intervention = _world.InDiagnosis();
        var now = _world.Clock.GetCurrentInstant();
        intervention.AddOption("A", null, _world.Counsellor);

        Assert.Equal(["option.unknown"], Codes(() => intervention.RecordOption(new OptionFact("Z", OptionStatus.Pending, now, ActorKind.Client), _world.Counsellor)));
        Assert.Equal(["option.already-added"], Codes(() => intervention.AddOption("A", null, _world.Counsellor)));
        Assert.Equal("Le plan ne comporte aucune option Z : ajoutez-la d'abord.", new Reason("option.unknown", new ReasonArgument("label", "Z")).Describe(French));
        Assert.Equal(["situation.nothing-assessed"], Codes(() => intervention.AssessSituation(SituationAssessment.Start(AssessmentMoment.Intake, now), _world.Counsellor)));
        Assert.Equal(["assessment.in-future"], Codes(() => intervention.AssessSituation(TestWorld.Situation(now + Duration.FromDays(1)), _world.Counsellor)));
        Assert.Equal(["assessment.at-out-of-range"], Codes(() => intervention.AssessAutonomy(TestWorld.Autonomy(1, AssessmentMoment.Intake, intervention.OpenedAt - Duration.FromDays(1), _world.Counsellor), _world.Counsellor)));
        Assert.Equal(["autonomy.other-scale"], Codes(() => intervention.AssessAutonomy(TestWorld.Autonomy(1, AssessmentMoment.Closure, now, _world.Counsellor, TestWorld.OtherScale), _world.Counsellor)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SituationAssessment.Start(AssessmentMoment.Intake, now).WithClientView((LifeDomain)99, LifeDomainStatus.Stable));
        Assert.Throws<ArgumentException>(() => new DomainView(LifeDomain.Money, LifeDomainStatus.Fragile, LifeDomainStatus.NotAssessed, LifeDomainStatus.Fragile));
        Assert.Throws<ArgumentException>(() => intervention.AddOption("plan A with spaces", null, _world.Counsellor));
        Assert.Throws<ArgumentException>(() => intervention.AddOption("C", default(Occupation), _world.Counsellor));
        Assert.Throws<ArgumentNullException>(() => intervention.AssessSituation(null!, _world.Counsellor));
        Assert.Single(intervention.Options);
    }

    [Fact]
    public void TheRebuild_RefusesWhatTheActionsRefuse()
    {
        var intervention = _world.InPlanning();
        intervention.AddOption("A", null, _world.Counsellor);
        var history = intervention.History.Select(e => e with { Position = 0 }).ToList();

        var noAutonomy = history.Where(e => e is not AutonomyAssessed).ToList();
        var unknownOption = history.Append(new OptionRecorded(new OptionFact("Z", OptionStatus.Pending, history[^1].At, ActorKind.Client), history[^1].At, _world.Counsellor)).ToList();
        var badLabel = history.Append(new OptionAdded("not a code", null, history[^1].At, _world.Counsellor)).ToList();
        var twice = history.Append(history[^1]).ToList();

        Assert.Contains("intake.autonomy-not-assessed", Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(noAutonomy, _world.Agency)).Codes);
        Assert.Equal(["option.unknown"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(unknownOption, _world.Agency)).Codes);
        Assert.Equal(["history.event-incomplete"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(badLabel, _world.Agency)).Codes);
        Assert.Equal(["option.already-added"], Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(twice, _world.Agency)).Codes);
        Assert.Contains("diagnosis.situation-not-assessed", Assert.Throws<InvalidHistoryException>(() => Intervention.FromHistory(history.Where(e => e is not SituationAssessed), _world.Agency)).Codes);
    }

    [Fact]
    public void TheNewEvents_RoundTripThroughJson_AndTheReloadedInterventionIsEqual()
    {
        var intervention = _world.Active();
        intervention.AddOption("mechanic", Occupation.Parse("NOC-2021:72400"), _world.Counsellor);
        _world.AssessAutonomy(intervention, AssessmentMoment.AlongTheWay, level: 2);

        var json = JsonSerializer.Serialize<IReadOnlyList<InterventionEvent>>(intervention.History, JsonAssert.Options);
        var back = JsonSerializer.Deserialize<IReadOnlyList<InterventionEvent>>(json, JsonAssert.Options)!;

        Assert.Equal(intervention.History, back);
        Assert.Contains("\"occupation\":\"NOC-2021:72400\"", json, StringComparison.Ordinal);
        var reloaded = Intervention.FromHistory(back, _world.Agency);
        Assert.Equal(intervention.Options, reloaded.Options);
        Assert.Equal(intervention.AutonomyAssessments, reloaded.AutonomyAssessments);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<InterventionEvent>(
            """{"$type":"OptionAdded","label":"A","occupation":"ROME:ZZZ","at":"2026-03-02T14:00:00Z","by":{"kind":"System","role":"import"}}""", JsonAssert.Options));
    }

    [Fact]
    public void ABarrier_BelongsToTheLifeDomainOfItsCategory_UnlessSaidOtherwise()
    {
        var debt = new Barrier(BarrierId.New(), BarrierCategory.Finances);
        var fear = new Barrier(BarrierId.New(), BarrierCategory.Finances) { Domain = LifeDomain.Health };

        Assert.Equal(LifeDomain.Money, debt.Domain);
        Assert.Equal(LifeDomain.Health, fear.Domain);
        Assert.Equal(debt with { Domain = LifeDomain.Money }, debt);
        Assert.Equal([LifeDomain.Health, LifeDomain.Money], LifeDomains.Group([debt, fear]).Keys);
        Assert.Equal(fear, JsonAssert.RoundTrip(fear));
        Assert.Equal(debt, JsonAssert.RoundTrip(debt));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Barrier(BarrierId.New(), BarrierCategory.Digital) { Domain = (LifeDomain)0 });
    }

    [Fact]
    public void TheGuidesExample_AssessesAutonomyAndTheSituation_ThenListsThePlansOptions()
    {
        var intervention = _world.Open();
        var counsellor = _world.Counsellor;
        IClock clock = _world.Clock;
        intervention.StartIntake(counsellor);
        _world.Advance(Duration.FromHours(1));
        var session = SessionId.New();
        intervention.RecordSession(session, clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, counsellor);

        // guide: intervention-situation
        // Intake: autonomy on the built-in scale (guided: the counsellor does it with him). Completing the intake needs it.
        AutonomyScale.Default.TryFind("guided", out var guided);
        intervention.AssessAutonomy(
            new AutonomyAssessment(AutonomyScale.Default, guided, HelpMode.DoesWith, AssessmentMoment.Intake, clock.GetCurrentInstant(), counsellor),
            counsellor);
        intervention.CompleteIntake(counsellor);

        // The global situation, with the client. Sharing the diagnosis needs it, every gap talked over.
        var situation = SituationAssessment.Start(AssessmentMoment.Intake, clock.GetCurrentInstant())
            .WithClientView(LifeDomain.Training, LifeDomainStatus.Resource)
            .WithCounsellorView(LifeDomain.Training, LifeDomainStatus.Difficulty);
        intervention.AssessSituation(situation, counsellor);
        Permission share = intervention.CanShareDiagnosis(session);
        // refused: diagnosis.situation-under-negotiation (training)
        intervention.AssessSituation(situation.Agree(LifeDomain.Training, LifeDomainStatus.Difficulty), counsellor);
        intervention.ShareDiagnosis(session, counsellor);

        // Plan A waits for the army's answer; plan B, industrial mechanic, is pursued.
        intervention.AddOption("army", null, counsellor);
        intervention.RecordOption("army", OptionStatus.Pending, ActorKind.Client, counsellor, new LocalDate(2026, 7, 6));
        intervention.AddOption("mechanic", Occupation.Parse("NOC-2021:72400"), counsellor);
        intervention.RecordOption("mechanic", OptionStatus.Pursued, ActorKind.Client, counsellor);
        var options = intervention.Options.Select(o => (o.Label, o.Status));   // (army, Pending), (mechanic, Pursued)
        // end guide

        Assert.Equal(["diagnosis.situation-under-negotiation"], share.Reasons.Select(r => r.Code));
        Assert.Equal([("army", OptionStatus.Pending), ("mechanic", OptionStatus.Pursued)], options);
        Assert.Equal(InterventionState.Planning, intervention.State);
    }

    [Fact]
    public void TheGuide_ShowsTheTestedExample()
    {
        var source = System.IO.File.ReadAllLines(RepositoryFiles.PathOf("tests/Counselling.Core.Tests/Interventions/SituationAutonomyOptionsTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// guide: intervention-situation") + 1;
        var end = Array.FindIndex(source, start, l => l.Trim() == "// end guide");
        var guide = System.IO.File.ReadAllText(RepositoryFiles.PathOf("docs/situation-and-services.md")).ReplaceLineEndings("\n");

        Assert.True(start > 0 && end > start);
        foreach (var line in source[start..end].Where(l => l.Trim().Length > 0))
        {
            Assert.Contains(line.Trim(), guide, StringComparison.Ordinal);
        }
    }

    private SessionId HeldSession(Intervention intervention)
    {
        _world.Advance(Duration.FromDays(7));
        var session = SessionId.New();
        intervention.RecordSession(session, _world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, _world.Counsellor);
        return session;
    }

    private static IEnumerable<string> Codes(Action act) => Assert.Throws<ActionRefusedException>(act).Codes;
}
