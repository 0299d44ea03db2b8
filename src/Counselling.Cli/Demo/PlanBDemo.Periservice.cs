using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Interventions;
using Counselling.Core.Periservice;
using NodaTime;

namespace Counselling.Cli.Demo;

/// <content>
/// The touchpoints around the story: what the agency's system would send before, between and after the meetings, as
/// computed from the intervention (never sent by the library), then what changes when a meeting is moved.
/// </content>
internal sealed partial class PlanBDemo
{
    /// <summary>Gets the schedule of the story's touchpoints, before the rescheduling.</summary>
    public TouchpointSchedule? Touchpoints { get; private set; }

    /// <summary>Gets what moving the second meeting changes in the schedule.</summary>
    public ScheduleDiff? Rescheduling { get; private set; }

    private void Periservice(Intervention intervention)
    {
        var scheduler = new PeriserviceScheduler(PeriservicePolicy.Default, SendingWindow.Default, _zones);
        var anchors = InterventionAnchors.From(intervention, ContactPreferences.Offline, _zones);
        Touchpoints = scheduler.Schedule(anchors);
        _say.Step(_clock.Now, Zone, "The touchpoints around his accompaniment (he has no digital access: calls and letters):", "Les contacts autour de son accompagnement (il n'a pas d'accès numérique : appels et courriers) :");
        foreach (var line in ScheduleText.Format(Touchpoints, culture))
        {
            _say.Line("  " + line, "  " + line);
        }

        // Had the second meeting been moved two days later, recomputing gives the difference to apply.
        var second = anchors.Sessions[1];
        var moved = new List<SessionAnchor>(anchors.Sessions) { [1] = new SessionAnchor(second.Session, second.Start.PlusDays(2), second.ZoneId) };
        var later = scheduler.Schedule(new ServiceAnchors(anchors.Intervention, anchors.ZoneId, anchors.Contact, moved, anchors.Group, anchors.ClosedAt));
        Rescheduling = ScheduleDiff.Between(Touchpoints, later);
        _say.Line("Had meeting 2 been moved two days later, the schedule would change so:", "Si la rencontre 2 avait été décalée de deux jours, le calendrier changerait ainsi :");
        foreach (var move in Rescheduling.Moved)
        {
            if (Text(move.Before) == Text(move.After))
            {
                _say.Line("  updated: " + Text(move.After), "  mis à jour : " + Text(move.After));
                continue;
            }

            _say.Line("  moved:   " + Text(move.Before) + "  →  " + Text(move.After), "  déplacé : " + Text(move.Before) + "  →  " + Text(move.After));
        }

        foreach (var added in Rescheduling.Added)
        {
            _say.Line("  added:   " + Text(added), "  ajouté : " + Text(added));
        }

        foreach (var cancelled in Rescheduling.Cancelled)
        {
            _say.Line("  cancelled: " + Text(cancelled), "  annulé : " + Text(cancelled));
        }
    }

    private string Text(Touchpoint touchpoint) => ScheduleText.Format(TouchpointSchedule.Of([touchpoint]), culture)[0];
}
