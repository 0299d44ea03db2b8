using System;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Cohorts;
using Counselling.Core.Evidence;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Research.Tests.Files;

/// <summary>A plain row judged from its counts against the same row's record built and evaluated by the engine.</summary>
public sealed class CohortCountedPathProperties
{
    private static readonly Rubric[] Rubrics = [BuiltInRubrics.Default, BuiltInRubrics.Strict, BuiltInRubrics.DecentWork];

    /// <summary>Zones with their oddities: a day skipped (Apia, 30 December 2011), daylight saving, none.</summary>
    private static readonly string?[] Zones = [null, "Europe/Paris", "America/Toronto", "Pacific/Apia", "Australia/Lord_Howe", "Etc/GMT+5"];

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Evaluator_AnyRow_GivesTheSameResultFromCountsAsFromItsRecord(RowCase c)
    {
        var r = new Random(c.Draw);
        var row = Vary(c.Row, r);
        var asOf = r.Next(4) switch
        {
            0 => CaseAsOf.Fixed(row.OpenedOn.PlusDays(r.Next(-20, 900))),
            1 => CaseAsOf.After(Period.FromMonths(1 + r.Next(12)), AsOfAnchor.Closure, row.OpenedOn.PlusDays(r.Next(900))),
            2 => CaseAsOf.After(Period.FromWeeks(1 + r.Next(30)), AsOfAnchor.Opening, row.OpenedOn.PlusDays(r.Next(900))),
            _ => CaseAsOf.Fixed(row.ClosedOn ?? row.EmploymentOrTrainingOn ?? row.OpenedOn),
        };
        var counted = new CohortEvaluator(Rubrics[r.Next(Rubrics.Length)], asOf, DateTimeZoneProviders.Tzdb, row => row.Site);
        var general = counted.ThroughRecords();

        // Twice through the counted evaluator: the second reads the instants its mapper remembered. A row a script spoiled
        // may make the record's path throw: the counted path must throw alike.
        var first = Run(counted, row);
        return first == Run(general, row) && Run(counted, row) == first;
    }

    private static (bool Evaluated, CaseResult? Result, CohortProblem Problem, Type? Thrown) Run(CohortEvaluator evaluator, CohortRow row)
    {
        try
        {
            return (evaluator.TryEvaluate(row, 9, out var result, out var problem), result, problem, null);
        }
        catch (OverflowException e)
        {
            return (false, null, default, e.GetType());
        }
    }

    /// <summary>The row as drawn, or with what a script may write: counts past each other, odd zones and dates, values the readers refuse.</summary>
    private static CohortRow Vary(CohortRow row, Random r) => r.Next(16) switch
    {
        0 => row with { SessionsHeld = row.SessionsPlanned + 2, SessionsWithOutcome = row.SessionsPlanned + 3 },
        1 => row with { ActionsDone = row.ActionsAgreed + 1 },
        2 => row with { Zone = Zones[r.Next(Zones.Length)] },
        3 => row with { Zone = "Pacific/Apia", OpenedOn = new LocalDate(2011, 12, 1).PlusDays(r.Next(40)), ClosedOn = new LocalDate(2011, 12, 30), ClosureReason = ClosureReason.Other },
        4 => row with { ClosedOn = row.OpenedOn.PlusDays(-3), ClosureReason = ClosureReason.Other },
        5 => row with { DecisionOn = row.OpenedOn.PlusDays(-1) },
        6 => row with { Satisfaction = 9 },
        7 => row with { SessionsPlanned = -1 },
        8 => row with { OpenedOn = new LocalDate(8990, 12, 1), ClosedOn = null, ClosureReason = null, SessionsPlanned = 12, SessionsHeld = 3, Blanks = CohortBlanks.None },
        9 => row with { ClosedOn = null, ClosureReason = ClosureReason.Other },
        10 => row with { ClosureReason = row.ClosedOn is null ? null : ClosureReason.OneOffAdvice, Zone = Zones[r.Next(Zones.Length)] },
        11 => row with { Programme = "career choice" },
        _ => row,
    };
}
