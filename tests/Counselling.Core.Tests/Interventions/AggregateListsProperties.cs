using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation;
using Counselling.Core.Interventions;
using Counselling.Core.Tests.Properties;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The aggregate's own lists give what plain lists gave: a session changes in place only while nobody outside the
/// intervention was given it, so a session handed out never changes afterwards; an aggregate whose sessions were read
/// after every action (each change then makes a new session) and the same history rebuilt without anybody reading them
/// (each change made in place) hold equal sessions, actions, history and case record; the history and the lists read
/// through their views as they read through copies.
/// </summary>
public sealed class AggregateListsProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public void SessionsHandedOut_NeverChange_AndEqualThoseChangedInPlaceByARebuild(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var handedOut = new List<(Session Session, string Seen)>();
        var intervention = Run(world, commands, after =>
        {
            Assert.All(handedOut, seen => Assert.Equal(seen.Seen, Describe(seen.Session)));
            handedOut.AddRange(after.Sessions.Select(s => (s, Describe(s))));
            if (after.Sessions.Count > 0)
            {
                var last = after.Sessions[^1];
                Assert.Same(last, after.FindSession(last.Id));
            }
        });

        var rebuilt = Intervention.FromHistory(intervention.History, world.Agency);

        Assert.Equal(intervention.Sessions, rebuilt.Sessions);
        Assert.Equal(intervention.Sessions.Select(Describe), rebuilt.Sessions.Select(Describe));
        Assert.Equal(intervention.ActionPlan, rebuilt.ActionPlan);
        Assert.Equal(intervention.History, rebuilt.History);
        Assert.Equal(LifecycleProperties.Snapshot.Of(intervention), LifecycleProperties.Snapshot.Of(rebuilt));
        var record = intervention.ToCaseRecord("site-1");
        var rebuiltRecord = rebuilt.ToCaseRecord("site-1");
        Assert.Equal(record.Sessions, rebuiltRecord.Sessions);
        Assert.Equal(record.Actions, rebuiltRecord.Actions);
        Assert.Equal(record.Options, rebuiltRecord.Options);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public void OptionsHandedOut_NeverChange_AndEqualThoseGivenTheirStatusInPlaceByARebuild(LifecycleCommand[] commands)
    {
        var world = new TestWorld();
        var handedOut = new List<(PlanOption Option, string Seen)>();
        var intervention = Run(world, commands, after =>
        {
            Assert.All(handedOut, seen => Assert.Equal(seen.Seen, Describe(seen.Option)));
            handedOut.AddRange(after.Options.Select(o => (o, Describe(o))));
            if (after.Options.Count > 0)
            {
                var last = after.Options[^1];
                Assert.Same(last, after.FindOption(last.Label));
            }
        });

        var rebuilt = Intervention.FromHistory(intervention.History, world.Agency);

        Assert.Equal(intervention.Options.Select(Describe), rebuilt.Options.Select(Describe));
        Assert.Equal(intervention.Options, rebuilt.Options);
        Assert.Equal(intervention.ToCaseRecord("site-1").Options, rebuilt.ToCaseRecord("site-1").Options);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(Arbitraries) })]
    public void ViewsOfTheHistoryAndLists_ReadAsCopiesOfThem(LifecycleCommand[] commands)
    {
        var intervention = Run(new TestWorld(), commands, static _ => { });
        var history = intervention.History;
        var copy = history.ToArray();
        Assert.Equal(intervention.Version, history.Count);
        Assert.Equal(copy.Length, history.Count);
        for (var i = 0; i < copy.Length; i++)
        {
            Assert.Same(copy[i], history[i]);
            Assert.Equal(i + 1, copy[i].Position);
        }

        Assert.Equal(copy, history.Select(e => e));
        Assert.Same(copy[^1], history[^1]);
        Assert.Equal(copy[^1].At, intervention.LastChangeAt);
        Assert.Equal(copy.Skip(intervention.LoadedVersion), intervention.UncommittedEvents);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => history[copy.Length]);
        Assert.True(((ICollection<Counselling.Core.Interventions.Events.InterventionEvent>)history).IsReadOnly);
        Assert.Throws<System.NotSupportedException>(() => ((IList<Counselling.Core.Interventions.Events.InterventionEvent>)history).Add(copy[0]));

        var actions = intervention.ActionPlan.ToArray();
        Assert.Equal(actions, intervention.ActionPlan.Select(a => a));
        Assert.All(actions, a => Assert.Same(a, intervention.FindAction(a.Id)));
        var sessions = intervention.Sessions.ToArray();
        Assert.Equal(sessions.Length, sessions.Select(s => s.Id).Distinct().Count());
        Assert.All(sessions, s => Assert.Same(s, intervention.FindSession(s.Id)));
    }

    /// <summary>Applies the commands in turn, a refused one changing nothing, and looks at the intervention after each.</summary>
    private static Intervention Run(TestWorld world, LifecycleCommand[] commands, System.Action<Intervention> after)
    {
        var intervention = world.Open();
        foreach (var command in commands)
        {
            intervention = LifecycleProperties.ApplyOrKeep(world, intervention, command);

            after(intervention);
        }

        return intervention;
    }

    private static string Describe(PlanOption o) => $"{o.Label}/{o.Status}/{o.ExpectedBy}/{o.StatusKnownAt}/{o.AddedAt}/{o.Decisions.Length}";

    private static string Describe(Session s) => $"{s.Id}/{s.Status}/{s.HeldAt}/{s.PlannedStart}/{s.ZoneId}/{s.Progress}/{string.Join(",", s.Outcomes)}";
}
