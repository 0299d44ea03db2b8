using System;
using System.Linq;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// The engine reads the facts known at a cutoff as the first ones of each array and tells a superseded observation by
/// its next observation's index: on any record, at any cutoff (every instant a fact became known, and just before it),
/// that must read exactly what comparing each fact's instant with the cutoff reads.
/// </summary>
public sealed class KnownFactsProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool KnownFacts_ReadTheFactsKnownAtEveryCutoff_AsEachFactsInstantDoes(RandomHistory history)
    {
        var record = history.Build();
        return Cutoffs(history, record).All(cutoff =>
            Agrees(record.SessionArray, record.SessionNext, cutoff)
            && Agrees(record.ObjectiveArray, record.ObjectiveNext, cutoff)
            && Agrees(record.OptionArray, record.OptionNext, cutoff)
            && Agrees(record.SituationArray, default, cutoff)
            && Agrees(record.SatisfactionArray, default, cutoff)
            && KnownFacts.Count(record.OptionArray, cutoff) == record.OptionArray.TakeWhile(o => o.KnownAt <= cutoff.Instant).Count());
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool SessionDigest_AtEveryCutoff_CountsWhatEachSessionsInstantSays(RandomHistory history, bool inToronto)
    {
        var zone = inToronto ? DateTimeZoneProviders.Tzdb["America/Toronto"] : DateTimeZone.Utc;
        var record = history.Build(zone: zone);
        return Cutoffs(history, record).All(cutoff =>
        {
            var today = cutoff.Instant.InZone(zone).Date;
            return Plain(record, cutoff, today) == Summary(new SessionDigest(record, cutoff, today));
        });
    }

    /// <summary>The history's as-of instant, its opening, and every instant a session, objective, option or situation became known, and a nanosecond before.</summary>
    private static KnownCutoff[] Cutoffs(RandomHistory history, CaseRecord record)
    {
        var instants = record.SessionArray.Select(f => f.KnownAt)
            .Concat(record.ObjectiveArray.Select(f => f.KnownAt))
            .Concat(record.OptionArray.Select(f => f.KnownAt))
            .Concat(record.SituationArray.Select(f => f.KnownAt))
            .Concat(record.SatisfactionArray.Select(f => f.KnownAt))
            .SelectMany(i => new[] { i, i - Duration.Epsilon })
            .Append(history.AsOf)
            .Append(record.OpenedAt);
        return [.. instants.Distinct().Select(i => new KnownCutoff(i))];
    }

    private static bool Agrees<T>(T[] facts, ReadOnlySpan<int> next, KnownCutoff cutoff)
        where T : struct, IKnownFact
    {
        var plain = 0;
        while (plain < facts.Length && facts[plain].IsKnownBy(cutoff))
        {
            plain++;
        }

        var known = KnownFacts.Count(facts, cutoff);
        for (var i = 0; i < known; i++)
        {
            if (KnownFacts.IsCurrent(next, i, known) != FactList.IsCurrent(facts, next, i, cutoff))
            {
                return false;
            }
        }

        return known == plain;
    }

    private static (int, int, int, int, int, int, bool, LocalDate?) Summary(SessionDigest d)
        => (d.PlannedHeld, d.PlannedNotHeld, d.UnplannedHeld, d.Held, d.WithOutcome, d.DecisionAt, d.AnyUpcoming, d.NextPlannedOn);

    /// <summary>The digest counted as the sessions' instants say, each compared with the cutoff.</summary>
    private static (int, int, int, int, int, int, bool, LocalDate?) Plain(CaseRecord record, KnownCutoff cutoff, LocalDate today)
    {
        var sessions = record.SessionArray;
        int plannedHeld = 0, plannedNotHeld = 0, unplannedHeld = 0, held = 0, withOutcome = 0, decisionAt = -1;
        var anyUpcoming = false;
        LocalDate? nextOn = null;
        for (var i = 0; i < sessions.Length && sessions[i].IsKnownBy(cutoff); i++)
        {
            var s = sessions[i];
            if (s.Status == SessionStatus.Held && decisionAt < 0 && s.Has(SessionOutcomeKind.Decision))
            {
                decisionAt = i;
            }

            if (!FactList.IsCurrent(sessions, record.SessionNext, i, cutoff))
            {
                continue;
            }

            if (s.Status == SessionStatus.Held)
            {
                held++;
                withOutcome += s.HasOutcome ? 1 : 0;
                plannedHeld += s.Planned ? 1 : 0;
                unplannedHeld += s.Planned ? 0 : 1;
            }
            else if (s.Status == SessionStatus.Planned)
            {
                anyUpcoming = true;
                if (s.IsScheduled && s.ScheduledDate >= today && (nextOn is not { } n || s.ScheduledDate < n))
                {
                    nextOn = s.ScheduledDate;
                }
            }
            else
            {
                plannedNotHeld += s.Planned ? 1 : 0;
            }
        }

        return (plannedHeld, plannedNotHeld, unplannedHeld, held, withOutcome, decisionAt, anyUpcoming, nextOn);
    }
}
