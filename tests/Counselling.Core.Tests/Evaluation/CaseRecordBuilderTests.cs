using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Evaluation;

public sealed class CaseRecordBuilderTests
{
    internal static readonly Instant Opened = Instant.FromUtc(2025, 1, 6, 9, 0);

    internal static CaseRecordBuilder NewRecord(string programme = "career-choice", DateTimeZone? zone = null)
        => new(InterventionId.New(), ClientId.New(), CounsellorId.New(), programme, Opened, zone ?? DateTimeZone.Utc);

    internal static Instant Day(int days) => Opened + Duration.FromDays(days);

    [Fact]
    public void Build_WhenAFactIsKnownBeforeTheOpening_NamesTheField()
    {
        var builder = NewRecord().Add(new DecisionFact(DecisionKind.Plan, Opened - Duration.FromHours(1), ActorKind.Client));

        var error = Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.Equal("decisions[0].KnownAt", error.ParamName);
    }

    [Fact]
    public void Build_WhenAReadingNamesAnObjectiveTheRecordDoesNotHold_NamesTheField()
    {
        var builder = NewRecord().Add(new IndicatorReading(ObjectiveId.New(), 1, Day(3), ActorKind.Client));

        Assert.Equal("readings[0].Objective", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAnActionNamesASessionTheRecordDoesNotHold_NamesTheField()
    {
        var builder = NewRecord().Add(new ActionFact(PlanActionId.New(), ActorKind.Client, PlanActionStatus.Agreed, Day(1), ActorKind.Counsellor, SessionId.New()));

        Assert.Equal("actions[0].AgreedAt", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAFollowUpIsRecordedOnAnOpenIntervention_IsRefused()
    {
        var builder = NewRecord().Add(new SituationFact(SituationKind.Employed, Day(100), ActorKind.Client, monthsAfterClosure: 3));

        Assert.Equal("situations[0].MonthsAfterClosure", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAFollowUpIsKnownBeforeTheClosure_IsRefused()
    {
        var builder = NewRecord()
            .Close(Day(60), ClosureReason.ObjectivesMet)
            .Add(new SituationFact(SituationKind.Employed, Day(30), ActorKind.Client, monthsAfterClosure: 3));

        Assert.Equal("situations[0].KnownAt", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAResolvedOptionBecomesPendingAgain_IsRefused()
    {
        var builder = NewRecord()
            .Add(new OptionFact("A", OptionStatus.Failed, Day(1), ActorKind.Client))
            .Add(new OptionFact("A", OptionStatus.Pending, Day(2), ActorKind.Client));

        Assert.Equal("options[1].Status", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAHeldSessionIsLaterMissed_IsRefused()
    {
        var session = SessionId.New();
        var builder = NewRecord()
            .Add(new SessionFact(session, true, SessionStatus.Held, Day(1), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Proposal]))
            .Add(new SessionFact(session, true, SessionStatus.Missed, Day(2), ActorKind.Counsellor));

        Assert.Equal("sessions[1].Status", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAReviewedActionIsAgreedAgain_IsRefused()
    {
        var action = PlanActionId.New();
        var builder = NewRecord()
            .Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.Done, Day(1), ActorKind.Counsellor))
            .Add(new ActionFact(action, ActorKind.Client, PlanActionStatus.Agreed, Day(2), ActorKind.Counsellor));

        Assert.Equal("actions[1].Status", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenAFactIsTheDefaultValue_NamesIt()
    {
        var builder = NewRecord().Add(default(SatisfactionAnswer));

        Assert.Equal("satisfaction[0]", Assert.Throws<ArgumentException>(() => builder.Build()).ParamName);
    }

    [Fact]
    public void Build_WhenClosedBeforeOpening_IsRefused()
        => Assert.Equal("closedAt", Assert.Throws<ArgumentException>(() => NewRecord().Close(Day(-1), ClosureReason.Other).Build()).ParamName);

    [Fact]
    public void Facts_AreKeptInTheOrderTheyBecameKnown()
    {
        var record = NewRecord()
            .Add(new DecisionFact(DecisionKind.Job, Day(9), ActorKind.Client))
            .Add(new DecisionFact(DecisionKind.Plan, Day(2), ActorKind.Client))
            .Add(new DecisionFact(DecisionKind.Training, Day(5), ActorKind.Client))
            .Build();

        Assert.Equal([DecisionKind.Plan, DecisionKind.Training, DecisionKind.Job], [.. record.Decisions.Select(d => d.Kind)]);
    }

    [Fact]
    public void ToBuilder_KeepsEveryFact_AndLeavesTheRecordUnchanged()
    {
        var record = PlanBStoryTests.AtTheFourthMeeting().Build();

        var more = record.ToBuilder().Add(new DecisionFact(DecisionKind.Plan, Day(900), ActorKind.Client)).Build();

        Assert.Equal(record.Sessions, more.Sessions);
        Assert.Equal(record.Options, more.Options);
        Assert.Equal(record.ClosedAt, more.ClosedAt);
        Assert.Single(record.Decisions);
        Assert.Equal(2, more.Decisions.Length);
    }

    [Fact]
    public void ToString_ShowsOnlyTheIdentifierAndTheNumberOfFacts()
        => Assert.Matches("^intervention:[0-9a-f-]+ \\(0 facts\\)$", NewRecord().Build().ToString());

    [Fact]
    public void AHeldSession_KeepsItsOutcomes()
    {
        var fact = new SessionFact(SessionId.New(), true, SessionStatus.Held, Day(1), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Referral, SessionOutcomeKind.Decision]);

        Assert.Equal([SessionOutcomeKind.Referral, SessionOutcomeKind.Decision], fact.Outcomes);
        Assert.True(fact.Has(SessionOutcomeKind.Decision));
        Assert.False(fact.Has(SessionOutcomeKind.JobLead));
    }

    [Fact]
    public void EvidenceOfTheWrongKind_IsRefusedAtConstruction()
    {
        Assert.Equal("outcomes", Assert.Throws<ArgumentException>(() => new SessionFact(SessionId.New(), true, SessionStatus.Missed, Day(1), ActorKind.Counsellor, outcomes: [SessionOutcomeKind.Proposal])).ParamName);
        Assert.Equal("job", Assert.Throws<ArgumentException>(() => new SituationFact(SituationKind.InTraining, Day(1), ActorKind.Client, job: new JobQuality(ContractKind.Permanent))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => new ObjectiveFact(ObjectiveId.New(), new LocalDate(2025, 6, 1), 5, 3, IndicatorDirection.Increase, Day(1), ActorKind.Counsellor)).ParamName);
        Assert.Equal("expectedBy", Assert.Throws<ArgumentException>(() => new OptionFact("A", OptionStatus.Failed, Day(1), ActorKind.Client, new LocalDate(2025, 6, 1))).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new DecisionFact(DecisionKind.Plan, Day(1), ActorKind.None)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentException>(() => new OptionFact("plan with spaces", OptionStatus.Pending, Day(1), ActorKind.Client)).ParamName);
        Assert.Equal("programme", Assert.Throws<ArgumentException>(() => NewRecord("Jean Dupont")).ParamName);
        Assert.Equal("weeklyHours", Assert.Throws<ArgumentOutOfRangeException>(() => new JobQuality(weeklyHours: 200)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new ScaleScore(6, 1, 5)).ParamName);
        Assert.Equal("score", Assert.Throws<ArgumentException>(() => new SatisfactionAnswer(default, Day(1), ActorKind.Client)).ParamName);
    }
}
