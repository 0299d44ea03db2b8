using System.Linq;
using Counselling.Core.Interventions;
using Xunit;

namespace Counselling.Core.EntityFrameworkCore.Tests;

/// <summary>The equality an intervention reloaded from the store must meet.</summary>
internal static class StoreAssert
{
    public static void EqualAggregates(Intervention expected, Intervention actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(
            (expected.Id, expected.Version, expected.State, expected.Hold, expected.ClosureReason, expected.ClosedAt, expected.SessionsWithoutProgress),
            (actual.Id, actual.Version, actual.State, actual.Hold, actual.ClosureReason, actual.ClosedAt, actual.SessionsWithoutProgress));
        Assert.Equal(expected.Sessions.Select(Describe), actual.Sessions.Select(Describe));
        Assert.Equal(expected.Objectives, actual.Objectives);
        Assert.Equal(expected.ActionPlan, actual.ActionPlan);
    }

    private static string Describe(Session s)
        => $"{s.Id}/{s.Status}/{s.HeldAt}/{s.PlannedStart}/{s.Progress}/{string.Join(";", s.Outcomes.Select(o => o.Kind + ":" + o.Summary))}";
}
