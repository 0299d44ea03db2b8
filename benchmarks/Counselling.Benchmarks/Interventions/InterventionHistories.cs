using Counselling.Core.Evidence;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;

namespace Counselling.Benchmarks.Interventions;

/// <summary>Realistic stored histories for the benchmarks.</summary>
internal static class InterventionHistories
{
    public static List<InterventionEvent> Active(IClock clock, Actor by)
    {
        var t = clock.GetCurrentInstant() - Duration.FromDays(30);
        var session = SessionId.New();
        return
        [
            new InterventionOpened(InterventionId.New(), ClientId.New(), CounsellorId.New(), new ProgrammeSettings("PLAN-B", Period.FromMonths(6)), "America/Toronto", null, t, by),
            new IntakeStarted(t, by),
            new SessionRecorded(session, t, [new SessionOutcome(SessionOutcomeKind.Proposal, "process")], SessionProgress.Progressed, t, by),
            new IntakeCompleted(t, by),
            new DiagnosisShared(session, t, by),
            new InterventionActivated(t, by),
        ];
    }

    /// <summary>Twenty events: opening, intake, diagnosis, planning, activation, eight sessions planned and held, a hold and its end, follow-up.</summary>
    public static List<InterventionEvent> Twenty(IClock clock, Actor by)
    {
        var history = Active(clock, by);
        var t = history[^1].At;
        for (var i = 0; i < 6; i++)
        {
            t += Duration.FromDays(2);
            var session = SessionId.New();
            history.Add(new SessionPlanned(session, new LocalDateTime(2026, 4, 1 + i, 10, 0), "America/Toronto", t, by));
            history.Add(new SessionRecorded(session, t, [new SessionOutcome(SessionOutcomeKind.AgreedAction, "apply")], SessionProgress.Progressed, t, by));
        }

        history.Add(new InterventionPutOnHold(HoldReason.AwaitingOutsideDecision, new LocalDate(2026, 9, 1), t, by));
        history.Add(new InterventionResumed(t, by));
        return history.Take(20).ToList();
    }
}
