using Counselling.Core.Evidence;
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Rules;
using Counselling.Core.Objectives;
using Counselling.Core.Occupations;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Counselling.Core.Tests.Objectives;

/// <summary>The examples of docs/objectives.md, run as they are written there.</summary>
public sealed class ObjectivesGuideTests
{
    private static readonly IDateTimeZoneProvider Zones = DateTimeZoneProviders.Tzdb;
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 25, 15, 0));
    private readonly ClientId _clientId = ClientId.New();

    [Fact]
    public void Guide_ASmartObjective_ReadLetterByLetter()
    {
        var clientId = _clientId;
        var clock = _clock;
        var zones = Zones;
        var objective = new SmartObjective(ObjectiveId.New(), "Apply to three sound-technician courses after a studio immersion")
        {
            ByWhom = Actor.Client(clientId),
            Indicator = new Indicator("applications sent", "applications", baseline: 0, target: 3),
            Steps = ["Two-week immersion in a partner studio", "Send three applications"],
            Resources = ["Transport tickets", "Sponsorship"],
            Barriers = [],
            Realism = "Course open without the baccalauréat; volunteer sound work already done",
            Deadline = new LocalDate(2027, 3, 31),
            Occupation = Occupation.Parse("ROME:L1508"),
        };

        var validator = new SmartObjectiveValidator(new AgencyClock(clock, zones, "Europe/Paris"));
        var window = new ProgrammeWindow(new LocalDate(2026, 9, 1), Period.FromMonths(12));
        var result = validator.Validate(objective, window);

        Assert.True(result.IsValid);
        Assert.True(result.Measurable.Holds);

        var vague = validator.Validate(objective with { Steps = [], Realism = null }, window);
        Assert.Equal([SmartLetter.Achievable, SmartLetter.Realistic], vague.FailingLetters);
        Assert.Equal("objective.a.no-steps", vague.Failures[0].Code);
        Assert.Equal("Steps", vague.Failures[0].Field);
        Assert.Equal(vague.Failures.Select(f => f.Reason), vague.Reasons);
        Assert.Matches("^objective:[0-9a-f-]+ S\\+ M\\+ A- R- T\\+$", vague.ToString());
        Assert.True(objective.IsProposal);
        Assert.Throws<ArgumentException>(() => new ObjectiveAgreement(clock.GetCurrentInstant(), SessionId.New(), Actor.Counsellor(CounsellorId.New())));
    }

    [Fact]
    public void Guide_BenefitsBarriersAndActions()
    {
        var clientId = _clientId;
        var session = SessionId.New();
        var objective = new SmartObjective(ObjectiveId.New(), "Apply to three courses");
        var benefit = new DesiredBenefit(BenefitId.New(), "Financial security") { Objectives = [objective.Id], KeepsActing = "My children" };
        var barrier = new Barrier(BarrierId.New(), BarrierCategoryCodes.Parse("finances"))
        {
            TiedToBenefit = benefit.Id,
            TiedToValue = "money",
            Description = "Fear of losing the allowance",
        };
        var action = new PlanAction(PlanActionId.New(), "Call the studio", Actor.Client(clientId), agreedAt: session)
        {
            Objective = objective.Id,
            Due = new LocalDate(2026, 12, 4),
        };

        Assert.Equal(BarrierCategory.Finances, barrier.Category);
        Assert.Equal(12, BarrierCategoryCodes.All.Count);
        Assert.Contains("'transport'", Assert.Throws<FormatException>(() => BarrierCategoryCodes.Parse("transport")).Message, StringComparison.Ordinal);
        Assert.True(action.IsOwnedByClient);
        Assert.Equal(12.5m, Indicator.ParseQuantity("12,5", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Throws<ArgumentException>(() => new PlanAction(PlanActionId.New(), "Call", default, session));
    }

    [Fact]
    public void Guide_InTheIntervention_FromProposalToTheActivePhase()
    {
        var world = new TestWorld(Instant.FromUtc(2026, 11, 2, 14, 0)) { Programme = new ProgrammeSettings("CEJ", Period.FromMonths(12)) };
        var intervention = world.InPlanning();
        var counsellor = world.Counsellor;
        var client = world.ClientActor;
        var heldSession = intervention.Sessions[^1].Id;
        var objective = new SmartObjective(ObjectiveId.New(), "Apply to three sound-technician courses after a studio immersion")
        {
            ByWhom = client,
            Indicator = new Indicator("applications sent", "applications", 0, 3),
            Steps = ["Two-week immersion in a partner studio", "Send three applications"],
            Realism = "Course open without the baccalauréat",
            Deadline = new LocalDate(2027, 3, 31),
        };
        var benefit = new DesiredBenefit(BenefitId.New(), "Financial security") { Objectives = [objective.Id] };
        var barrier = new Barrier(BarrierId.New(), BarrierCategory.Finances) { TiedToBenefit = benefit.Id };

        intervention.ProposeObjective(objective, counsellor);
        intervention.ReviseObjective(objective with { Resources = ["Transport tickets"] }, counsellor);
        Assert.Equal("activation.no-agreed-smart-objective", intervention.Check(InterventionAction.Activate).Reasons.Single().Code);
        intervention.AgreeObjective(objective.Id, heldSession, counsellor);
        intervention.AddDesiredBenefit(benefit, counsellor);
        intervention.IdentifyBarrier(barrier, counsellor);
        intervention.ChangeBarrierStatus(barrier.Id, BarrierStatus.BeingAddressed, counsellor);
        var action = new PlanAction(PlanActionId.New(), "Call the studio", client, heldSession) { Objective = objective.Id };
        Assert.True(intervention.CanAgreeAction(action).IsAllowed);
        intervention.AgreeAction(action, counsellor);
        intervention.RecordActionStatus(action.Id, PlanActionStatus.Done, client);
        intervention.Activate(counsellor);

        world.Advance(Duration.FromDays(7));
        var nextSession = SessionId.New();
        intervention.RecordSession(nextSession, world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.Progressed, counsellor);
        Assert.Single(intervention.UnreviewedActions());
        intervention.ReviewAction(action.Id, nextSession, PlanActionStatus.Done, counsellor);

        Assert.Equal(InterventionState.Active, intervention.State);
        Assert.Empty(intervention.UnreviewedActions());
        Assert.Empty(intervention.ObjectivesWithoutClientAction());
        Assert.Equal(new LocalDate(2027, 11, 2), intervention.ProgrammeWindow.End);
    }

    [Fact]
    public void Guide_ListsEveryCode()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/objectives.md"));
        var smartCodes = typeof(ObjectiveCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        var ruleCodes = new[]
            {
                InterventionAction.ProposeObjective, InterventionAction.ReviseObjective, InterventionAction.AgreeObjective, InterventionAction.AddDesiredBenefit,
                InterventionAction.IdentifyBarrier, InterventionAction.ChangeBarrierStatus, InterventionAction.AgreeAction, InterventionAction.RecordActionStatus,
                InterventionAction.ReviewAction,
            }
            .SelectMany(InterventionRules.ChecksFor)
            .Select(r => r.Code)
            .Where(c => c != "clock.before-last-change");

        Assert.All(smartCodes.Concat(ruleCodes).Concat(["activation.objective-fails-letter", "activation.objective-without-benefit"]), code => Assert.Contains("`" + code + "`", guide, StringComparison.Ordinal));
    }
}
