using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// Under the default rubric (or any rubric naming its eleven criteria in its order) a summary judges every criterion in
/// one pass over the facts: it must give exactly the summary the criteria give one by one, on any record, as of any instant.
/// </summary>
public sealed class OnePassProperties
{
    private static readonly CourseStatus[] CourseStatuses = Enum.GetValues<CourseStatus>();

    private static readonly EvaluationEngine OnePass = new(BuiltInRubrics.Default);

    private static readonly EvaluationEngine OneByOne = new(BuiltInRubrics.Default, onePass: false);

    /// <summary>The default rubric's criteria with other thresholds and a later follow-up.</summary>
    private static readonly Rubric Demanding = new("demanding", VerdictPolicy.ProcessAndImpactMet,
    [
        new(BuiltInCriteria.ObjectiveReached, 0.08, Threshold: 0.5),
        new(BuiltInCriteria.DecisionMade, 0.08),
        new(BuiltInCriteria.EmploymentOrTrainingEntered, 0.08),
        new(BuiltInCriteria.OptionsResolved, 0.08),
        new(BuiltInCriteria.DecentJob, 0.08, Threshold: 1500),
        new(BuiltInCriteria.SessionsHeldAsPlanned, 0.1, Threshold: 0.6),
        new(BuiltInCriteria.SessionsWithOutcome, 0.1, Threshold: 0.5),
        new(BuiltInCriteria.ActionsDone, 0.1, Threshold: 0.5),
        new(BuiltInCriteria.Satisfaction, 0.1, Threshold: 0.9),
        new(BuiltInCriteria.WouldComeBackOrRecommend, 0.1),
        new(BuiltInCriteria.AutonomyIncreased, 0.1, Threshold: 0.25, CountsOnlyInFavour: true),
    ], followUpMonths: 6);

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Summarize_UnderTheDefaultRubric_InOnePass_GivesTheSummaryOfEachCriterionInTurn(RandomHistory history, int variant)
    {
        var record = Vary(history, variant);
        return AsOfs(history, record).All(asOf => OnePass.Summarize(record, asOf) == OneByOne.Summarize(record, asOf)
            && OnePass.Summarize(record, asOf) == OnePass.Evaluate(record, asOf).Summary);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(EvaluationArbitraries) })]
    public bool Summarize_UnderTheDefaultCriteriaWithOtherThresholds_InOnePass_GivesTheSummaryOfEachCriterionInTurn(RandomHistory history, int variant)
    {
        var onePass = new EvaluationEngine(Demanding);
        var oneByOne = new EvaluationEngine(Demanding, onePass: false);
        var record = Vary(history, variant);
        return AsOfs(history, record).All(asOf => onePass.Summarize(record, asOf) == oneByOne.Summarize(record, asOf));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IndexedWalkProperties.CohortArbitraries) })]
    public bool EvaluateCohort_UnderTheDefaultRubric_InOnePass_CountsAsEachCriterionInTurn(RandomHistory[] histories)
    {
        var records = histories.Select((h, i) => Vary(h, i)).ToArray();
        var asOf = Instant.FromUtc(2024, 10, 1, 0, 0);
        return OnePass.EvaluateCohort(records, asOf) == OneByOne.EvaluateCohort(records, asOf);
    }

    [Fact]
    public void Summarize_OfLargeHistories_InOnePass_GivesTheSummaryOfEachCriterionInTurn()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var history = RandomHistory.Create(seed, 8);
            var record = Vary(history, seed);
            foreach (var asOf in AsOfs(history, record))
            {
                Assert.Equal(OneByOne.Summarize(record, asOf), OnePass.Summarize(record, asOf));
            }
        }
    }

    /// <summary>The history's record, with courses and kinds of evidence not recorded in some variants, which the histories alone never have.</summary>
    private static CaseRecord Vary(RandomHistory history, int variant)
    {
        var record = history.Build();
        var v = Math.Abs(variant % 16);
        if (v < 4)
        {
            return record;
        }

        var builder = record.ToBuilder();
        if ((v & 4) != 0)
        {
            var rng = new Random(history.Seed);
            for (var k = rng.Next(1, 3); k > 0; k--)
            {
                bool? meets = rng.Next(3) switch { 0 => null, 1 => false, _ => true };
                builder.Add(new CourseFact("course-" + rng.Next(2), CourseStatuses[rng.Next(CourseStatuses.Length)], history.OpenedAt + Duration.FromDays(rng.Next(0, 400)), ActorKind.Client, meets));
            }
        }

        if ((v & 8) != 0)
        {
            builder.NotRecorded((EvidenceKinds)(1 << (history.Seed % 11)));
        }

        return builder.Build();
    }

    /// <summary>The history's own as-of instant, and the instants where answers change: the opening, closure and the follow-ups after it.</summary>
    private static Instant[] AsOfs(RandomHistory history, CaseRecord record)
    {
        var closed = record.ClosedAt ?? history.OpenedAt + Duration.FromDays(90);
        return [history.AsOf, record.OpenedAt, closed, closed + Duration.FromDays(100), closed + Duration.FromDays(200), closed + Duration.FromDays(400)];
    }
}
