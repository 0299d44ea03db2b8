using System.Collections.Immutable;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using Counselling.Core.Situation;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>Value objects with validating constructors, init-only and get-only properties round-trip field by field.</summary>
public sealed class ValueObjectJsonTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 14, 0);
    private static readonly ClientId Client = ClientId.New();
    private static readonly SessionId Agreed = SessionId.New();

    [Fact]
    public void AFullSmartObjective_RoundTrips()
    {
        var objective = new SmartObjective(ObjectiveId.New(), "Apply to a college programme")
        {
            ByWhom = Actor.Client(Client),
            Indicator = new Indicator("applications sent", "applications", 0m, 3.5m, IndicatorDirection.Increase),
            Steps = ["choose", "apply"],
            Resources = ["library"],
            Barriers = [BarrierId.New()],
            Realism = "two evenings a week",
            Deadline = new LocalDate(2026, 6, 30),
            Occupation = Counselling.Core.Occupations.Occupation.Parse("ROME:K2111"),
        }.WithAgreement(new ObjectiveAgreement(At, Agreed, Actor.Client(Client), Actor.Counsellor(CounsellorId.New())));

        var read = JsonAssert.RoundTrip(objective);

        Assert.Equal(objective, read);
        Assert.Equal(objective.Occupation, read.Occupation);
        Assert.Equal(objective.Deadline, read.Deadline);
        Assert.Equal(objective.Realism, read.Realism);
        Assert.True(read.Agreement!.RecordedOnBehalf);
    }

    [Fact]
    public void APlanAction_KeepsItsStatusAndReview()
    {
        var action = new PlanAction(PlanActionId.New(), "Call the college", Actor.Relative(Client, ThirdPartyRole.Aunt), Agreed)
        {
            Due = new LocalDate(2026, 3, 20),
            Objective = ObjectiveId.New(),
        };
        var reviewed = action.Review(SessionId.New(), PlanActionStatus.Done);
        var dropped = action.WithStatus(PlanActionStatus.Dropped);

        Assert.Equal(action, JsonAssert.RoundTrip(action));
        Assert.Equal(reviewed, JsonAssert.RoundTrip(reviewed));
        Assert.True(JsonAssert.RoundTrip(reviewed).IsReviewed);
        Assert.Equal(dropped, JsonAssert.RoundTrip(dropped));
    }

    [Fact]
    public void BenefitsAndBarriers_RoundTrip()
    {
        var benefit = new DesiredBenefit(BenefitId.New(), "a stable income") { KeepsActing = "the children", Objectives = [ObjectiveId.New()] };
        var barrier = new Barrier(BarrierId.New(), BarrierCategory.Digital)
        {
            Description = "no computer at home",
            TiedToBenefit = benefit.Id,
            TiedToValue = "independence",
            Status = BarrierStatus.BeingAddressed,
        };

        Assert.Equal(benefit, JsonAssert.RoundTrip(benefit));
        Assert.Equal(barrier, JsonAssert.RoundTrip(barrier));
    }

    [Fact]
    public void ProgrammeRulesAndWindows_RoundTrip()
    {
        var rules = new ProgrammeSettings("PLAN-B", Period.FromMonths(6), MissingOutcomePolicy.Reject, 4);
        var window = new ProgrammeWindow(new LocalDate(2026, 1, 31), Period.FromMonths(1));

        Assert.Equal(rules, JsonAssert.RoundTrip(rules));
        Assert.Equal(window, JsonAssert.RoundTrip(window));
        Assert.Equal(new LocalDate(2026, 2, 28), JsonAssert.RoundTrip(window).End);
    }

    [Fact]
    public void EvidenceFacts_RoundTrip()
    {
        var session = SessionId.New();
        Assert.Equal(new DecisionFact(DecisionKind.Occupation, At, ActorKind.Client, session), JsonAssert.RoundTrip(new DecisionFact(DecisionKind.Occupation, At, ActorKind.Client, session)));
        var option = new OptionFact("college", OptionStatus.Pending, At, ActorKind.Counsellor, new LocalDate(2026, 7, 6));
        Assert.Equal(option, JsonAssert.RoundTrip(option));
        var situation = new SituationFact(SituationKind.Employed, At, ActorKind.Client, 3, new JobQuality(ContractKind.Permanent, 35, 2100.5, true, false));
        Assert.Equal(situation, JsonAssert.RoundTrip(situation));
        var satisfaction = new SatisfactionAnswer(new ScaleScore(4, 1, 5), At, ActorKind.Client, true, null);
        Assert.Equal(satisfaction, JsonAssert.RoundTrip(satisfaction));
        var autonomy = new AutonomyReading(AssessmentMoment.Intake, new ScaleScore(2, 1, 5), At, ActorKind.Counsellor);
        Assert.Equal(autonomy, JsonAssert.RoundTrip(autonomy));
        var reading = new IndicatorReading(ObjectiveId.New(), 2.5m, At, ActorKind.Counsellor);
        Assert.Equal(reading, JsonAssert.RoundTrip(reading));
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void BuiltInRubrics_RoundTrip(string name)
    {
        var rubric = new[] { BuiltInRubrics.ProcessAndImpact, BuiltInRubrics.Strict, BuiltInRubrics.DecentWork }.Single(r => r.Name == name);

        var read = JsonAssert.RoundTrip(rubric);

        Assert.Equal(rubric.Name, read.Name);
        Assert.Equal(rubric.Policy, read.Policy);
        Assert.Equal(rubric.Criteria, read.Criteria);
        Assert.Equal(rubric.ScoreThreshold, read.ScoreThreshold);
        Assert.Equal(rubric.FollowUpMonths, read.FollowUpMonths);
    }

    [Fact]
    public void ARubricWithAScoreThreshold_RoundTrips()
    {
        var rubric = new Rubric("weighted", VerdictPolicy.WeightedScoreAtLeast, BuiltInRubrics.ProcessAndImpact.Criteria, 0.6, 6);

        var read = JsonAssert.RoundTrip(rubric);

        Assert.Equal(0.6, read.ScoreThreshold);
        Assert.Equal(6, read.FollowUpMonths);
        Assert.Equal(rubric.Criteria, read.Criteria);
    }

    public static TheoryData<string> BuiltIn() => ["process-and-impact", "strict", "decent-work"];

    [Fact]
    public void SessionOutcomes_InAnImmutableArray_RoundTrip()
    {
        ImmutableArray<SessionOutcome> outcomes = [new(SessionOutcomeKind.Realisation, "a list"), new(SessionOutcomeKind.Proposal, "a plan")];

        Assert.Equal(outcomes, JsonAssert.RoundTrip(outcomes));
    }
}
