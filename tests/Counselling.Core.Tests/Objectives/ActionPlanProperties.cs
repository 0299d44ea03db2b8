using System.Collections.Generic;
using System.Linq;

using Counselling.Core.Common;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Objectives;

/// <summary>Random sequences of the action plan's steps, from an intervention in planning.</summary>
public static class ActionPlanArbitraries
{
    private static readonly int[] Kinds = [9, 9, 13, 14, 15, 16, 17, 18, 18, 18, 19, 20, 20, 20, 21, 3, 12];

    public static Arbitrary<LifecycleCommand[]> PlanCommands()
    {
        var command =
            from kind in Gen.Elements(Kinds)
            from a in Gen.Choose(0, 6)
            from b in Gen.Choose(0, 3)
            from clock in Gen.Frequency((20, Gen.Choose(0, 3 * 24 * 60)), (3, Gen.Constant(0)))
            select new LifecycleCommand(kind, a, b, clock);
        return Arb.From(from length in Gen.Choose(0, 40) from items in command.ArrayOf(length) select items, Shrink);
    }

    private static IEnumerable<LifecycleCommand[]> Shrink(LifecycleCommand[] commands)
    {
        for (var i = commands.Length - 1; i >= 0; i--)
        {
            yield return commands.Where((_, j) => j != i).ToArray();
        }
    }
}

public sealed class ActionPlanProperties
{
    [Property(Arbitrary = new[] { typeof(ActionPlanArbitraries) }, MaxTest = 1000)]
    public void AddingAndReviewingActions_ReviewsEveryActionAtMostOnce_AndRefusalsChangeNothing(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.InPlanning();
        foreach (var command in commands)
        {
            world.Clock.Reset(world.Clock.GetCurrentInstant() + Duration.FromMinutes(command.ClockMinutes));
            var version = intervention.Version;
            var plan = ObjectiveCommands.Describe(intervention);
            try
            {
                intervention = LifecycleProperties.Apply(world, intervention, command);
            }
            catch (ActionRefusedException refusal)
            {
                Assert.NotEmpty(refusal.Reasons);
                Assert.Equal(version, intervention.Version);
                Assert.Equal(plan, ObjectiveCommands.Describe(intervention));
            }

            var reviews = intervention.History.OfType<PlanActionReviewed>().GroupBy(r => r.Action).ToDictionary(g => g.Key, g => g.ToList());
            Assert.All(reviews.Values, r => Assert.Single(r));
            foreach (var action in intervention.ActionPlan)
            {
                Assert.Equal(reviews.TryGetValue(action.Id, out var r) ? r[0].Session : null, action.ReviewedAt);
            }

            var unreviewed = intervention.UnreviewedActions();
            Assert.All(unreviewed, u => Assert.False(intervention.FindAction(u.Action)!.IsReviewed));
            Assert.All(intervention.Objectives.Where(o => o.IsAgreed), o => Assert.Equal(ActorKind.Client, o.Agreement!.Client.Kind));
        }

        var rebuilt = Intervention.FromHistory(intervention.History, world.Agency);
        Assert.Equal(ObjectiveCommands.Describe(intervention), ObjectiveCommands.Describe(rebuilt));
        Assert.Equal(intervention.Objectives, rebuilt.Objectives);
        Assert.Equal(intervention.ActionPlan, rebuilt.ActionPlan);
        Assert.True(intervention.State != InterventionState.Active || intervention.History.OfType<ObjectiveAgreed>().Any());
    }
}
