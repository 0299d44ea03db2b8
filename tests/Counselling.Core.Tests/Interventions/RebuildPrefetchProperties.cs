using System.Collections.ObjectModel;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using Counselling.Core.Tests.Properties;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The rebuild that asks for memory ahead (the path of long arrays of events) gives what the plain rebuild gives: any
/// history the aggregate produced, as is or tampered with, rebuilds to an equal intervention or is refused at the same
/// position, with the same event type and codes.
/// </summary>
public sealed class RebuildPrefetchProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries), typeof(HistoryArbitraries) })]
    public void LongPath_RebuildsOrRefusesAsThePlainPath(LifecycleCommand[] commands, HistoryMutation mutation, bool tampered)
    {
        var world = new TestWorld();
        var history = Recorded(world, commands, mutation, tampered);

        var plain = Outcome(() => Intervention.FromHistory(new ReadOnlyCollection<InterventionEvent>(history), world.Agency));
        var ahead = Outcome(() => Intervention.Rebuild(history, world.Agency, prefetchAbove: 0));

        Assert.Equal(plain, ahead);
    }

    /// <summary>
    /// The room made for sessions and actions before a rebuild is only an estimate: none at all, too little, too much, or the
    /// sample a long history is estimated from, the rebuild gives the same intervention or the same refusal.
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries), typeof(HistoryArbitraries) })]
    public void AnyRoomMadeAhead_RebuildsOrRefusesAsTheHistoryAlone(
        LifecycleCommand[] commands, HistoryMutation mutation, bool tampered, byte estimate, ushort planned, ushort recorded, ushort actions)
    {
        var world = new TestWorld();
        var history = Recorded(world, commands, mutation, tampered);
        var exact = HistoryRoom.Count(history);
        var room = (estimate % 5) switch
        {
            0 => new HistoryRoom(0, 0, 0),
            1 => new HistoryRoom(exact.Planned % (1 + (planned % 8)), exact.Recorded / 2, exact.Actions % (1 + (actions % 8))),
            2 => new HistoryRoom(exact.Planned + (planned % 4096), exact.Recorded + (recorded % 4096), exact.Actions + (actions % 4096)),
            3 => new HistoryRoom(planned % 4096, recorded % 4096, actions % 4096),
            _ => HistoryRoom.Estimate(history),
        };

        var plain = Outcome(() => Intervention.FromHistory(new ReadOnlyCollection<InterventionEvent>(history), world.Agency));
        var made = Outcome(() => Intervention.Rebuild(history, world.Agency, prefetchAbove: estimate % 2 == 0 ? 0 : int.MaxValue, room));

        Assert.Equal(plain, made);
    }

    /// <summary>
    /// Sessions planned and held first, two per command: most histories pass the length from which sessions and actions are
    /// counted before the rebuild; then the commands, whatever they make of it; then, if asked, the history tampered with.
    /// </summary>
    private static InterventionEvent[] Recorded(TestWorld world, LifecycleCommand[] commands, HistoryMutation mutation, bool tampered)
    {
        var intervention = world.Active();
        for (var i = 0; i < commands.Length * 2; i++)
        {
            var session = SessionId.New();
            var start = world.Clock.GetCurrentInstant() + Duration.FromHours(3);
            intervention.PlanSession(session, start.InUtc().LocalDateTime, "America/Toronto", world.Counsellor);
            world.Clock.Reset(start + Duration.FromMinutes(5));
            intervention.RecordSession(session, world.Clock.GetCurrentInstant(), TestWorld.Concrete(), (SessionProgress)(i % 3), world.Counsellor);
        }

        foreach (var command in commands)
        {
            intervention = LifecycleProperties.ApplyOrKeep(world, intervention, command);
        }

        return tampered ? [.. HistoryValidationProperties.Tamper(intervention.History, mutation)] : [.. intervention.History];
    }

    /// <summary>What a rebuild gives, as text to compare: everything observable of the intervention, or the refusal.</summary>
    private static string Outcome(System.Func<Intervention> rebuild)
    {
        try
        {
            var rebuilt = rebuild();
            return string.Join(
                "\n",
                LifecycleProperties.Snapshot.Of(rebuilt).ToString(),
                string.Join("|", rebuilt.Sessions),
                string.Join("|", rebuilt.ActionPlan.Select(a => $"{a.Id}/{a.Status}/{a.IsReviewed}/{a.ReviewedAt}")),
                rebuilt.History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (InvalidHistoryException refused)
        {
            return $"refused at {refused.Position} ({refused.EventType}): {string.Join(",", refused.Codes)}";
        }
    }
}
