using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Services;
using Counselling.Core.Tests.Services;
using Counselling.Core.Tests.Objectives;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// "May I?" and "do it" never disagree: over random sequences of actions, the <c>Can…</c> query of each action, asked with
/// the action's own arguments just before it, allows exactly what the action then does and gives exactly the reasons of
/// its refusal; and <see cref="Intervention.AvailableActions"/> offers nothing that every argument would refuse.
/// </summary>
public sealed class AskingProperties
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void EveryQueryWithItsArguments_AgreesWithItsAction(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(Math.Abs(command.ClockMinutes)));
            var permission = Ask(world, intervention, command);
            try
            {
                intervention = LifecycleProperties.Apply(world, intervention, command);
                Assert.True(permission?.IsAllowed ?? true, $"{LifecycleProperties.KindName(command.Kind)} was applied although its query said: {permission}");
            }
            catch (ActionRefusedException refusal)
            {
                if (permission is { } asked)
                {
                    Assert.False(asked.IsAllowed, $"{LifecycleProperties.KindName(command.Kind)} was refused although its query allowed it: {refusal.Message}");
                    Assert.Equal(asked.Reasons.Select(r => r.Code), refusal.Codes);
                }
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void AnActionNeedingSomethingToActOn_IsNotOfferedWhenThereIsNothing(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(Math.Abs(command.ClockMinutes)));
            try
            {
                intervention = LifecycleProperties.Apply(world, intervention, command);
            }
            catch (ActionRefusedException)
            {
            }

            var offered = intervention.AvailableActions().Where(o => o.Permission.IsAllowed).Select(o => o.Action).ToHashSet();
            var now = world.Clock.GetCurrentInstant();
            var planned = intervention.Sessions.Where(s => s.Status == SessionStatus.Planned).ToList();
            Assert.Equal(offered.Contains(InterventionAction.CancelSession), planned.Any(s => intervention.CanCancelSession(s.Id).IsAllowed));
            Assert.Equal(offered.Contains(InterventionAction.MarkSessionMissed), planned.Any(s => intervention.CanMarkSessionMissed(s.Id).IsAllowed));
            if (offered.Contains(InterventionAction.ShareDiagnosis))
            {
                Assert.Contains(intervention.Sessions, s => intervention.CanShareDiagnosis(s.Id).IsAllowed);
            }

            if (offered.Contains(InterventionAction.ReviewAction) || offered.Contains(InterventionAction.RecordActionStatus))
            {
                Assert.Contains(intervention.ActionPlan, a => !a.IsReviewed);
            }

            if (offered.Contains(InterventionAction.AgreeObjective) || offered.Contains(InterventionAction.ReviseObjective))
            {
                Assert.Contains(intervention.Objectives, o => !o.IsAgreed);
            }

            if (offered.Contains(InterventionAction.RecordReferralStatus))
            {
                Assert.Contains(intervention.Referrals, r => !r.IsEnded);
            }

            if (offered.Contains(InterventionAction.RecordDecisionOutcome))
            {
                Assert.Contains(intervention.Options, o => !o.IsResolved && o.Decisions.Any(d => !d.IsReceived));
            }

            if (offered.Contains(InterventionAction.AwaitDecision))
            {
                Assert.Contains(intervention.Options, o => !o.IsResolved);
            }

            if (offered.Contains(InterventionAction.ChangeBarrierStatus))
            {
                Assert.NotEmpty(intervention.Barriers);
            }
        }
    }

    /// <summary>The query of the step <see cref="LifecycleProperties.Apply"/> takes, with the same arguments.</summary>
    private static Permission? Ask(TestWorld world, Intervention intervention, LifecycleCommand c)
    {
        var now = world.Clock.GetCurrentInstant();
        var session = LifecycleProperties.Session(c.A);
        return c.Kind switch
        {
            0 => intervention.Check(InterventionAction.StartIntake),
            1 => intervention.Check(InterventionAction.CompleteIntake),
            2 => intervention.CanShareDiagnosis(session),
            3 => intervention.Check(InterventionAction.Activate),
            4 => intervention.CanPutOnHold(HoldReason.AwaitingOutsideDecision, now.InUtc().Date.PlusDays(c.A * 10 - 5)),
            5 => intervention.Check(InterventionAction.Resume),
            6 => intervention.Check(InterventionAction.StartFollowUp),
            7 => intervention.CanClose((ClosureReason)(c.A % 7 + 1)),
            8 => intervention.CanPlanSession(session, now.InUtc().LocalDateTime.PlusHours(c.B * 30 - 10), "America/Toronto"),
            9 => intervention.CanRecordSession(session, now - Duration.FromHours(c.B * 20), c.B == 0 ? [] : TestWorld.Concrete(), (SessionProgress)(c.A % 3)),
            10 => intervention.CanMarkSessionMissed(session),
            11 => intervention.CanCancelSession(session),
            26 => intervention.Check(InterventionAction.ResumeActiveHelp),
            27 => intervention.CanReferToSpecialist(LifecycleProperties.Referral(c.A), CatalogueExamples.Catalogue, c.B == 3 ? CatalogueExamples.ClosedBusPass : CatalogueExamples.Psychologist),
            33 => intervention.CanRefer(LifecycleProperties.Referral(c.A), CatalogueExamples.Catalogue, LifecycleProperties.ReferredService(c.B), ReferralOrigin.CounsellorChoice),
            34 => intervention.CanRecordReferralStatus(LifecycleProperties.Referral(c.B), LifecycleProperties.ReferralActionOf(c), LifecycleProperties.ReferralActor(world, c)),
            28 => intervention.CanRecordAspiration(new Counselling.Core.Objectives.Aspiration("sound engineer", c.B == 3 ? Actor.Client(ObjectiveCommands.OtherClient) : world.ClientActor) { Session = c.A == 6 ? null : session }),
            29 => intervention.CanShareDiagnosis(session, new DiagnosisAgreement("a studio job", "a technician course first", "apply to the course", c.B == 3 ? Actor.Client(ObjectiveCommands.OtherClient) : world.ClientActor)),
            30 => intervention.CanAssessAutonomy(LifecycleProperties.AutonomyStep(world, c)),
            31 => intervention.CanAssessSituation(LifecycleProperties.SituationStep(world, c)),
            32 => intervention.CanAddOption(LifecycleProperties.OptionLabel(c), LifecycleProperties.OptionOccupation(c)),
            35 => intervention.CanAwaitDecision(LifecycleProperties.OptionLabel(c), LifecycleProperties.DecisionName(c), LifecycleProperties.DecisionDate(now, c)),
            36 => intervention.CanRecordDecisionOutcome(LifecycleProperties.OptionLabel(c), LifecycleProperties.DecisionName(c), LifecycleProperties.DecisionOutcome(c)),
            >= 22 => EvidenceCommands.Ask(world, intervention, c, ((c.Kind - 22) * 7) + c.A),
            >= 13 => ObjectiveCommands.Ask(world, intervention, c),
            _ => null,
        };
    }
}
