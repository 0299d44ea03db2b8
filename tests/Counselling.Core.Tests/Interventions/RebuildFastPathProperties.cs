using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Interventions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Interventions;

/// <summary>
/// The rebuild's shortcuts give exactly the answers of the plain computations they stand for: a session's local start
/// read through the last zone interval equals the zone's lenient mapping (across gaps, overlaps and zones whose rules
/// change often); a list searched from its last item first finds what a search from the start finds.
/// </summary>
public sealed class RebuildFastPathProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FastPathArbitraries) })]
    public void LocalStarts_ReadThroughTheLastInterval_AreTheLenientMapping(LocalStartWalk walk)
    {
        var intervention = new TestWorld().Open();
        var zones = DateTimeZoneProviders.Tzdb;
        foreach (var (zoneId, start) in walk.Steps)
        {
            Assert.Equal(zones[zoneId].AtLeniently(start).ToInstant(), intervention.ToInstant(start, zoneId));
        }
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FastPathArbitraries) })]
    public void IndexedList_FindsWhatALinearSearchFinds(int[] added, int[] sought)
    {
        var list = new IndexedList<SessionId, Box>(static b => b.Id);
        var order = new List<SessionId>();
        foreach (var key in added.Distinct())
        {
            var id = Id(key);
            list.Add(new Box(id));
            order.Add(id);
            foreach (var probe in sought)
            {
                Assert.Equal(order.IndexOf(Id(probe)), list.IndexOf(Id(probe)));
            }

            Assert.Equal(order.Count - 1, list.IndexOf(id));
        }
    }

    /// <summary>Asking for an identifier's slot ahead (a prefetch) changes nothing the index finds, new or known.</summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FastPathArbitraries) })]
    public void IndexedList_PrefetchedSlots_ChangeNothingFound(int[] added, int[] sought)
    {
        var list = new IndexedList<SessionId, Box>(static b => b.Id);
        var order = new List<SessionId>();
        foreach (var key in added.Distinct())
        {
            list.Prefetch(Id(key));
            list.Add(new Box(Id(key)));
            order.Add(Id(key));
            foreach (var probe in sought)
            {
                list.Prefetch(Id(probe));
                Assert.Equal(order.IndexOf(Id(probe)), list.IndexOf(Id(probe)));
                Assert.Equal(!order.Contains(Id(probe)), list.IsNew(Id(probe)));
            }
        }
    }

    /// <summary>
    /// A list whose first array is made short (one to three items) reads at each step as a plain list of the same items:
    /// the same count, items in order by position and by enumeration, the same positions found, the same refusal of an
    /// identifier already present.
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(FastPathArbitraries) })]
    public void IndexedList_MadeShort_ReadsAsAPlainList(int[] added, int[] sought)
    {
        var firstLength = 1 + ((added.Length + sought.Length) % 3);
        var list = new IndexedList<SessionId, Box>(static b => b.Id, firstLength);
        var plain = new List<Box>();
        foreach (var key in added)
        {
            var box = new Box(Id(key));
            if (plain.Exists(b => b.Id == box.Id))
            {
                Assert.Throws<ArgumentException>(() => list.Add(box));
                continue;
            }

            list.Add(box);
            plain.Add(box);
            Assert.Equal(plain.Count, list.Count);
            Assert.Equal(plain, Enumerable.Range(0, list.Count).Select(i => list[i]));
            var read = new List<Box>();
            foreach (var item in list)
            {
                read.Add(item);
            }

            Assert.Equal(plain, read);
            Assert.All(sought, key => Assert.Equal(plain.FindIndex(b => b.Id == Id(key)), list.IndexOf(Id(key))));
        }
    }

    private static SessionId Id(int key) => new(new Guid(key + 1, 0, 0, new byte[8]));

    private sealed record Box(SessionId Id);
}

/// <summary>A walk of local starts, each in one of several zones, moving by up to three days at a time.</summary>
/// <param name="Steps">The zone identifiers and local starts, in order.</param>
public sealed record LocalStartWalk(IReadOnlyList<(string ZoneId, LocalDateTime Start)> Steps)
{
    /// <summary>Shows the walk's first step and length.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Steps.Count == 0 ? "[]" : Steps[0] + " … " + Steps.Count + " steps";
}

/// <summary>Generators for the fast-path properties.</summary>
public static class FastPathArbitraries
{
    private static readonly string[] Zones =
    [
        "America/Toronto", "Europe/Brussels", "Australia/Lord_Howe", "Africa/Casablanca", "America/Sao_Paulo",
        "America/St_Johns", "Asia/Kolkata", "Pacific/Apia", "Europe/Dublin", "UTC",
    ];

    public static Arbitrary<LocalStartWalk> Walks()
    {
        var start =
            from year in Gen.Choose(2000, 2040)
            from month in Gen.OneOf(Gen.Elements(3, 4, 10, 11), Gen.Choose(1, 12))
            from day in Gen.Choose(1, 28)
            from minute in Gen.Choose(0, (24 * 60) - 1)
            select new LocalDateTime(year, month, day, 0, 0).PlusMinutes(minute);
        var step =
            from zone in Gen.OneOf(Gen.Constant(-1), Gen.Choose(0, Zones.Length - 1))
            from move in Gen.OneOf(Gen.Choose(-90, 90), Gen.Choose(-3 * 24 * 60, 3 * 24 * 60))
            select (zone, move);
        var walk =
            from first in start
            from zone in Gen.Choose(0, Zones.Length - 1)
            from steps in step.ListOf(30)
            select Walk(first, zone, steps);
        return Arb.From(walk);
    }

    public static Arbitrary<int[]> Keys() => Arb.From(Gen.Choose(0, 40).ArrayOf(30));

    private static LocalStartWalk Walk(LocalDateTime first, int zone, IEnumerable<(int Zone, int Move)> moves)
    {
        var steps = new List<(string, LocalDateTime)> { (Zones[zone], first) };
        var at = first;
        foreach (var (next, move) in moves)
        {
            // Most steps stay in the zone, so the last interval is read; a few change zones.
            zone = next < 0 ? zone : next;
            at = at.PlusMinutes(move);
            steps.Add((Zones[zone], at));
        }

        return new LocalStartWalk(steps);
    }
}
