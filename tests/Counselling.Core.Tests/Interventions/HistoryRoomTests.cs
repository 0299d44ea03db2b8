using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Objectives;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The estimate a long history's lists are made from: in a history whose sessions and actions come at a steady pace, at
/// least the exact counts (so no list grows during the rebuild) and not far above them (so no index is made twice too big).
/// </summary>
public sealed class HistoryRoomTests
{
    [Theory]
    [InlineData(20_000)]
    [InlineData(65_537)]
    [InlineData(100_003)]
    public void TheEstimateOfASteadyHistory_IsAtLeastTheCount_AndNotFarAbove(int length)
    {
        var history = Tiled(length);
        var exact = HistoryRoom.Count(history);
        var estimate = HistoryRoom.Estimate(history);

        Assert.InRange(estimate.Planned, exact.Planned, Margin(exact.Planned));
        Assert.InRange(estimate.Recorded, exact.Recorded, Margin(exact.Recorded));
        Assert.InRange(estimate.Actions, exact.Actions, Margin(exact.Actions));
    }

    [Fact]
    public void AHistoryShorterThanABlock_IsCountedEventByEvent()
    {
        var history = Tiled(HistoryRoom.SampleStride - 1);

        Assert.Equal(HistoryRoom.Count(history), HistoryRoom.Estimate(history));
    }

    private static int Margin(int exact) => exact + (exact / 8) + (2 * HistoryRoom.SampleStride);

    /// <summary>The sessions of a recorded intervention (planned, held, an action agreed at each) repeated to the length asked.</summary>
    private static InterventionEvent[] Tiled(int length)
    {
        var world = new TestWorld();
        var intervention = world.Active();
        for (var i = 0; i < 6; i++)
        {
            var session = SessionId.New();
            var start = world.Clock.GetCurrentInstant() + Duration.FromHours(3);
            intervention.PlanSession(session, start.InUtc().LocalDateTime, "America/Toronto", world.Counsellor);
            world.Clock.Reset(start + Duration.FromMinutes(5));
            intervention.RecordSession(session, world.Clock.GetCurrentInstant(), TestWorld.Concrete(), SessionProgress.NotAssessed, world.Counsellor);
            intervention.AgreeAction(new PlanAction(PlanActionId.New(), "apply", world.ClientActor, session), world.Counsellor);
        }

        var loop = intervention.History.Skip(intervention.History.Count - 18).ToArray();
        return [.. Enumerable.Range(0, length).Select(i => loop[i % loop.Length])];
    }
}
