using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Interventions;
using Counselling.Core.Objectives;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The action plan keeps each status and review beside its action and makes the action's new form only when it is read:
/// against a plain list whose actions are replaced by <see cref="PlanAction.WithStatus"/> and <see cref="PlanAction.Review"/>
/// at each change, it holds equal actions, tells their status and review without reading them, refuses the same changes
/// with the same exception, and gives the same object at every read until the action changes again.
/// </summary>
public sealed class ActionListProperties
{
    private static readonly Actor Owner = Actor.Client(new ClientId(new Guid(7, 0, 0, new byte[8])));

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ActionListArbitraries) })]
    public void ActionList_ChangedInPlace_ReadsAsAListOfActionsReplacedAtEachChange(ActionScript script)
    {
        var list = new ActionList(script.ChangeShift, (script.EntryShift, script.EntryShift));
        var expected = new List<PlanAction>();
        var lastRead = new Dictionary<int, PlanAction>();
        foreach (var (op, value) in script.Steps)
        {
            var at = expected.Count == 0 ? -1 : value % expected.Count;
            switch (op)
            {
                case 0:
                    list.EnsureCapacity(value);
                    break;
                case 1 when at >= 0:
                    var status = (PlanActionStatus)(value % 6);
                    Same(() => expected[at] = expected[at].WithStatus(status), () => list.RecordStatus(at, status));
                    lastRead.Remove(at);
                    break;
                case 2 when at >= 0:
                    var session = Session((value / 3) % 4);
                    var outcome = (PlanActionStatus)((value / 2) % 6);
                    Same(() => expected[at] = expected[at].Review(session, outcome), () => list.Review(at, session, outcome));
                    lastRead.Remove(at);
                    break;
                case 3 when at >= 0:
                    var read = list[at];
                    Assert.Equal(expected[at], read);
                    if (lastRead.TryGetValue(at, out var before))
                    {
                        Assert.Same(before, read);
                    }

                    lastRead[at] = read;
                    Assert.Same(read, list.Find(read.Id));
                    break;
                default:
                    var action = new PlanAction(Id(value % 50), "apply", Owner, Session(value % 2));
                    if (expected.Any(a => a.Id == action.Id))
                    {
                        Assert.Throws<ArgumentException>(() => list.Add(action));
                    }
                    else
                    {
                        list.Add(action);
                        expected.Add(action);
                    }

                    break;
            }

            Assert.Equal(expected.Count, list.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Status, list.StatusAt(i));
                Assert.Equal(expected[i].IsReviewed, list.IsReviewedAt(i));
                Assert.Equal(expected[i].Id, list.Stored(i).Id);
                Assert.Equal(i, list.IndexOf(expected[i].Id));
            }
        }

        var enumerated = new List<PlanAction>();
        foreach (var action in list)
        {
            enumerated.Add(action);
        }

        Assert.Equal(expected, enumerated);
        Assert.Equal(expected, list.View);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Same(enumerated[i], list.View[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => list[expected.Count]);
    }

    /// <summary>Both changes succeed, or both throw the same exception with the same message.</summary>
    private static void Same(Action plain, Action changed)
    {
        Exception? expected = null;
        try
        {
            plain();
        }
        catch (Exception e)
        {
            expected = e;
        }

        if (expected is null)
        {
            changed();
            return;
        }

        var actual = Assert.Throws(expected.GetType(), changed);
        Assert.Equal(expected.Message, actual.Message);
    }

    private static PlanActionId Id(int key) => new(new Guid(key + 1, 0, 0, new byte[8]));

    private static SessionId Session(int key) => key == 3 ? default : new(new Guid(key + 1, 1, 0, new byte[8]));
}

/// <summary>Steps applied to an action plan kept in small chunks.</summary>
/// <param name="EntryShift">The base-2 logarithm of the actions' chunks (0 to 3).</param>
/// <param name="ChangeShift">The same for the changes kept beside them.</param>
/// <param name="Steps">Each step: 0 to make room ahead, 1 to record a status, 2 to review, 3 to read an action, else to add one.</param>
public sealed record ActionScript(int EntryShift, int ChangeShift, (int Op, int Value)[] Steps)
{
    /// <summary>Shows the chunks' sizes and the steps.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"actions in chunks of {1 << EntryShift}, changes in chunks of {1 << ChangeShift}: {string.Join(" ", Steps.Select(s => $"{s.Op}:{s.Value}"))}";
}

/// <summary>Generators for the action plan's property.</summary>
public static class ActionListArbitraries
{
    public static Arbitrary<ActionScript> Scripts()
    {
        var step =
            from op in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Constant(1)), (4, Gen.Constant(2)), (4, Gen.Constant(3)), (5, Gen.Constant(4)))
            from value in Gen.Choose(0, 80)
            select (op, value);
        var script =
            from entryShift in Gen.Choose(0, 3)
            from changeShift in Gen.Choose(0, 3)
            from steps in Gen.Sized(size => step.ArrayOf(Math.Min(120, 4 + (size * 2))))
            select new ActionScript(entryShift, changeShift, steps);
        return Arb.From(script);
    }
}
