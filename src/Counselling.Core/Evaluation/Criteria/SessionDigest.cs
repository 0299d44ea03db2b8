using System.Runtime.CompilerServices;
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
        var sessions = record.SessionArray;
        var next = record.SessionNext;
        var counter = new Counter();
        LocalDate? nextOn = null;
        for (var i = 0; i < sessions.Length && sessions[i].IsKnownBy(cutoff); i++)
        {
            ref readonly var s = ref sessions[i];
            counter.Decision(i, s.Status, s.Has(SessionOutcomeKind.Decision));
            if (FactList.IsCurrent(sessions, next, i, cutoff) && counter.Add(s.Status, s.Planned, s.HasOutcome)
                && s.IsScheduled && s.ScheduledDate is var on && on >= today && (nextOn is not { } n || on < n))
            {
                nextOn = on;
            }
        }

        this = new SessionDigest(counter, nextOn);
    }

    /// <summary>Counts the sessions of a record whose facts are packed: the same counts as from its arrays, read from one array, dates as day numbers.</summary>
    /// <param name="packed">The record's packed facts.</param>
    /// <param name="cutoff">The as-of instant.</param>
    /// <param name="today">The day number of its date in the record's zone.</param>
    public SessionDigest(PackedFact[] packed, in KnownCutoff cutoff, int today)
    {
        unchecked
        {
            // Every packed instant is a whole tick: a fact is known exactly when its ticks are at most the cutoff's floor.
            var cut = cutoff.Ticks;
            int start = PackedFacts.Header, end = packed[0].Next, known = start;
            while (known < end && packed[known].Ticks <= cut)
            {
                known++;
            }

            var counter = new Counter();
            var nextOn = PackedFacts.None;
            for (var i = start; i < known; i++)
            {
                ref readonly var s = ref packed[i];
                var data = s.Data;
                var status = (SessionStatus)(data & PackedFacts.StatusMask);
                counter.Decision(i - start, status, (data & PackedFacts.Decision) != 0);

                // Current when no later observation of the same session is known.
                if (s.Next >= known && counter.Add(status, (data & PackedFacts.Planned) != 0, (data & PackedFacts.HasOutcome) != 0)
                    && (data & PackedFacts.Scheduled) != 0 && data >> PackedFacts.DayShift is var on && on >= today && on < nextOn)
                {
                    nextOn = on;
                }
            }

            this = new SessionDigest(counter, nextOn == PackedFacts.None ? null : PackedFacts.Date(nextOn));
        }
    }

    private SessionDigest(in Counter counter, LocalDate? nextOn)
    {
        PlannedHeld = counter.PlannedHeld;
        PlannedNotHeld = counter.PlannedNotHeld;
        UnplannedHeld = counter.UnplannedHeld;
        Held = counter.Held;
        WithOutcome = counter.WithOutcome;
        DecisionAt = counter.DecisionAt;
        AnyUpcoming = counter.AnyUpcoming;
        NextPlannedOn = nextOn;
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

    /// <summary>The counts as the sessions come, each current session added once.</summary>
    private struct Counter
    {
        public Counter()
        {
        }

        public int PlannedHeld { get; private set; }

        public int PlannedNotHeld { get; private set; }

        public int UnplannedHeld { get; private set; }

        public int Held { get; private set; }

        public int WithOutcome { get; private set; }

        public int DecisionAt { get; private set; } = -1;

        public bool AnyUpcoming { get; private set; }

        /// <summary>Notes the first held session that ended with a decision, current or not.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Decision(int index, SessionStatus status, bool decision)
        {
            if (status == SessionStatus.Held && DecisionAt < 0 && decision)
            {
                DecisionAt = index;
            }
        }

        /// <summary>Counts a current session; returns whether it is still planned (its date may be the next one).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Add(SessionStatus status, bool planned, bool hasOutcome)
        {
            unchecked
            {
                switch (status)
                {
                    case SessionStatus.Held:
                        Held++;
                        WithOutcome += hasOutcome ? 1 : 0;
                        if (planned)
                        {
                            PlannedHeld++;
                        }
                        else
                        {
                            UnplannedHeld++;
                        }

                        return false;
                    case SessionStatus.Planned:
                        AnyUpcoming = true;
                        return true;
                    default:
                        PlannedNotHeld += planned ? 1 : 0;
                        return false;
                }
            }
        }
    }
}
