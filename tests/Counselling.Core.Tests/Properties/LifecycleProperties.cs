using Counselling.Core.Evidence;
using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Services;
using Counselling.Core.Tests.Services;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// Invariants of the lifecycle over random sequences of actions: each is applied or refused with reasons; a refused
/// action changes nothing; the state is always one of the lifecycle's; rebuilding from history gives an equal
/// aggregate; history instants never go backwards.
/// </summary>
public sealed class LifecycleProperties
{
    internal const int KindCount = 37;

    private static readonly string[] Names =
        [
            "StartIntake", "CompleteIntake", "ShareDiagnosis", "Activate", "PutOnHold", "Resume", "StartFollowUp", "Close", "PlanSession", "RecordSession", "MarkMissed", "Cancel", "Rebuild",
            "ProposeObjective", "AgreeObjective", "AddDesiredBenefit", "IdentifyBarrier", "ChangeBarrierStatus", "AgreeAction", "RecordActionStatus", "ReviewAction", "AgreeSmartObjective", "RecordEvidence", "RecordEvidence", "RecordEvidence", "RecordEvidence",
            "ResumeActiveHelp", "ReferToSpecialist", "RecordAspiration", "ShareAgreedDiagnosis", "AssessAutonomy", "AssessSituation", "AddOption", "Refer", "RecordReferralStatus",
            "AwaitDecision", "RecordDecisionOutcome",
        ];

    private static readonly ReferralId[] ReferralPool = Enumerable.Range(1, 3).Select(i => new ReferralId(new Guid(i, 7, 0, new byte[8]))).ToArray();

    private static readonly ServiceId[] ReferredServices =
        [CatalogueExamples.TransportHelp, CatalogueExamples.LanguagePlatform, CatalogueExamples.ClosedBusPass, new ServiceId("not-in-catalogue")];

    private static readonly SessionId[] SessionPool = Enumerable.Range(1, 7).Select(i => new SessionId(new Guid(i, 0, 0, new byte[8]))).ToArray();

    internal static string KindName(int kind) => Names[kind];

    internal static ReferralId Referral(int index) => ReferralPool[index % ReferralPool.Length];

    internal static SessionId Session(int index) => SessionPool[index % SessionPool.Length];

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void AnyActionSequence_IsAppliedOrRefusedWithReasons_AndARefusalChangesNothing(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(command.ClockMinutes));
            var before = Snapshot.Of(intervention);
            try
            {
                intervention = Apply(world, intervention, command);
                Assert.True(intervention.Version >= before.Version);
            }
            catch (ActionRefusedException refusal)
            {
                Assert.NotEmpty(refusal.Reasons);
                Assert.All(refusal.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")))));
                Assert.Equal(before, Snapshot.Of(intervention));
            }

            Assert.True(Enum.IsDefined(intervention.State));
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void RebuildingFromHistory_GivesAnEqualAggregate_AndInstantsNeverGoBackwards(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(command.ClockMinutes));
            try
            {
                intervention = Apply(world, intervention, command);
            }
            catch (ActionRefusedException)
            {
            }
        }

        var rebuilt = Intervention.FromHistory(intervention.History, world.Agency);

        Assert.Equal(Snapshot.Of(intervention), Snapshot.Of(rebuilt));
        for (var i = 1; i < intervention.History.Count; i++)
        {
            Assert.True(intervention.History[i].At >= intervention.History[i - 1].At);
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void CheckAgreesWithTheIntentMethod_ForActionsWithoutArguments(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(Math.Abs(command.ClockMinutes)));
            var action = command.Kind switch
            {
                0 => InterventionAction.StartIntake,
                1 => InterventionAction.CompleteIntake,
                3 => InterventionAction.Activate,
                5 => InterventionAction.Resume,
                6 => InterventionAction.StartFollowUp,
                26 => InterventionAction.ResumeActiveHelp,
                _ => (InterventionAction?)null,
            };
            var permission = action is { } a ? intervention.Check(a) : Permission.Allowed;
            try
            {
                intervention = Apply(world, intervention, command);
                Assert.True(permission.IsAllowed, $"{action} was applied although Check said: {permission}");
            }
            catch (ActionRefusedException refusal)
            {
                if (action is not null)
                {
                    Assert.False(permission.IsAllowed);
                    Assert.Equal(permission.Reasons.Select(r => r.Code), refusal.Codes);
                }
            }
        }
    }

    /// <summary>
    /// Moves the clock on by the command's minutes and applies the command; a refused command leaves the intervention
    /// as it was, which is returned.
    /// </summary>
    internal static Intervention ApplyOrKeep(TestWorld world, Intervention intervention, LifecycleCommand command)
    {
        world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(command.ClockMinutes));
        try
        {
            return Apply(world, intervention, command);
        }
        catch (ActionRefusedException)
        {
            return intervention;
        }
    }

    internal static Intervention Apply(TestWorld world, Intervention intervention, LifecycleCommand c)
    {
        var by = world.Counsellor;
        var now = world.Clock.GetCurrentInstant();
        var session = SessionPool[c.A % SessionPool.Length];
        switch (c.Kind)
        {
            case 0: intervention.StartIntake(by); break;
            case 1: intervention.CompleteIntake(by); break;
            case 2: intervention.ShareDiagnosis(session, by); break;
            case 3: intervention.Activate(by); break;
            case 4: intervention.PutOnHold(HoldReason.AwaitingOutsideDecision, now.InUtc().Date.PlusDays(c.A * 10 - 5), by); break;
            case 5: intervention.Resume(by); break;
            case 6: intervention.StartFollowUp(by); break;
            case 7: intervention.Close((ClosureReason)(c.A % 7 + 1), by); break;
            case 8: intervention.PlanSession(session, now.InUtc().LocalDateTime.PlusHours(c.B * 30 - 10), "America/Toronto", by); break;
            case 9:
                intervention.RecordSession(
                    session,
                    now - Duration.FromHours(c.B * 20),
                    c.B == 0 ? [] : TestWorld.Concrete(),
                    (SessionProgress)(c.A % 3),
                    by);
                break;
            case 10: intervention.MarkSessionMissed(session, by); break;
            case 11: intervention.CancelSession(session, by); break;
            case 26: intervention.ResumeActiveHelp(by); break;
            case 27: intervention.ReferToSpecialist(Referral(c.A), CatalogueExamples.Catalogue, c.B == 3 ? CatalogueExamples.ClosedBusPass : CatalogueExamples.Psychologist, by); break;
            case 33: intervention.Refer(Referral(c.A), CatalogueExamples.Catalogue, ReferredService(c.B), ReferralOrigin.CounsellorChoice, by); break;
            case 34: intervention.RecordReferralStatus(Referral(c.B), ReferralActionOf(c), ReferralActor(world, c)); break;
            case 35: intervention.AwaitDecision(OptionLabel(c), DecisionName(c), DecisionDate(now, c), by); break;
            case 36: intervention.RecordDecisionOutcome(OptionLabel(c), DecisionName(c), DecisionOutcome(c), c.B == 3 ? world.ClientActor : by); break;
            case 28:
                var expressedBy = c.B == 3 ? Actor.Client(Counselling.Core.Tests.Objectives.ObjectiveCommands.OtherClient) : world.ClientActor;
                intervention.RecordAspiration(new Counselling.Core.Objectives.Aspiration("sound engineer", expressedBy) { Session = c.A == 6 ? null : session }, c.B == 0 ? world.ClientActor : by);
                break;
            case 29:
                var agreedBy = c.B == 3 ? Actor.Client(Counselling.Core.Tests.Objectives.ObjectiveCommands.OtherClient) : world.ClientActor;
                intervention.ShareDiagnosis(session, new DiagnosisAgreement("a studio job", "a technician course first", "apply to the course", agreedBy), by);
                break;
            case 30: intervention.AssessAutonomy(AutonomyStep(world, c), by); break;
            case 31: intervention.AssessSituation(SituationStep(world, c), by); break;
            case 32: intervention.AddOption(OptionLabel(c), OptionOccupation(c), by); break;
            case >= 22: return EvidenceCommands.Apply(world, intervention, c, ((c.Kind - 22) * 7) + c.A);
            case >= 13: return Counselling.Core.Tests.Objectives.ObjectiveCommands.Apply(world, intervention, c);
            default: return Intervention.FromHistory(intervention.History, world.Agency);
        }

        return intervention;
    }

    /// <summary>The autonomy assessment of step 30: mostly at intake, now or a little earlier; at times in the future or on another scale.</summary>
    internal static Counselling.Core.Situation.AutonomyAssessment AutonomyStep(TestWorld world, LifecycleCommand c)
    {
        var now = world.Clock.GetCurrentInstant();
        var at = c.A == 5 ? now + Duration.FromHours(1) : now - Duration.FromHours(c.B * 30);
        return TestWorld.Autonomy(c.B, (Counselling.Core.Situation.AssessmentMoment)(c.A % 3 == 0 ? 1 : c.A % 3), at, world.Counsellor, c.A == 6 ? TestWorld.OtherScale : null);
    }

    /// <summary>The situation assessment of step 31: agreed, a gap left to talk over, nothing assessed, or dated in the future.</summary>
    internal static Counselling.Core.Situation.SituationAssessment SituationStep(TestWorld world, LifecycleCommand c)
    {
        var now = world.Clock.GetCurrentInstant();
        return c.B switch
        {
            0 => TestWorld.Situation(now - Duration.FromHours(c.A)),
            1 => Counselling.Core.Situation.SituationAssessment.Start(Counselling.Core.Situation.AssessmentMoment.Intake, now)
                .WithClientView(Counselling.Core.Situation.LifeDomain.Training, Counselling.Core.Situation.LifeDomainStatus.Resource)
                .WithCounsellorView(Counselling.Core.Situation.LifeDomain.Training, Counselling.Core.Situation.LifeDomainStatus.Difficulty),
            2 => Counselling.Core.Situation.SituationAssessment.Start(Counselling.Core.Situation.AssessmentMoment.AlongTheWay, now),
            _ => TestWorld.Situation(c.A == 6 ? now + Duration.FromHours(2) : now, Counselling.Core.Situation.AssessmentMoment.AlongTheWay),
        };
    }

    /// <summary>The label of step 32: the two the evidence steps use, and a third one.</summary>
    internal static string OptionLabel(LifecycleCommand c) => c.A == 6 ? "army" : EvidenceCommands.Label(c.A);

    /// <summary>The occupation of step 32, or none.</summary>
    internal static Counselling.Core.Occupations.Occupation? OptionOccupation(LifecycleCommand c)
        => c.B == 0 ? null : Counselling.Core.Occupations.Occupation.Parse("NOC-2021:72400");

    /// <summary>The decision of steps 35 and 36: two names, so an option may wait for two at once.</summary>
    internal static string DecisionName(LifecycleCommand c) => c.B % 2 == 0 ? "answer from the army recruitment office" : "college admission answer";

    /// <summary>The date the decision of step 35 is expected: at times already past.</summary>
    internal static LocalDate DecisionDate(Instant now, LifecycleCommand c) => now.InUtc().Date.PlusDays(c.A * 10 - 5);

    /// <summary>The answer of step 36: accepted or refused.</summary>
    internal static Counselling.Core.Evidence.OptionStatus DecisionOutcome(LifecycleCommand c)
        => c.A % 2 == 0 ? Counselling.Core.Evidence.OptionStatus.Succeeded : Counselling.Core.Evidence.OptionStatus.Failed;

    internal static ServiceId ReferredService(int index) => ReferredServices[index % ReferredServices.Length];

    internal static ReferralAction ReferralActionOf(LifecycleCommand c) => (ReferralAction)(((c.A * 4) + c.B) % 6 + 1);

    /// <summary>Who records a referral's status: the counsellor, the client or the partner.</summary>
    internal static Actor ReferralActor(TestWorld world, LifecycleCommand c) => ((c.A + c.B) % 3) switch
    {
        0 => world.Counsellor,
        1 => world.ClientActor,
        _ => Actor.Partner(new PartnerId(new Guid(9, 9, 9, new byte[8]))),
    };

    /// <summary>Everything observable of an intervention, compared by value.</summary>
    internal sealed record Snapshot(
        InterventionState State, int Version, string Sessions, Hold? Hold, ClosureReason? Closure, Instant? ClosedAt, int WithoutProgress, bool Recommended, Reason? Recommendation, string History, string Plan, string Assessments, string Referrals)
    {
        public static Snapshot Of(Intervention i) => new(
            i.State,
            i.Version,
            string.Join("|", i.Sessions.Select(s => $"{s.Id}/{s.Status}/{s.HeldAt}/{s.PlannedStart}/{s.Progress}/{s.Outcomes.Length}")),
            i.Hold,
            i.ClosureReason,
            i.ClosedAt,
            i.SessionsWithoutProgress,
            i.IsSpecialistReferralRecommended,
            i.SpecialistReferralRecommendation,
            string.Join("|", i.History.Select(e => e.GetType().Name + "@" + e.At)),
            Counselling.Core.Tests.Objectives.ObjectiveCommands.Describe(i),
            string.Join("|", i.Options.Select(o => o + ":" + string.Join(",", o.Decisions))) + "/" + string.Join("|", i.AutonomyAssessments) + "/" + string.Join("|", i.SituationAssessments.Select(a => string.Join(",", a.Domains))),
            string.Join("|", i.Referrals.Select(r => $"{r.Id}/{r.Service}/{r.Provider}/{r.Origin}/{r.State}/{r.Changes.Count}/{r.Changes[^1].At}")));
    }
}
