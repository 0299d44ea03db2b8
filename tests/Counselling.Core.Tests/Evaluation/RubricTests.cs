using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

public sealed class RubricTests
{
    private static RubricCriterion[] Two(string second = BuiltInCriteria.Satisfaction, double weight = 0.5, double? threshold = null)
        => [new(BuiltInCriteria.DecisionMade, 0.5), new(second, weight, Threshold: threshold)];

    [Fact]
    public void BuiltInRubrics_AreValid_AndNamed()
    {
        Assert.Equal(["process-and-impact", "strict", "decent-work"], new[] { BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.Strict, BuiltInRubrics.DecentWork }.Select(r => r.Name));
        Assert.Same(BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.Default);
        Assert.Equal(12, BuiltInRubrics.DecentWork.Criteria.Length);
        Assert.Equal(BuiltInCriteria.Names.Where(n => n != BuiltInCriteria.QuestionAnswered).Order(), BuiltInRubrics.DecentWork.Criteria.Select(c => c.Criterion).Order());
    }

    [Fact]
    public void ARubricNamingAnUnknownCriterion_IsRefused_NamingTheField()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rubric("mine", VerdictPolicy.AllAxesMet, Two("luck")));

        Assert.Equal("criteria[1].Criterion", error.ParamName);
        Assert.Contains("evaluation.rubric.unknown-criterion", error.Message, StringComparison.Ordinal);
        Assert.Contains("luck", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightsThatDoNotAddUp_AreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rubric("mine", VerdictPolicy.AllAxesMet, Two(weight: 0.4)));

        Assert.Equal("criteria", error.ParamName);
        Assert.Contains("evaluation.rubric.weights-sum", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void AThresholdOutOfRange_IsRefused(double threshold)
        => Assert.Equal("criteria[1].Threshold", Assert.Throws<ArgumentException>(() => new Rubric("mine", VerdictPolicy.AllAxesMet, Two(threshold: threshold))).ParamName);

    [Fact]
    public void AThresholdGivenToACriterionThatReadsNone_IsRefused()
    {
        var problems = Rubric.Validate("mine", VerdictPolicy.AllAxesMet, Two(BuiltInCriteria.OptionsResolved, threshold: 0.5));

        Assert.Equal(["evaluation.rubric.threshold-not-read"], problems.Select(p => p.Code));
    }

    [Fact]
    public void MonthsAfterClosure_AreAWholeNumber()
    {
        var problems = Rubric.Validate("mine", VerdictPolicy.AllAxesMet, Two(BuiltInCriteria.OutcomeHeld, threshold: 6.5));

        Assert.Equal(["evaluation.rubric.threshold-whole"], problems.Select(p => p.Code));
        Assert.Empty(Rubric.Validate("mine", VerdictPolicy.AllAxesMet, Two(BuiltInCriteria.OutcomeHeld, threshold: 12)));
    }

    [Fact]
    public void TheWeightedPolicy_NeedsAScoreThreshold()
    {
        Assert.Equal("scoreThreshold", Assert.Throws<ArgumentException>(() => new Rubric("mine", VerdictPolicy.WeightedScoreAtLeast, Two())).ParamName);
        Assert.Equal(0.6, new Rubric("mine", VerdictPolicy.WeightedScoreAtLeast, Two(), scoreThreshold: 0.6).ScoreThreshold);
    }

    [Fact]
    public void Validate_ListsEveryProblem_InBothLanguages()
    {
        RubricCriterion[] criteria = [new("luck", 0.5), new(BuiltInCriteria.Satisfaction, 0.5, Threshold: 2), new(BuiltInCriteria.Satisfaction, 0)];

        var problems = Rubric.Validate(" ", VerdictPolicy.AllAxesMet, criteria, followUpMonths: 0);

        Assert.Equal(
            ["evaluation.rubric.name-blank", "evaluation.rubric.unknown-criterion", "evaluation.rubric.threshold-out-of-range", "evaluation.rubric.duplicate-criterion", "evaluation.rubric.weight-out-of-range", "evaluation.rubric.follow-up-months-out-of-range"],
            problems.Select(p => p.Code));
        foreach (var problem in problems)
        {
            Assert.DoesNotContain("{", problem.Describe(CultureInfo.GetCultureInfo("fr-BE")), StringComparison.Ordinal);
            Assert.NotEqual(problem.Code, problem.Describe(CultureInfo.GetCultureInfo("en")));
        }
    }

    [Fact]
    public void ARubricOverridesAnAxis_AndTheReportCountsItThere()
    {
        var rubric = new Rubric("impact-job", VerdictPolicy.AllAxesMet, [new(BuiltInCriteria.DecisionMade, 0.5), new(BuiltInCriteria.DecentJob, 0.5, EvaluationAxis.Impact, 1800)]);

        var report = new EvaluationEngine(rubric).Evaluate(PlanBStoryTests.AtTheFourthMeeting().Build(), PlanBStoryTests.FourthMeeting);

        Assert.Equal(EvaluationAxis.Impact, report.Criterion(BuiltInCriteria.DecentJob).Axis);
        Assert.Equal(CriterionStatus.Met, report.Criterion(BuiltInCriteria.DecentJob).Status);
        Assert.Equal(CriterionStatus.Met, report.Impact.Status);
    }

    [Fact]
    public void ARubric_IsPlainData_ThatRoundTripsThroughJson()
    {
        var json = JsonSerializer.Serialize(BuiltInRubrics.DecentWork.Criteria.ToArray());
        var criteria = JsonSerializer.Deserialize<RubricCriterion[]>(json)!;

        var loaded = new Rubric("decent-work", VerdictPolicy.AllAxesMet, criteria);

        Assert.Equal(BuiltInRubrics.DecentWork.Criteria, loaded.Criteria);
    }

    [Fact]
    public void UnknownCriterionName_IsReportedByBuiltInCriteria()
    {
        Assert.False(BuiltInCriteria.Exists("luck"));
        Assert.True(BuiltInCriteria.Exists(BuiltInCriteria.ActionsDone));
        Assert.Equal(EvaluationAxis.Process, BuiltInCriteria.DefaultAxisOf(BuiltInCriteria.ActionsDone));
        Assert.Throws<ArgumentException>(() => BuiltInCriteria.DefaultAxisOf("luck"));
    }

    [Fact]
    public void EveryBuiltInCriterion_HasANameInBothLanguages()
    {
        foreach (var name in BuiltInCriteria.Names)
        {
            Assert.True(MessageCatalog.Default.TryGetTemplate("evaluation.criterion." + name, CultureInfo.GetCultureInfo("fr"), out _), name);
        }
    }
}
