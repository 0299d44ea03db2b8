using System;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using NodaTime;
using Xunit;
using static Counselling.Core.Tests.Evaluation.PlanBStoryTests;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// « D'un point de vue, oui… d'un autre point de vue, non »: the report shows the verdict from several points of view
/// side by side, the judgements and the third parties' help recorded as evidence, with who gave them and when.
/// </summary>
public sealed class PointsOfViewTests
{
    private static readonly Instant April10 = Instant.FromUtc(2017, 4, 10, 15, 30);
    private static readonly SessionId FourthSession = new(new Guid("00000000-0000-0000-0000-0000000000a4"));

    /// <summary>The story with the question he came with, the counsellor's objectives, the judgements and the aunt's help.</summary>
    internal static CaseRecordBuilder WithPointsOfView() => AtTheFourthMeeting()
        .Add(new InitialQuestionFact("plan-b", April10, ActorKind.Counsellor))
        .Add(new CounsellorObjectiveFact(BuiltInCriteria.DecisionMade, April10, ActorKind.Counsellor))
        .Add(new CounsellorObjectiveFact(BuiltInCriteria.SessionsHeldAsPlanned, April10, ActorKind.Counsellor))
        .Add(new CounsellorObjectiveFact(BuiltInCriteria.Satisfaction, April10, ActorKind.Counsellor))
        .Add(new CounsellorObjectiveFact(BuiltInCriteria.OptionsResolved, April10, ActorKind.Counsellor))
        .Add(new ContributionFact(ThirdPartyRole.Aunt, "college-application", Instant.FromUtc(2017, 5, 15, 15, 0), ActorKind.Client))
        .Add(new JudgementFact(JudgeKind.Client, JudgementAnswer.Succeeded, Instant.FromUtc(2017, 5, 15, 15, 0), ActorKind.Counsellor))
        .Add(new JudgementFact(JudgeKind.Counsellor, JudgementAnswer.Succeeded, Instant.FromUtc(2017, 5, 15, 16, 30), ActorKind.Counsellor))
        .Add(new JudgementFact(JudgeKind.Joint, JudgementAnswer.NotYetKnown, Instant.FromUtc(2017, 5, 15, 15, 0), ActorKind.Counsellor, FourthSession));

    [Fact]
    public void TheReport_ShowsEveryPointOfView_SideBySide_EachWithItsReasons()
    {
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(WithPointsOfView().Build(), FourthMeeting);

        Assert.Equal(Verdict.Success, report.Verdict);
        Assert.Equal(
            [EvaluationPerspective.CounsellorObjectives, EvaluationPerspective.CounsellorJudgement, EvaluationPerspective.ClientJudgement, EvaluationPerspective.JointEvaluation, EvaluationPerspective.AllAxesMet],
            report.Perspectives.Select(p => p.Perspective));
        Assert.All(report.Perspectives, p => Assert.NotEmpty(p.Reasons));
        Assert.Equal(Verdict.Pending, report.From(EvaluationPerspective.AllAxesMet)!.Verdict);
        Assert.Equal(Verdict.Success, report.From(EvaluationPerspective.ClientJudgement)!.Verdict);
        Assert.Equal(Verdict.Pending, report.From(EvaluationPerspective.JointEvaluation)!.Verdict);
    }

    [Fact]
    public void TheCounsellorsObjectives_AreEachJudgedByTheCriterionTheyName()
    {
        var objectives = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(WithPointsOfView().Build(), FourthMeeting).From(EvaluationPerspective.CounsellorObjectives)!;

        Assert.Equal(Verdict.Pending, objectives.Verdict);
        Assert.Equal(("evaluation.perspective.objectives", 3, 4), (objectives.Reasons[0].Code, objectives.Reasons[0]["met"], objectives.Reasons[0]["count"]));
        Assert.Contains(objectives.Reasons, r => r.Code == "evaluation.perspective.objective" && ((Reason)r["criterion"]!).Code == "evaluation.criterion.options-resolved" && (CriterionStatus?)r["status"] == CriterionStatus.Pending);
    }

    [Fact]
    public void HeCameWithAQuestion_AndLeftWithAnAnswer_EvenAsTheCounsellorsObjectiveOutsideTheRubric()
    {
        var record = WithPointsOfView().Add(new CounsellorObjectiveFact(BuiltInCriteria.QuestionAnswered, April10, ActorKind.Counsellor)).Build();
        var rubric = new Rubric("question", VerdictPolicy.AllAxesMet, [new(BuiltInCriteria.QuestionAnswered, 1)]);

        var answered = new EvaluationEngine(rubric).Evaluate(record, FourthMeeting).Criterion(BuiltInCriteria.QuestionAnswered);
        var objectives = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(record, FourthMeeting).From(EvaluationPerspective.CounsellorObjectives)!;
        var noQuestion = new EvaluationEngine(rubric).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting).Criterion(BuiltInCriteria.QuestionAnswered);

        Assert.Equal(CriterionStatus.Met, answered.Status);
        Assert.Equal(("evaluation.question.answered", (object?)"plan-b"), (answered.Reasons[0].Code, answered.Reasons[0]["question"]));
        Assert.Contains(objectives.Reasons, r => r.Code == "evaluation.perspective.objective" && ((Reason)r["criterion"]!).Code == "evaluation.criterion.question-answered" && (CriterionStatus?)r["status"] == CriterionStatus.Met);
        Assert.Equal(CriterionStatus.NotApplicable, noQuestion.Status);
    }

    [Fact]
    public void AJudgement_SaysWhoGaveItAndWhen_AndAJointOneItsSession()
    {
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(WithPointsOfView().Build(), FourthMeeting);

        var joint = Assert.Single(report.From(EvaluationPerspective.JointEvaluation)!.Reasons);
        Assert.Equal("evaluation.perspective.judgement-in-session", joint.Code);
        Assert.Equal((JudgeKind.Joint, FourthSession, new LocalDate(2017, 5, 15), ActorKind.Counsellor), ((JudgeKind?)joint["judge"], (SessionId?)joint["session"], (LocalDate?)joint["known"], (ActorKind?)joint["source"]));
    }

    [Fact]
    public void AJudgementGivenAfterTheAsOfInstant_DoesNotCountYet()
    {
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(WithPointsOfView().Build(), Instant.FromUtc(2017, 5, 15, 16, 0));

        var counsellor = report.From(EvaluationPerspective.CounsellorJudgement)!;
        Assert.Null(counsellor.Verdict);
        Assert.Equal("evaluation.perspective.no-judgement", Assert.Single(counsellor.Reasons).Code);
    }

    [Fact]
    public void TheAuntsHelp_IsShownAsHers_AndNotCreditedToTheCounsellorsPlannedProcess()
    {
        var record = WithPointsOfView().Build();
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(record, FourthMeeting);
        var without = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting);

        var aunt = Assert.Single(report.Contributions);
        Assert.Equal((ThirdPartyRole.Aunt, "college-application", false), (aunt.Contributor, aunt.Contribution, aunt.Planned));
        Assert.Equal(without.Criterion(BuiltInCriteria.ActionsDone).Score, report.Criterion(BuiltInCriteria.ActionsDone).Score);
        Assert.Contains(report.Process.Reasons, r => r.Code == "evaluation.axis.contributions-not-credited");
        var text = report.Describe(CultureInfo.GetCultureInfo("fr-CA"));
        Assert.Contains("tante : college-application (aide non prévue, notée le ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aunt", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-CA", "Selon le jugement de la personne accompagnée : réussite")]
    [InlineData("en-CA", "From the point of view of the client's judgement: success")]
    public void TheReport_WritesThePointsOfView_InFrenchAndEnglish_WithEveryPlaceholderFilled(string culture, string expected)
    {
        var text = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(WithPointsOfView().Build(), FourthMeeting).Describe(CultureInfo.GetCultureInfo(culture));

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("plan-b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evaluation.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("enum.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AJointEvaluation_NamesItsSession()
        => Assert.Equal("session", Assert.Throws<ArgumentException>(() => new JudgementFact(JudgeKind.Joint, JudgementAnswer.Succeeded, April10, ActorKind.Counsellor)).ParamName);

    [Fact]
    public void AContributor_IsARole_NeverFreeText()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContributionFact(ThirdPartyRole.None, "college-application", April10, ActorKind.Client));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContributionFact((ThirdPartyRole)99, "college-application", April10, ActorKind.Client));
    }

    [Fact]
    public void Build_WhenAJudgementNamesASessionTheRecordDoesNotHold_NamesTheField()
    {
        var builder = CaseRecordBuilderTests.NewRecord().Add(new JudgementFact(JudgeKind.Joint, JudgementAnswer.Succeeded, CaseRecordBuilderTests.Day(2), ActorKind.Counsellor, SessionId.New()));

        Assert.Equal("judgements[0].Session", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void TheAggregate_RecordsJudgementsContributionsQuestionAndObjectives_AndTheRecordReadsThemBack()
    {
        var world = new TestWorld();
        var intervention = world.InPlanning();
        var now = world.Clock.GetCurrentInstant();
        var held = intervention.Sessions[^1].Id;

        intervention.RecordInitialQuestion(new InitialQuestionFact("plan-b", now, ActorKind.Counsellor), world.Counsellor);
        intervention.SetCounsellorObjective(new CounsellorObjectiveFact(BuiltInCriteria.DecisionMade, now, ActorKind.Counsellor), world.Counsellor);
        intervention.RecordContribution(new ContributionFact(ThirdPartyRole.Aunt, "college-application", now, ActorKind.Client), world.Counsellor);
        intervention.RecordJudgement(new JudgementFact(JudgeKind.Joint, JudgementAnswer.Succeeded, now, ActorKind.Counsellor, held), world.Counsellor);
        intervention.RecordJudgement(new JudgementFact(JudgeKind.Client, JudgementAnswer.Succeeded, now, ActorKind.Client), world.ClientActor);
        intervention.RecordCourseOutcome(new CourseFact("industrial-mechanics", CourseStatus.Started, now, ActorKind.Client, meetsExpectations: true), world.Counsellor);

        var record = intervention.ToCaseRecord();

        Assert.Equal("plan-b", Assert.Single(record.InitialQuestions).Question);
        Assert.Equal(BuiltInCriteria.DecisionMade, Assert.Single(record.CounsellorObjectives).Criterion);
        Assert.Equal(ThirdPartyRole.Aunt, Assert.Single(record.Contributions).Contributor);
        Assert.Equal(2, record.Judgements.Length);
        Assert.Equal(CourseStatus.Started, Assert.Single(record.Courses).Status);
        Assert.Equal(world.Zones[world.ZoneId], record.Zone);
        Assert.IsType<JudgementRecorded>(intervention.History.First(e => e is JudgementRecorded));
        var report = new EvaluationEngine(BuiltInRubrics.Default).Evaluate(record, now);
        Assert.Equal(Verdict.Success, report.From(EvaluationPerspective.JointEvaluation)!.Verdict);

        // Stored as JSON and reloaded, the history gives the same record.
        var reloaded = Json.JsonAssert.Reload(intervention, world.Clock).ToCaseRecord();
        Assert.Equal(record.Judgements, reloaded.Judgements);
        Assert.Equal(record.Contributions, reloaded.Contributions);
        Assert.Equal(record.Courses, reloaded.Courses);
        Assert.Equal(record.InitialQuestions, reloaded.InitialQuestions);
        Assert.Equal(record.CounsellorObjectives, reloaded.CounsellorObjectives);
    }

    [Fact]
    public void AReturn_IsLinkedToTheEarlierIntervention_InItsCaseRecord()
    {
        var world = new TestWorld();
        var earlier = world.InDiagnosis();
        earlier.Close(ClosureReason.ReferredElsewhere, world.Counsellor);
        world.Advance(Duration.FromDays(30));

        var back = Intervention.OpenReturn(earlier, InterventionId.New(), world.CounsellorId, world.Programme, world.Counsellor);

        Assert.Equal(earlier.Id, back.ToCaseRecord().PreviousIntervention);
        Assert.Null(earlier.ToCaseRecord().PreviousIntervention);
    }

    [Fact]
    public void AJointEvaluation_InASessionNotHeld_IsRefused_AndChangesNothing()
    {
        var world = new TestWorld();
        var intervention = world.InPlanning();
        var version = intervention.Version;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordJudgement(
            new JudgementFact(JudgeKind.Joint, JudgementAnswer.Succeeded, world.Clock.GetCurrentInstant(), ActorKind.Counsellor, SessionId.New()), world.Counsellor));

        Assert.Contains(refusal.Reasons, r => r.Code == "evidence.unknown-session");
        Assert.Equal(version, intervention.Version);
    }
}
