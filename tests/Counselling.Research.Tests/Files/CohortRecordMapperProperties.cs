using System;
using System.Linq;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Research.Files;
using Counselling.Research.Files.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Research.Tests.Files;

/// <summary>The mapper's direct path from a flat row against the same facts added one by one to the public builder.</summary>
public sealed class CohortRecordMapperProperties
{
    private static readonly EvaluationEngine Engine = new(BuiltInRubrics.Default);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public bool Mapper_AnyRow_GivesThePublicBuildersRecord_OrTheSameProblem(RowCase c)
    {
        var row = Spoil(c.Row, new Random(c.Draw));
        var mapper = new CohortRecordMapper(DateTimeZoneProviders.Tzdb);

        // Twice through one mapper: the second reads the instants it remembered.
        var mapped = mapper.TryMap(row, 5, out var record, out var problem) & mapper.TryMap(row, 5, out var again, out var problemAgain);
        var expected = PublicBuilderMapping.TryMap(row, 5, out var reference, out var referenceProblem);
        return mapped == expected && problem == referenceProblem && problemAgain == referenceProblem
            && (!mapped || (Same(record!, reference!) && Same(again!, reference!)));
    }

    /// <summary>Spoils one value in two rows of three: what a script may put in a row (the readers refuse most of it).</summary>
    private static CohortRow Spoil(CohortRow row, Random r) => r.Next(12) switch
    {
        0 => row with { ClosedOn = row.OpenedOn.PlusDays(-3), ClosureReason = ClosureReason.Other },
        1 => row with { DecisionOn = row.OpenedOn.PlusDays(-1) },
        2 => row with { Satisfaction = 9 },
        3 => row with { Programme = "career choice" },
        4 => row with { Site = "site one" },
        5 => row with { Zone = "Nowhere/Else" },
        6 => row with { OpenedOn = new LocalDate(9000, 12, 1), ClosedOn = null, ClosureReason = null, SessionsPlanned = 12, SessionsHeld = 3, Blanks = CohortBlanks.None },
        7 => row with { AutonomyAtClosure = 0 },
        _ => row,
    };

    private static bool Same(CaseRecord a, CaseRecord b)
    {
        var asOf = a.OpenedAt.Plus(Duration.FromDays(200));
        var (x, y) = (Engine.Summarize(a, asOf), Engine.Summarize(b, asOf));
        return a.Intervention == b.Intervention && a.CaseId == b.CaseId && a.Agency == b.Agency && a.SessionCount == b.SessionCount
            && a.Unrecorded == b.Unrecorded && a.Zone == b.Zone && a.Client == b.Client && a.Counsellor == b.Counsellor
            && a.Programme == b.Programme && a.Site == b.Site && a.OpenedAt == b.OpenedAt && a.ClosedAt == b.ClosedAt
            && a.ClosureReason == b.ClosureReason && a.PlannedEnd == b.PlannedEnd && a.PreviousIntervention == b.PreviousIntervention
            && a.Sessions.SequenceEqual(b.Sessions) && a.Objectives.SequenceEqual(b.Objectives) && a.Readings.SequenceEqual(b.Readings)
            && a.Actions.SequenceEqual(b.Actions) && a.Decisions.SequenceEqual(b.Decisions) && a.Options.SequenceEqual(b.Options)
            && a.Situations.SequenceEqual(b.Situations) && a.Satisfaction.SequenceEqual(b.Satisfaction) && a.Autonomy.SequenceEqual(b.Autonomy)
            && a.Judgements.SequenceEqual(b.Judgements) && a.Contributions.SequenceEqual(b.Contributions) && a.Courses.SequenceEqual(b.Courses)
            && a.InitialQuestions.SequenceEqual(b.InitialQuestions) && a.CounsellorObjectives.SequenceEqual(b.CounsellorObjectives)
            && x.Verdict == y.Verdict && x.Score == y.Score && Enumerable.Range(0, x.CriterionCount).All(i => x.StatusOf(i) == y.StatusOf(i));
    }
}
