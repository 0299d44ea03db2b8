using System;
using System.Linq;
using Counselling.Core.Evidence;
using Counselling.Research.Files;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Counselling.Research.Tests.Files;

/// <summary>A valid case drawn from a number: ids and notes with commas, quotes, line breaks and accents; dates, counts and scores in range.</summary>
public sealed record RowCase(int Draw)
{
    private static readonly string[] Texts = ["A-1", "dossier 7", "Zoë, \"la\" cliente", "line\nbreak", "  spaced  ", "é", "x,y", "tab\there"];
    private static readonly string[] Codes = ["career-choice", "job-search", "plan-b", "site.north", "a_b:c/d"];
    private static readonly string[] Zones = ["Europe/Paris", "America/Toronto", "Etc/UTC"];

    public CohortRow Row { get; } = Build(Draw);

    public override string ToString() => $"RowCase({Draw})";

    /// <summary>Builds the row; text cells never start or end with spaces (readers trim cells).</summary>
    public static CohortRow Build(int draw)
    {
        var r = new Random(draw);
        string? Maybe(string[] from) => r.Next(3) == 0 ? null : from[r.Next(from.Length)].Trim();
        var opened = new LocalDate(2020, 1, 1).PlusDays(r.Next(2000));
        var closed = r.Next(2) == 0 ? opened.PlusDays(r.Next(400)) : (LocalDate?)null;
        var planned = r.Next(15);
        var held = r.Next(planned + 1);
        var agreed = r.Next(8);
        LocalDate? After() => r.Next(2) == 0 ? opened.PlusDays(r.Next(500)) : null;
        int? Score() => r.Next(3) == 0 ? null : 1 + r.Next(5);
        var blanks = r.Next(3) == 0 ? (CohortBlanks)r.Next((int)CohortBlanks.All + 1) : CohortBlanks.None;
        return Blank(new CohortRow
        {
            CaseId = Texts[r.Next(Texts.Length)].Trim() + draw.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientId = Maybe(Texts),
            CounsellorId = Maybe(Texts),
            Programme = Codes[r.Next(Codes.Length)],
            Site = Maybe(Codes),
            Zone = Maybe(Zones),
            OpenedOn = opened,
            ClosedOn = closed,
            ClosureReason = closed is null ? null : (ClosureReason)(1 + r.Next(7)),
            PlannedEnd = r.Next(2) == 0 ? opened.PlusMonths(6) : null,
            SessionsPlanned = planned,
            SessionsHeld = held,
            SessionsWithOutcome = r.Next(held + 1),
            ActionsAgreed = agreed,
            ActionsDone = r.Next(agreed + 1),
            DecisionOn = After(),
            EmploymentOrTrainingOn = After(),
            Satisfaction = Score(),
            WouldRecommend = r.Next(3) switch { 0 => null, 1 => true, _ => false },
            AutonomyAtIntake = Score(),
            AutonomyAtClosure = Score(),
            Note = Maybe(Texts),
        }, blanks);
    }

    /// <summary>The same case with these evidence columns left blank (their values cleared, as a reader gives them back).</summary>
    public static CohortRow Blank(CohortRow row, CohortBlanks blanks) => row with
    {
        Blanks = blanks,
        SessionsPlanned = Has(blanks, CohortBlanks.SessionsPlanned) ? 0 : row.SessionsPlanned,
        SessionsHeld = Has(blanks, CohortBlanks.SessionsHeld) ? 0 : row.SessionsHeld,
        SessionsWithOutcome = Has(blanks, CohortBlanks.SessionsWithOutcome) ? 0 : row.SessionsWithOutcome,
        ActionsAgreed = Has(blanks, CohortBlanks.ActionsAgreed) ? 0 : row.ActionsAgreed,
        ActionsDone = Has(blanks, CohortBlanks.ActionsDone) ? 0 : row.ActionsDone,
        DecisionOn = Has(blanks, CohortBlanks.DecisionOn) ? null : row.DecisionOn,
        EmploymentOrTrainingOn = Has(blanks, CohortBlanks.EmploymentOrTrainingOn) ? null : row.EmploymentOrTrainingOn,
        Satisfaction = Has(blanks, CohortBlanks.Satisfaction) ? null : row.Satisfaction,
        WouldRecommend = Has(blanks, CohortBlanks.WouldRecommend) ? null : row.WouldRecommend,
        AutonomyAtIntake = Has(blanks, CohortBlanks.AutonomyAtIntake) ? null : row.AutonomyAtIntake,
        AutonomyAtClosure = Has(blanks, CohortBlanks.AutonomyAtClosure) ? null : row.AutonomyAtClosure,
    };

    private static bool Has(CohortBlanks blanks, CohortBlanks flag) => (blanks & flag) != 0;
}

/// <summary>A batch of cases, some spoiled in one cell, drawn from a number.</summary>
public sealed record BatchCase(int Draw, int Size)
{
    public override string ToString() => $"BatchCase({Draw}, {Size} cases)";
}

public static class CohortArbitraries
{
    public static Arbitrary<RowCase> Rows()
        => Arb.From(Gen.Choose(0, int.MaxValue - 1).Select(d => new RowCase(d)), _ => Enumerable.Empty<RowCase>());

    public static Arbitrary<BatchCase> Batches()
        => Arb.From(
            from draw in Gen.Choose(0, int.MaxValue - 1)
            from size in Gen.Choose(0, 40)
            select new BatchCase(draw, size),
            b => b.Size == 0 ? Enumerable.Empty<BatchCase>() : [b with { Size = b.Size / 2 }]);
}
