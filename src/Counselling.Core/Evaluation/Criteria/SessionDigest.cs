using System;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// What the session criteria read, counted in one pass over the sessions known at the moment (each session by its
/// latest observation then), so that every rule reading sessions shares it instead of walking them again.
/// </summary>
internal readonly struct SessionDigest
{
    public SessionDigest(CaseRecord record, in KnownCutoff cutoff, LocalDate today)
    {
        unchecked
        {
            var all = record.SessionArray;
            var known = KnownFacts.Count(all, cutoff);
            var sessions = all.AsSpan(0, known);
            var next = record.SessionNext;
            int plannedHeld = 0, plannedNotHeld = 0, unplannedHeld = 0, held = 0, withOutcome = 0;
            var decisionAt = -1;
            var anyUpcoming = false;
            LocalDate? nextOn = null;
            for (var i = 0; i < sessions.Length; i++)
            {
                ref readonly var s = ref sessions[i];
                if (s.Status == SessionStatus.Held && decisionAt < 0 && s.Has(SessionOutcomeKind.Decision))
                {
                    decisionAt = i;
                }

                if (!KnownFacts.IsCurrent(next, i, known))
                {
                    continue;
                }

                switch (s.Status)
                {
                    case SessionStatus.Held:
                        held++;
                        withOutcome += s.HasOutcome ? 1 : 0;
                        if (s.Planned)
                        {
                            plannedHeld++;
                        }
                        else
                        {
                            unplannedHeld++;
                        }

                        break;
                    case SessionStatus.Planned:
                        anyUpcoming = true;
                        if (s.IsScheduled && s.ScheduledDate is var on && on >= today && (nextOn is not { } n || on < n))
                        {
                            nextOn = on;
                        }

                        break;
                    default:
                        plannedNotHeld += s.Planned ? 1 : 0;
                        break;
                }
            }

            PlannedHeld = plannedHeld;
            PlannedNotHeld = plannedNotHeld;
            UnplannedHeld = unplannedHeld;
            Held = held;
            WithOutcome = withOutcome;
            DecisionAt = decisionAt;
            AnyUpcoming = anyUpcoming;
            NextPlannedOn = nextOn;
        }
    }

    /// <summary>Gets how many sessions planned ahead were held.</summary>
    public int PlannedHeld { get; }

    /// <summary>Gets how many sessions planned ahead were missed or cancelled.</summary>
    public int PlannedNotHeld { get; }

    /// <summary>Gets how many sessions were held without being planned ahead.</summary>
    public int UnplannedHeld { get; }

    /// <summary>Gets how many sessions were held.</summary>
    public int Held { get; }

    /// <summary>Gets how many held sessions ended with an outcome.</summary>
    public int WithOutcome { get; }

    /// <summary>Gets the index of the first held session that ended with a decision, or -1.</summary>
    public int DecisionAt { get; }

    /// <summary>Gets a value indicating whether a session is still planned.</summary>
    public bool AnyUpcoming { get; }

    /// <summary>Gets the earliest date a session still planned is scheduled for from today on, if any.</summary>
    public LocalDate? NextPlannedOn { get; }
}
