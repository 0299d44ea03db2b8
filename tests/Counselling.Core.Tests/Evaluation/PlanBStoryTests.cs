using System;
using System.Globalization;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// The article « Ai-je réussi mon intervention? »: a young man waiting for the army's answer (plan A) comes for a plan B.
/// Three meetings; at the fourth he has chosen "industrial mechanic", applied to college with his aunt's help, and took a
/// job at a grocer meanwhile. The same story is told in docs/evaluation.md.
/// </summary>
public sealed class PlanBStoryTests
{
    internal static readonly Instant FourthMeeting = Instant.FromUtc(2017, 5, 15, 17, 0);
    internal static readonly Instant AfterFollowUp = Instant.FromUtc(2017, 9, 10, 12, 0);

    /// <summary>The case record as it stood at the fourth meeting.</summary>
    internal static CaseRecordBuilder AtTheFourthMeeting()
    {
        var client = new ClientId(new Guid("00000000-0000-0000-0000-000000000c11"));
        var sessions = new[]
        {
            new SessionId(new Guid("00000000-0000-0000-0000-0000000000a1")),
            new SessionId(new Guid("00000000-0000-0000-0000-0000000000a2")),
            new SessionId(new Guid("00000000-0000-0000-0000-0000000000a3")),
            new SessionId(new Guid("00000000-0000-0000-0000-0000000000a4")),
        };
        var objective = new ObjectiveId(new Guid("00000000-0000-0000-0000-0000000000b1"));
        var exploreList = new PlanActionId(new Guid("00000000-0000-0000-0000-0000000000d1"));
        var applyToCollege = new PlanActionId(new Guid("00000000-0000-0000-0000-0000000000d2"));
        static Instant On(int month, int day) => Instant.FromUtc(2017, month, day, 15, 0);

        return new CaseRecordBuilder(
                new InterventionId(new Guid("00000000-0000-0000-0000-000000000001")),
                client,
                new CounsellorId(new Guid("00000000-0000-0000-0000-000000000c01")),
                "career-choice",
                On(4, 10),
                DateTimeZoneProviders.Tzdb["America/Toronto"])
            .WithPlannedEnd(new LocalDate(2017, 6, 30))

            // Three career-choice meetings, then the fourth: all planned, all held, each ending with something concrete.
            .Add(new SessionFact(sessions[0], planned: true, SessionStatus.Held, On(4, 10), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Proposal]))
            .Add(new SessionFact(sessions[1], planned: true, SessionStatus.Held, On(4, 24), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Realisation, SessionOutcomeKind.AgreedAction]))
            .Add(new SessionFact(sessions[2], planned: true, SessionStatus.Held, On(5, 1), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.AgreedAction]))
            .Add(new SessionFact(sessions[3], planned: true, SessionStatus.Held, On(5, 15), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Decision]))

            // The objective: choose a plan B occupation and apply to a course by the end of June (applications sent: 0 → 1).
            .Add(new ObjectiveFact(objective, new LocalDate(2017, 6, 30), baseline: 0, target: 1, IndicatorDirection.Increase, On(4, 10), ActorKind.Counsellor))
            .Add(new IndicatorReading(objective, 1, On(5, 15), ActorKind.Client))

            // Between-session work: he explored the list; his aunt helped him apply to college.
            .Add(new ActionFact(exploreList, ActorKind.Client, PlanActionStatus.Agreed, On(4, 24), ActorKind.Counsellor, sessions[1]))
            .Add(new ActionFact(exploreList, ActorKind.Client, PlanActionStatus.Done, On(5, 1), ActorKind.Counsellor, sessions[1]))
            .Add(new ActionFact(applyToCollege, ActorKind.Relative, PlanActionStatus.Agreed, On(5, 1), ActorKind.Counsellor, sessions[2]))
            .Add(new ActionFact(applyToCollege, ActorKind.Relative, PlanActionStatus.Done, On(5, 15), ActorKind.Client, sessions[2]))

            // He chose "industrial mechanic".
            .Add(new DecisionFact(DecisionKind.Occupation, On(5, 15), ActorKind.Client, sessions[3]))

            // Plan A: the army's tests again in six months. Plan B: the college course, starting late August.
            .Add(new OptionFact("A", OptionStatus.Pending, On(4, 10), ActorKind.Client, expectedBy: new LocalDate(2017, 10, 16)))
            .Add(new OptionFact("B", OptionStatus.Pending, On(5, 15), ActorKind.Client, expectedBy: new LocalDate(2017, 8, 28)))

            // Meanwhile, a job at a grocer that he likes.
            .Add(new SituationFact(SituationKind.Employed, On(5, 15), ActorKind.Client, job: new JobQuality(ContractKind.Temporary, meetsExpectations: true)))

            // He leaves satisfied, would come back if needed, would recommend.
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), On(5, 15), ActorKind.Client, wouldComeBack: true, wouldRecommend: true))

            // Autonomy at intake and at the end.
            .Add(new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(2, 1, 5), On(4, 10), ActorKind.Counsellor))
            .Add(new AutonomyReading(AssessmentMoment.Closure, new ScaleScore(4, 1, 5), On(5, 15), ActorKind.Counsellor))
            .Close(Instant.FromUtc(2017, 5, 15, 16, 0), ClosureReason.ClientAutonomous);
    }

    /// <summary>The same record once the follow-up three months after closure says the course started and he is satisfied.</summary>
    internal static CaseRecordBuilder AfterTheFollowUp()
    {
        var followUp = Instant.FromUtc(2017, 9, 5, 15, 0);
        return AtTheFourthMeeting()
            .Add(new OptionFact("B", OptionStatus.Succeeded, followUp, ActorKind.Client))
            .Add(new SituationFact(SituationKind.InTraining, followUp, ActorKind.Client, monthsAfterClosure: 3))
            .Add(new SatisfactionAnswer(new ScaleScore(5, 1, 5), followUp, ActorKind.Client, wouldComeBack: true, wouldRecommend: true));
    }

    [Fact]
    public void AtTheFourthMeeting_ProcessAndImpactMet_ResultPending()
    {
        var report = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting);

        Assert.Equal(CriterionStatus.Met, report.Process.Status);
        Assert.Equal(CriterionStatus.Met, report.Impact.Status);
        Assert.Equal(CriterionStatus.Pending, report.Result.Status);
        Assert.Equal(CriterionStatus.Pending, report.Criterion(BuiltInCriteria.OptionsResolved).Status);
        Assert.Equal(new LocalDate(2017, 8, 28), report.Result.ExpectedBy);
    }

    [Fact]
    public void AtTheFourthMeeting_IsASuccess_UnderTheDefaultPolicy()
    {
        var report = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting);

        Assert.Equal(Verdict.Success, report.Verdict);
        Assert.Equal(new LocalDate(2017, 8, 28), report.ReEvaluateAfter);
    }

    [Fact]
    public void AtTheFourthMeeting_IsNotYetASuccess_UnderTheStrictPolicy()
    {
        var report = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting);

        Assert.Equal(Verdict.Pending, report.Verdict);
        Assert.Equal(new LocalDate(2017, 8, 28), report.ReEvaluateAfter);
    }

    [Fact]
    public void AfterTheFollowUp_ResultIsMet_AndTheStrictPolicySaysSuccess()
    {
        var report = new EvaluationEngine(BuiltInRubrics.Strict).Evaluate(AfterTheFollowUp().Build(), AfterFollowUp);

        Assert.Equal(CriterionStatus.Met, report.Result.Status);
        Assert.Equal(Verdict.Success, report.Verdict);
        Assert.Null(report.ReEvaluateAfter);
    }

    [Fact]
    public void TheFollowUpRecordedLater_DoesNotChangeTheEvaluationAtTheFourthMeeting()
    {
        var engine = new EvaluationEngine(BuiltInRubrics.Strict);

        var then = engine.Summarize(AtTheFourthMeeting().Build(), FourthMeeting);
        var sameInstantMoreFacts = engine.Summarize(AfterTheFollowUp().Build(), FourthMeeting);

        Assert.Equal(then, sameInstantMoreFacts);
    }

    [Fact]
    public void ComparingTheTwoEvaluations_ShowsTheOptionsResolved_AndWhy()
    {
        var engine = new EvaluationEngine(BuiltInRubrics.Strict);
        var record = AfterTheFollowUp().Build();

        var changes = engine.Evaluate(record, AfterFollowUp).ChangesSince(engine.Evaluate(record, FourthMeeting));

        Assert.True(changes.VerdictChanged);
        var options = Assert.Single(changes.Changes, c => c.Criterion == BuiltInCriteria.OptionsResolved);
        Assert.Equal(CriterionStatus.Pending, options.Before.Status);
        Assert.Equal(CriterionStatus.Met, options.After.Status);
        Assert.Contains(options.After.Reasons, r => r.Code == "evaluation.options.resolved" && (string?)r["label"] == "B" && (OptionStatus?)r["status"] == OptionStatus.Succeeded);
        Assert.Contains("B", changes.Describe(CultureInfo.GetCultureInfo("fr-CA")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-CA", "Bilan : réussite")]
    [InlineData("en-CA", "Verdict: success")]
    public void TheReport_ReadsInFrenchAndEnglish_WithEveryPlaceholderFilled(string culture, string expected)
    {
        var text = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting).Describe(CultureInfo.GetCultureInfo(culture));

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evaluation.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAuntsAction_IsNamedAsTheEvidence()
    {
        var report = new EvaluationEngine(BuiltInRubrics.ProcessAndImpact).Evaluate(AtTheFourthMeeting().Build(), FourthMeeting);

        var actions = report.Criterion(BuiltInCriteria.ActionsDone);
        Assert.Equal(CriterionStatus.Met, actions.Status);
        Assert.Contains(actions.Reasons, r => r.Code == "evaluation.actions.done" && (ActorKind?)r["owner"] == ActorKind.Relative);
    }
}
