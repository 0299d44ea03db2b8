using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Interventions.Events;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Properties;

/// <summary>
/// The validated rebuild over random histories: every history the aggregate records rebuilds equal; every tampered
/// history (an event dropped, duplicated, swapped, relabelled, two writers' appends spliced) is refused with
/// <see cref="InvalidHistoryException"/>, unless the intent methods themselves record exactly that history, in which
/// case the rebuild equals what they record.
/// </summary>
public sealed class HistoryValidationProperties
{
    private static readonly Func<Instant, Actor, InterventionEvent>[] Relabels =
    [
        static (at, by) => new IntakeStarted(at, by),
        static (at, by) => new IntakeCompleted(at, by),
        static (at, by) => new InterventionActivated(at, by),
        static (at, by) => new InterventionResumed(at, by),
        static (at, by) => new FollowUpStarted(at, by),
        static (at, by) => new ActiveHelpResumed(at, by),
        static (at, by) => new ReferralStatusRecorded(LifecycleProperties.Referral(0), Counselling.Core.Services.ReferralAction.Cancel, at, by),
        static (at, by) => new InterventionClosed(ClosureReason.ReferredElsewhere, at, by),
        static (at, by) => new SessionCancelled(LifecycleProperties.Session(0), at, by),
    ];

    [Property(Arbitrary = new[] { typeof(Arbitraries), typeof(HistoryArbitraries) }, MaxTest = 1000)]
    public void EveryHistoryTheAggregateRecords_RebuildsEqual_AtItsVersion(LifecycleCommand[] commands)
    {
        var (world, intervention) = Run(commands);

        var rebuilt = Intervention.FromHistory(intervention.History, world.Agency);

        Assert.Equal(intervention.History, rebuilt.History);
        Assert.Equal(LifecycleProperties.Snapshot.Of(intervention), LifecycleProperties.Snapshot.Of(rebuilt));
        Assert.Equal(rebuilt.Version, rebuilt.LoadedVersion);
        Assert.Empty(rebuilt.UncommittedEvents);
        Assert.Equal(Enumerable.Range(1, intervention.Version), intervention.History.Select(e => e.Position));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries), typeof(HistoryArbitraries) }, MaxTest = 1000)]
    public void EveryTamperedHistory_IsRefused_UnlessTheIntentMethodsRecordIt(LifecycleCommand[] commands, HistoryMutation mutation)
    {
        var (world, intervention) = Run(commands);
        var tampered = Tamper(intervention.History, mutation);

        Intervention? rebuilt = null;
        try
        {
            rebuilt = Intervention.FromHistory(tampered, world.Agency);
        }
        catch (InvalidHistoryException refusal)
        {
            Assert.NotEmpty(refusal.Reasons);
            Assert.InRange(refusal.Position, 1, tampered.Count + 1);
            Assert.All(refusal.Reasons, r => Assert.DoesNotContain("[", r.Describe(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal));
        }

        var produced = IntentReplay.Produces(tampered, world.Zones);
        var positioned = tampered.Select((e, i) => e.Position == 0 || e.Position == i + 1).All(ok => ok);
        if (rebuilt is not null)
        {
            Assert.True(produced, "The rebuild accepted a history the intent methods do not record: " + mutation);
            Assert.Equal(LifecycleProperties.Snapshot.Of(IntentReplay.Play(tampered, world.Zones)!), LifecycleProperties.Snapshot.Of(rebuilt));
        }
        else
        {
            Assert.False(produced && positioned, "The rebuild refused a history the intent methods record: " + mutation);
        }
    }

    internal static (TestWorld World, Intervention Intervention) Run(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var intervention = world.Open();
        foreach (var command in commands)
        {
            intervention = LifecycleProperties.ApplyOrKeep(world, intervention, command);
        }

        return (world, intervention);
    }

    internal static List<InterventionEvent> Tamper(IReadOnlyList<InterventionEvent> history, HistoryMutation m)
    {
        var events = history.ToList();
        var i = m.I % events.Count;
        var j = m.J % events.Count;
        switch (m.Kind)
        {
            case 0:
                events.RemoveAt(i);
                break;
            case 1:
                events.Insert(i, events[i]);
                break;
            case 2:
                (events[i], events[j]) = (events[j], events[i]);
                break;
            case 3:
                events[i] = Relabels[m.J % Relabels.Length](events[i].At, events[i].By) with { Position = events[i].Position };
                break;
            default:
                // Two writers loaded the same version and both appended: the second's events follow the first's.
                var version = Math.Max(1, i);
                events.AddRange(history.Skip(version));
                break;
        }

        return m.KeepPositions ? events : [.. IntentReplay.Unpositioned(events)];
    }
}

/// <summary>Generators of tampering.</summary>
public static class HistoryArbitraries
{
    public static Arbitrary<HistoryMutation> Mutations()
        => Arb.From(
            from kind in Gen.Choose(0, 4)
            from i in Gen.Choose(0, 60)
            from j in Gen.Choose(0, 60)
            from keep in Gen.Elements(true, false)
            select new HistoryMutation(kind, i, j, keep));
}
