using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Core.Evidence;
using Counselling.Research.Files;
using NodaTime;

namespace Counselling.Cli.Cohorts;

/// <summary>
/// A synthetic cohort for trying the tools and measuring them: the same number and seed always give the same cases.
/// Three programmes with different chances of employment or training, four sites, two hundred counsellors, three zones;
/// a survey not put to the client is left blank (not recorded), an event that did not happen is written <c>none</c>;
/// "messy" mixes in about one bad record in a hundred (an empty programme, an unknown zone, a score of 9, more sessions
/// held than planned, a closure before the opening).
/// </summary>
internal sealed class CohortGenerator(int seed, bool messy)
{
    private static readonly string[] Programmes = ["career-choice", "job-search", "plan-b"];
    private static readonly double[] EntryChance = [0.45, 0.6, 0.35];
    private static readonly string[] Sites = ["north", "south", "east", "west"];
    private static readonly string[] Zones = ["Europe/Paris", "America/Toronto", "Europe/Brussels"];
    private static readonly string[] Notes = ["", "", "", "Wants to work outdoors", "Met at the café, said \"maybe\"", "Two jobs, one part-time; asked for\nevening sessions"];
    private static readonly LocalDate FirstOpening = new(2024, 1, 1);

    public IEnumerable<CohortRow> Generate(long cases)
    {
        var random = new Random(seed);
        for (long i = 0; i < cases; i++)
        {
            var row = Next(random, i);
            if (messy && random.Next(100) == 0)
            {
                row = Spoil(random, row);
            }

            yield return row;
        }
    }

    private static CohortRow Next(Random random, long index)
    {
        var programme = random.Next(Programmes.Length);
        var opened = FirstOpening.PlusDays(random.Next(730));
        var closed = random.NextDouble() < 0.8 ? opened.PlusDays(30 + random.Next(270)) : (LocalDate?)null;
        var planned = 1 + random.Next(12);
        var held = random.NextDouble() < 0.7 ? planned : planned - random.Next(Math.Min(planned, 2) + 1);
        var withOutcome = random.NextDouble() < 0.7 ? held : held - random.Next(held + 1) / 2;
        var agreed = random.Next(6);
        var done = random.NextDouble() < 0.6 ? agreed : agreed - random.Next(agreed + 1) / 2;
        var entered = random.NextDouble() < EntryChance[programme] ? opened.PlusDays(20 + random.Next(400)) : (LocalDate?)null;
        var reason = closed is null ? (ClosureReason?)null
            : entered is { } e && e <= closed ? ClosureReason.ObjectivesMet
            : (ClosureReason)(1 + random.Next(7));
        var asked = closed is not null && random.NextDouble() < 0.85;
        var note = Notes[random.Next(Notes.Length)];
        return new CohortRow
        {
            CaseId = "C" + (index + 1).ToString("D7", CultureInfo.InvariantCulture),
            ClientId = "P" + (1 + (index * 7919 % 9_999_991)).ToString("D7", CultureInfo.InvariantCulture),
            CounsellorId = "c" + (1 + random.Next(200)).ToString("D3", CultureInfo.InvariantCulture),
            Programme = Programmes[programme],
            Site = Sites[random.Next(Sites.Length)],
            Zone = Zones[random.Next(Zones.Length)],
            OpenedOn = opened,
            ClosedOn = closed,
            ClosureReason = reason,
            PlannedEnd = opened.PlusMonths(6),
            SessionsPlanned = planned,
            SessionsHeld = held,
            SessionsWithOutcome = withOutcome,
            ActionsAgreed = agreed,
            ActionsDone = done,
            DecisionOn = random.NextDouble() < 0.6 ? opened.PlusDays(7 + random.Next(120)) : null,
            EmploymentOrTrainingOn = entered,
            Satisfaction = asked ? 2 + random.Next(4) : null,
            WouldRecommend = asked ? random.NextDouble() < 0.85 : null,
            AutonomyAtIntake = 1 + random.Next(3),
            AutonomyAtClosure = closed is null ? null : 1 + random.Next(5),
            Blanks = asked ? CohortBlanks.None : CohortBlanks.Satisfaction | CohortBlanks.WouldRecommend,
            Note = note.Length == 0 ? null : note,
        };
    }

    private static CohortRow Spoil(Random random, CohortRow row) => random.Next(5) switch
    {
        0 => row with { Programme = "" },
        1 => row with { Zone = "Mars/Olympus" },
        2 => row with { Satisfaction = 9 },
        3 => row with { SessionsHeld = row.SessionsPlanned + 1 },
        _ => row with { ClosedOn = row.OpenedOn.PlusDays(-3), ClosureReason = ClosureReason.Other },
    };
}
