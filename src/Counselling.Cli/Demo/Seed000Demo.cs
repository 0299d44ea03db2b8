using System.Globalization;
using System.IO;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Cli.Demo;

/// <summary>
/// Seed 000, « Ai-je réussi mon intervention ? »: a young man told to retake the army's tests in six months (plan A)
/// comes for a plan B. Three career-choice meetings; at the fourth he has chosen industrial mechanics, applied to
/// college with his aunt's help, and took a job at a grocer's meanwhile.
/// </summary>
internal sealed class Seed000Demo(TextWriter output, CultureInfo culture)
{
    private const string Zone = "America/Toronto";

    private readonly Narrator _say = new(output, culture);
    private readonly StoryClock _clock = new(At(2026, 1, 12, 9, 0));

    public void Run()
    {
        var zones = DateTimeZoneProviders.Tzdb;
        var counsellor = CounsellorId.New();
        var client = ClientId.New();
        var me = Actor.Counsellor(counsellor);
        var programme = new ProgrammeRules("PLAN-B", Period.FromMonths(6));

        _say.Title("Seed 000 — was my intervention a success?", "Seed 000 — Ai-je réussi mon intervention ?");

        var intervention = Intervention.Open(InterventionId.New(), client, counsellor, programme, Zone, me, _clock, zones);
        _say.Step(_clock.Now, Zone, "He asks for help with a plan B while the army makes him wait six months.", "Il demande de l'aide pour un plan B : l'armée le fait attendre six mois.");
        _say.State(intervention);

        intervention.StartIntake(me);
        var first = SessionId.New();
        intervention.PlanSession(first, new LocalDateTime(2026, 1, 14, 10, 0), Zone, me);
        _say.Step(_clock.Now, Zone, "Intake started; the first meeting is planned for Wednesday 10:00.", "Accueil commencé ; la première rencontre est prévue mercredi à 10 h.");
        _say.State(intervention);

        _clock.MoveTo(At(2026, 1, 14, 11, 0));
        intervention.RecordSession(first, At(2026, 1, 14, 10, 0), [new SessionOutcome(SessionOutcomeKind.Proposal, "career-choice process")], SessionProgress.Progressed, me);
        intervention.CompleteIntake(me);
        _say.Step(_clock.Now, Zone, "Meeting 1 held (a career-choice process proposed); intake complete.", "Rencontre 1 tenue (démarche de choix de carrière proposée) ; accueil terminé.");
        _say.State(intervention);

        _clock.MoveTo(At(2026, 1, 21, 11, 0));
        var second = SessionId.New();
        try
        {
            intervention.RecordSession(second, At(2026, 1, 21, 10, 0), [], SessionProgress.Progressed, me);
        }
        catch (ActionRefusedException refusal)
        {
            _say.Step(_clock.Now, Zone, "Trying to record meeting 2 with no concrete outcome…", "Tentative d'enregistrer la rencontre 2 sans résultat concret…");
            _say.Refused(refusal);
        }

        intervention.RecordSession(second, At(2026, 1, 21, 10, 0), [new SessionOutcome(SessionOutcomeKind.Realisation, "list of occupations built together")], SessionProgress.Progressed, me);
        intervention.ShareDiagnosis(second, me);
        _say.Step(_clock.Now, Zone, "Meeting 2: the list of occupations is built together; the diagnosis is shared.", "Rencontre 2 : la liste de métiers est construite ensemble ; le diagnostic est partagé.");
        _say.State(intervention);

        try
        {
            intervention.Activate(me);
        }
        catch (ActionRefusedException refusal)
        {
            _say.Step(_clock.Now, Zone, "Trying to start the active phase before any objective is agreed…", "Tentative de démarrer la phase active avant tout objectif accepté…");
            _say.Refused(refusal);
        }

        _clock.MoveTo(At(2026, 2, 11, 11, 0));
        try
        {
            intervention.Close(ClosureReason.ObjectivesMet, me);
        }
        catch (ActionRefusedException refusal)
        {
            _say.Step(_clock.Now, Zone, "Trying to close as “objectives met” while still planning…", "Tentative de clôturer « objectifs atteints » en pleine planification…");
            _say.Refused(refusal);
        }

        _say.Step(_clock.Now, Zone, $"History: {intervention.Version} events, each with its instant and who did it.", $"Historique : {intervention.Version} événements, chacun daté et attribué.");
        foreach (var evt in intervention.History)
        {
            _say.Line($"{evt.At} {evt.GetType().Name} by {evt.By.Kind}", $"{evt.At} {evt.GetType().Name} par {_say.Format(evt.By.Kind)}");
        }
    }

    private static Instant At(int year, int month, int day, int hour, int minute)
        => new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(DateTimeZoneProviders.Tzdb[Zone]).ToInstant();
}
