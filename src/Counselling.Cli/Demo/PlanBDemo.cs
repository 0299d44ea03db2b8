using System.Globalization;
using System.IO;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Occupations;
using Counselling.Core.Situation;
using NodaTime;

namespace Counselling.Cli.Demo;

/// <summary>
/// « Ai-je réussi mon intervention ? »: a young man told to retake the army's tests in six months (plan A)
/// comes for a plan B. Three career-choice meetings; at the fourth he has chosen industrial mechanics, applied to
/// college with his aunt's help, and took a job at a grocer's meanwhile. Played through the public API only.
/// </summary>
internal sealed partial class PlanBDemo(TextWriter output, CultureInfo culture)
{
    private const string Zone = "America/Toronto";

    private readonly Narrator _say = new(output, culture);
    private readonly StoryClock _clock = new(At(2026, 1, 12, 9, 0));
    private readonly IDateTimeZoneProvider _zones = DateTimeZoneProviders.Tzdb;
    private readonly CounsellorId _counsellorId = CounsellorId.New();
    private readonly ClientId _clientId = ClientId.New();

    private Actor Me => Actor.Counsellor(_counsellorId);

    private Actor Him => Actor.Client(_clientId);

    private Actor Aunt => Actor.Relative(_clientId, ThirdPartyRole.Aunt);

    /// <summary>Gets the evaluation at the fourth meeting under the default policy.</summary>
    public EvaluationReport? AtMeeting4 { get; private set; }

    /// <summary>Gets the evaluation at the fourth meeting under the strict policy.</summary>
    public EvaluationReport? AtMeeting4Strict { get; private set; }

    /// <summary>Gets the strict evaluation once the follow-up is known.</summary>
    public EvaluationReport? AfterFollowUp { get; private set; }

    public Intervention Run()
    {
        _say.Title("A plan B — was my intervention a success?", "Un plan B — ai-je réussi mon intervention ?");
        var intervention = Intervention.Open(new AgencyClock(_clock, _zones, Zone), InterventionId.New(), _clientId, _counsellorId, new ProgrammeSettings("PLAN-B", Period.FromMonths(6), MissingOutcomePolicy.Reject), Me);
        _say.Step(_clock.Now, Zone, "He asks for help with a plan B: the army told him to retake its tests in six months.", "Il demande de l'aide pour un plan B : l'armée lui demande de repasser ses tests dans six mois.");
        _say.State(intervention);

        var first = SessionId.New();
        intervention.StartIntake(Me);
        intervention.PlanSession(first, new LocalDateTime(2026, 1, 14, 10, 0), Zone, Me);
        _say.Step(_clock.Now, Zone, "Intake started; meeting 1 is planned for Wednesday 10:00.", "Accueil commencé ; la rencontre 1 est prévue mercredi à 10 h.");
        _say.State(intervention);

        _clock.MoveTo(At(2026, 1, 14, 11, 0));
        intervention.RecordSession(first, At(2026, 1, 14, 10, 0), [new SessionOutcome(SessionOutcomeKind.Proposal, "career-choice process")], SessionProgress.Progressed, Me);
        _say.Step(_clock.Now, Zone, "Trying to complete the intake before his autonomy is assessed…", "Tentative de terminer l'accueil avant d'évaluer son autonomie…");
        Try(() => intervention.CompleteIntake(Me));
        intervention.AssessAutonomy(new AutonomyAssessment(AutonomyScale.Default, Level("guided"), HelpMode.DoesWith, AssessmentMoment.Intake, _clock.Now, Me), Me);
        intervention.AddOption("A", null, Me);
        intervention.AwaitDecision("A", "answer from the army recruitment office", new LocalDate(2026, 7, 6), Me);
        intervention.CompleteIntake(Me);
        _say.Step(_clock.Now, Zone, "Meeting 1 held: his autonomy assessed (guided: we act together); plan A, the army, waits for its answer by July 6; a career-choice process is proposed; intake complete.", "Rencontre 1 tenue : son autonomie est évaluée (guidée : nous agissons ensemble) ; le plan A, l'armée, attend sa réponse d'ici le 6 juillet ; une démarche de choix de carrière est proposée ; accueil terminé.");
        _say.State(intervention);

        var second = Meeting2(intervention);
        var objective = Objective(intervention, second);
        Meeting3(intervention, second, objective);
        Meeting4(intervention);
        Later(intervention);
        Periservice(intervention);
        PrintPathway(intervention);
        return intervention;
    }

    private SessionId Meeting2(Intervention intervention)
    {
        _clock.MoveTo(At(2026, 1, 21, 11, 0));
        var second = SessionId.New();
        _say.Step(
            _clock.Now,
            Zone,
            "This agency refuses a meeting without a concrete outcome (by default it is recorded and flagged). Trying to record meeting 2 with none…",
            "Cette agence refuse une rencontre sans résultat concret (par défaut, elle est consignée et signalée). Tentative d'enregistrer la rencontre 2 sans résultat concret…");
        Try(() => intervention.RecordSession(second, At(2026, 1, 21, 10, 0), [], SessionProgress.Progressed, Me));

        intervention.RecordSession(second, At(2026, 1, 21, 10, 0), [new SessionOutcome(SessionOutcomeKind.Realisation, "list of occupations built together")], SessionProgress.Progressed, Me);
        intervention.RecordAspiration(new Aspiration("Join the army", Him) { Session = second }, Him);
        intervention.AssessSituation(
            SituationAssessment.Start(AssessmentMoment.Intake, _clock.Now)
                .WithClientView(LifeDomain.Work, LifeDomainStatus.Fragile).WithCounsellorView(LifeDomain.Work, LifeDomainStatus.Difficulty).Agree(LifeDomain.Work, LifeDomainStatus.Difficulty)
                .WithClientView(LifeDomain.Training, LifeDomainStatus.Difficulty).WithCounsellorView(LifeDomain.Training, LifeDomainStatus.Difficulty)
                .WithClientView(LifeDomain.FamilyAndChildcare, LifeDomainStatus.Resource).WithCounsellorView(LifeDomain.FamilyAndChildcare, LifeDomainStatus.Resource),
            Me);
        intervention.ShareDiagnosis(
            second,
            new DiagnosisAgreement(
                "Waiting six months for the army idle is not an option; he wants a trade meanwhile",
                "Hands-on interests; the list of occupations fits a college programme",
                "Pursue a trade from the list as plan B while plan A is pending",
                Him),
            Me);
        _say.Step(
            _clock.Now,
            Zone,
            "Meeting 2: he says what he wishes; his situation is assessed domain by domain (work: he says fragile, I say a difficulty, we agree on a difficulty; his family is a resource); the list of occupations is built together; the diagnosis is shared: his view, mine, and what we agreed.",
            "Rencontre 2 : il dit ce qu'il souhaite ; sa situation est évaluée domaine par domaine (emploi : fragile selon lui, une difficulté selon moi, nous convenons d'une difficulté ; sa famille est un point d'appui) ; la liste de métiers est construite ensemble ; le diagnostic est partagé : son point de vue, le mien et ce dont nous avons convenu.");
        _say.Step(_clock.Now, Zone, "Trying to start the active phase before any objective is agreed…", "Tentative de démarrer la phase active avant tout objectif accepté…");
        Try(() => intervention.Activate(Me));
        return second;
    }

    private ObjectiveId Objective(Intervention intervention, SessionId second)
    {
        var vague = new SmartObjective(ObjectiveId.New(), "Find something") { ByWhom = Him };
        intervention.ProposeObjective(vague, Me);
        _say.Step(_clock.Now, Zone, "A first, vague objective is proposed; read letter by letter:", "Un premier objectif, flou, est proposé ; lu lettre par lettre :");
        foreach (var reason in intervention.ValidateObjective(vague.Id).Reasons)
        {
            _say.Reason(reason);
        }

        var objective = vague with
        {
            What = "Choose an occupation from the list and apply to a college programme",
            Indicator = new Indicator("college applications sent", "applications", 0, 1),
            Steps = ["Explore three occupations from the list", "Visit the college's open day", "Send the application"],
            Resources = ["The list built together", "His aunt's help with the forms"],
            Realism = "Plan B while the army's answer is pending; college programmes open to him",
            Deadline = new LocalDate(2026, 5, 29),
        };
        intervention.ReviseObjective(objective, Me);
        intervention.AgreeObjective(objective.Id, second, Me);
        intervention.AddDesiredBenefit(new DesiredBenefit(BenefitId.New(), "A trade he likes, with a steady income") { Objectives = [objective.Id], KeepsActing = "Not waiting idle for the army" }, Me);
        intervention.AgreeAction(new PlanAction(PlanActionId.New(), "Explore three occupations from the list", Him, second) { Objective = objective.Id, Due = new LocalDate(2026, 1, 28) }, Me);
        intervention.Activate(Me);
        _say.Step(_clock.Now, Zone, "Revised with him into a SMART objective he agrees to, with what matters to him and his first action: active phase.", "Retravaillé avec lui en objectif SMART qu'il accepte, avec ce qui compte pour lui et sa première action : phase active.");
        _say.State(intervention);
        return objective.Id;
    }

    private void Meeting3(Intervention intervention, SessionId second, ObjectiveId objective)
    {
        _clock.MoveTo(At(2026, 1, 28, 11, 0));
        var third = SessionId.New();
        intervention.RecordSession(third, At(2026, 1, 28, 10, 0), [new SessionOutcome(SessionOutcomeKind.AgreedAction, "application with his aunt")], SessionProgress.Progressed, Me);
        foreach (var unreviewed in intervention.UnreviewedActions())
        {
            intervention.ReviewAction(unreviewed.Action, third, PlanActionStatus.Done, Me);
        }

        intervention.AgreeAction(new PlanAction(PlanActionId.New(), "Help with the college application", Aunt, third) { Objective = objective, Due = new LocalDate(2026, 2, 20) }, Me);
        _say.Step(_clock.Now, Zone, "Meeting 3: his exploration is reviewed (done); his aunt will help with the application.", "Rencontre 3 : son exploration est revue (faite) ; sa tante l'aidera pour la demande.");
        _say.Line($"unreviewed actions: {intervention.UnreviewedActions().Count}", $"actions non revues : {intervention.UnreviewedActions().Count}");
        ReferToServices(intervention);
        _ = second;
    }

    private void Meeting4(Intervention intervention)
    {
        _clock.MoveTo(At(2026, 2, 4, 11, 0));
        var fourth = SessionId.New();
        intervention.RecordSession(
            fourth,
            At(2026, 2, 4, 10, 0),
            [new SessionOutcome(SessionOutcomeKind.Decision, "industrial mechanic chosen"), new SessionOutcome(SessionOutcomeKind.Realisation, "college application sent")],
            SessionProgress.Progressed,
            Me);
        foreach (var unreviewed in intervention.UnreviewedActions())
        {
            intervention.ReviewAction(unreviewed.Action, fourth, PlanActionStatus.Done, Me);
        }

        _say.Step(_clock.Now, Zone, "Meeting 4: “I chose industrial mechanic; with my aunt I applied to college; meanwhile I work at a grocer's and I like it.”", "Rencontre 4 : « J'ai choisi mécanicien industriel ; avec ma tante, j'ai soumis une demande au collège ; en attendant je travaille chez un épicier et j'aime ça. »");
        EvaluateAtMeeting4(intervention);

        intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(2026, 7, 6), Me);
        _say.Step(_clock.Now, Zone, "On hold: plan A waits for the army recruitment office's answer by July 6; plan B, industrial mechanic, for the college's admission answer by August 24.", "En attente : le plan A attend la réponse du bureau de recrutement de l'armée d'ici le 6 juillet ; le plan B, mécanicien industriel, la réponse d'admission du collège d'ici le 24 août.");
        _say.State(intervention);
    }

    private void Later(Intervention intervention)
    {
        _clock.MoveTo(At(2026, 7, 8, 9, 0));
        intervention.Resume(Me);
        intervention.RecordDecisionOutcome("B", "college admission answer", OptionStatus.Succeeded, Him);
        intervention.StartFollowUp(Me);
        var army = intervention.FindOption("A")!.Decisions[0];
        _say.Step(
            _clock.Now,
            Zone,
            $"July: the college accepts him, plan B is achieved; the army's answer, expected on {_say.Format(army.ExpectedOn)}, has not come ({(army.IsOverdueOn(new LocalDate(2026, 7, 8)) ? "overdue" : "awaited")}); the active phase ends and the follow-up starts.",
            $"Juillet : le collège l'accepte, le plan B a abouti ; la réponse de l'armée, attendue le {_say.Format(army.ExpectedOn)}, n'est pas venue ({(army.IsOverdueOn(new LocalDate(2026, 7, 8)) ? "en retard" : "attendue")}) ; la phase active se termine et le suivi commence.");
        _say.State(intervention);

        _clock.MoveTo(At(2026, 9, 14, 9, 0));
        intervention.Close(ClosureReason.ObjectivesMet, Me);
        _say.Step(_clock.Now, Zone, "September: closed, objectives met. A closed intervention never reopens; if he comes back, a new one is linked to it.", "Septembre : clôturé, objectifs atteints. Un accompagnement clôturé ne rouvre jamais ; s'il revient, un nouveau y sera lié.");
        EvaluateLater(intervention);

        _say.Step(_clock.Now, Zone, $"History: {intervention.Version} events, each dated and attributed.", $"Historique : {intervention.Version} événements, chacun daté et attribué.");
        foreach (var evt in intervention.History)
        {
            // The client's own steps (an agreement, an aspiration) are the client's, even when the counsellor recorded them.
            var acted = evt.ActingParty();
            if (acted == evt.By)
            {
                _say.Line($"{evt.At} {evt.GetType().Name} by {_say.Format(evt.By.Kind)}", $"{evt.At} {evt.GetType().Name} par {_say.Format(evt.By.Kind)}");
            }
            else
            {
                _say.Line(
                    $"{evt.At} {evt.GetType().Name} by {_say.Format(acted.Kind)}, recorded by {_say.Format(evt.By.Kind)}",
                    $"{evt.At} {evt.GetType().Name} par {_say.Format(acted.Kind)}, consigné par {_say.Format(evt.By.Kind)}");
            }
        }
    }

    private void Try(System.Action action)
    {
        try
        {
            action();
        }
        catch (ActionRefusedException refusal)
        {
            _say.Refused(refusal);
        }
    }

    private static AutonomyLevel Level(string code) => AutonomyScale.Default.TryFind(code, out var level) ? level : throw new System.ArgumentException("Not a level of the default scale.", nameof(code));

    private static Instant At(int year, int month, int day, int hour, int minute)
        => new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(DateTimeZoneProviders.Tzdb[Zone]).ToInstant();
}
