using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evaluation.Criteria;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions.Events;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>Evidence timed by the aggregate's clock unless the host gives the instant a fact became known.</summary>
public sealed class EvidenceNowTests
{
    private readonly TestWorld _world = new();

    [Fact]
    public void RecordDecision_WithoutAnInstant_IsTimedByTheAggregatesClock()
    {
        var intervention = _world.InDiagnosis();
        _world.Advance(Duration.FromHours(5));
        var now = _world.Clock.GetCurrentInstant();

        intervention.RecordDecision(DecisionKind.Occupation, ActorKind.Client, _world.Counsellor);

        var decision = Assert.Single(intervention.ToCaseRecord().Decisions);
        Assert.Equal(now, decision.KnownAt);
        Assert.Equal(ActorKind.Client, decision.Source);
        Assert.Equal(now, intervention.History.OfType<DecisionRecorded>().Single().At);
    }

    [Fact]
    public void RecordSituation_WithTheInstantItBecameKnown_KeepsThatInstant()
    {
        var intervention = _world.InDiagnosis();
        var learnt = _world.Clock.GetCurrentInstant();
        _world.Advance(Duration.FromDays(6));

        intervention.RecordSituation(new SituationFact(SituationKind.InTraining, learnt, ActorKind.Client), _world.Counsellor);

        Assert.Equal(learnt, Assert.Single(intervention.ToCaseRecord().Situations).KnownAt);
        Assert.Equal(_world.Clock.GetCurrentInstant(), intervention.History.OfType<SituationRecorded>().Single().At);
    }

    [Fact]
    public void EveryEvidenceWithoutAnInstant_IsKnownWhenRecorded()
    {
        var intervention = _world.Active();
        intervention.AddOption("mechanic", null, _world.Counsellor);
        var objective = intervention.Objectives.Single(o => o.IsAgreed).Id;
        var session = intervention.Sessions.Last().Id;
        _world.Advance(Duration.FromDays(3));
        var now = _world.Clock.GetCurrentInstant();
        var before = intervention.History.Count;

        intervention.RecordDecision(DecisionKind.Training, ActorKind.Client, _world.Counsellor, session);
        intervention.RecordOption("mechanic", OptionStatus.Pursued, ActorKind.Client, _world.Counsellor);
        intervention.RecordSituation(SituationKind.Employed, ActorKind.Client, _world.Counsellor, job: new JobQuality(ContractKind.Temporary));
        intervention.RecordSatisfaction(new ScaleScore(4, 1, 5), ActorKind.Client, _world.Counsellor, wouldRecommend: true);
        intervention.RecordIndicator(objective, 2, ActorKind.Client, _world.Counsellor);
        intervention.RecordInitialQuestion("plan-b", ActorKind.Counsellor, _world.Counsellor);
        intervention.SetCounsellorObjective(BuiltInCriteria.DecisionMade, ActorKind.Counsellor, _world.Counsellor);
        intervention.RecordJudgement(JudgeKind.Joint, JudgementAnswer.Succeeded, ActorKind.Counsellor, _world.Counsellor, session);
        intervention.RecordContribution(ThirdPartyRole.Aunt, "college-application", ActorKind.Client, _world.Counsellor, planned: true);
        intervention.RecordCourseOutcome("sound-technician", CourseStatus.Started, ActorKind.Client, _world.Counsellor);

        var recorded = intervention.History.Skip(before).ToList();
        Assert.Equal(10, recorded.Count);
        Assert.All(recorded, e => Assert.Equal(now, Assert.IsAssignableFrom<EvidenceRecorded>(e).At));
        var record = intervention.ToCaseRecord();
        Assert.Equal(now, record.Decisions.Single().KnownAt);
        Assert.Equal(session, record.Decisions.Single().Session);
        Assert.Equal(now, record.Options.Single(o => o.Status == OptionStatus.Pursued).KnownAt);
        Assert.Equal(now, record.Situations.Single().KnownAt);
        Assert.Equal(now, record.Satisfaction.Single().KnownAt);
        Assert.Equal(now, record.Readings.Single().KnownAt);
        Assert.Equal(now, record.InitialQuestions.Single().KnownAt);
        Assert.Equal(now, record.CounsellorObjectives.Single().KnownAt);
        Assert.Equal(now, record.Judgements.Single().KnownAt);
        Assert.Equal(now, record.Contributions.Single().KnownAt);
        Assert.Equal(now, record.Courses.Single().KnownAt);
        Assert.NotNull(new EvaluationEngine(BuiltInRubrics.Default).Evaluate(record, now));
    }

    [Fact]
    public void RecordIndicator_WithoutAnInstant_ForAnUnknownObjective_IsRefused_AndChangesNothing()
    {
        var intervention = _world.Active();
        var before = intervention.History.Count;

        var refusal = Assert.Throws<ActionRefusedException>(() => intervention.RecordIndicator(ObjectiveId.New(), 1, ActorKind.Client, _world.Counsellor));

        Assert.Contains("evidence.unknown-objective", refusal.Codes);
        Assert.Equal(before, intervention.History.Count);
    }

    [Fact]
    public void RecordDecision_WithoutAnInstant_WithTheDefaultSource_IsRefusedAsAnArgument()
    {
        var intervention = _world.InDiagnosis();
        var before = intervention.History.Count;

        Assert.ThrowsAny<System.ArgumentException>(() => intervention.RecordDecision(DecisionKind.Job, ActorKind.None, _world.Counsellor));

        Assert.Equal(before, intervention.History.Count);
    }
}
