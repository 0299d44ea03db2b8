using System;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using FsCheck;
using FsCheck.Fluent;

namespace Counselling.Core.Tests.Services;

/// <summary>A client and a catalogue drawn at random, as plain data the properties rebuild and judge independently.</summary>
public sealed record SuggestionCase(ServiceSpec[] Services, ClientSpec Client, int Limit);

/// <summary>A service as plain data.</summary>
public sealed record ServiceSpec(int[] Barriers, int? MinimumAge, int? MaximumAge, string[] Areas, string[] Statuses, bool Active, bool Internal);

/// <summary>A client as plain data.</summary>
public sealed record ClientSpec(int[] Barriers, int? Age, string? Area, string[] Statuses);

/// <summary>One step of a random lifecycle run: an action, who attempts it, for which participant, and how the clock moves (minutes, possibly back).</summary>
public sealed record LifecycleStep(int Action, int Actor, int Participant, int ClockMinutes);

/// <summary>The generators of the service properties, kept together.</summary>
public static class ServicesArbitraries
{
    private static readonly string[] AreaPool = ["fr", "fr/93", "fr/93/93066", "fr/75", "ca/qc", "ca/qc/montreal"];
    private static readonly string[] StatusPool = ["youth", "job-seeker", "benefits-recipient", "refugee"];

    private static Gen<int[]> Barriers(int max) =>
        from count in Gen.Choose(0, max)
        from items in Gen.Choose(1, 12).ArrayOf(count)
        select items.Distinct().ToArray();

    private static Gen<string[]> Subset(string[] pool, int max) =>
        from count in Gen.Choose(0, max)
        from items in Gen.Elements(pool).ArrayOf(count)
        select items.Distinct().ToArray();

    public static Arbitrary<SuggestionCase> Cases()
    {
        var service =
            from barriers in Barriers(3)
            from min in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(14, 30).Select(a => (int?)a)))
            from span in Gen.Choose(0, 40)
            from hasMax in Gen.Elements(true, false)
            from areas in Subset(AreaPool, 2)
            from statuses in Subset(StatusPool, 2)
            from active in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
            from isInternal in Gen.Elements(true, false)
            select new ServiceSpec(barriers, min, hasMax ? (min ?? 14) + span : null, areas, statuses, active, isInternal);
        var client =
            from barriers in Barriers(4)
            from age in Gen.Frequency((1, Gen.Constant<int?>(null)), (5, Gen.Choose(14, 70).Select(a => (int?)a)))
            from area in Gen.Frequency((1, Gen.Constant<string?>(null)), (5, Gen.Elements(AreaPool).Select(a => (string?)a)))
            from statuses in Subset(StatusPool, 2)
            select new ClientSpec(barriers, age, area, statuses);
        var cases =
            from count in Gen.Choose(0, 40)
            from services in service.ArrayOf(count)
            from c in client
            from limit in Gen.Choose(1, 15)
            select new SuggestionCase(services, c, limit);
        return Arb.From(cases);
    }

    public static Arbitrary<LifecycleStep[]> Steps()
    {
        var step =
            from action in Gen.Choose(0, 7)
            from actor in Gen.Choose(0, 3)
            from participant in Gen.Choose(0, 5)
            from clock in Gen.Frequency((12, Gen.Choose(0, 3 * 24 * 60)), (1, Gen.Choose(-90, -1)), (1, Gen.Choose(7 * 24 * 60, 30 * 24 * 60)))
            select new LifecycleStep(action, actor, participant, clock);
        var steps = from length in Gen.Choose(0, 30) from items in step.ArrayOf(length) select items;
        return Arb.From(steps, Shrink);
    }

    internal static ServiceCatalogue Build(ServiceSpec[] specs)
    {
        var org = new OrganizationId("org");
        var services = specs.Select((s, i) => new Service(new ServiceId("s" + i), org, "Service " + (i % 7), s.Internal ? ServiceProvision.Internal : ServiceProvision.External)
        {
            Barriers = [.. s.Barriers.Select(b => (BarrierCategory)b)],
            IsActive = s.Active,
            Eligibility = new Eligibility { MinimumAge = s.MinimumAge, MaximumAge = s.MaximumAge, Areas = [.. s.Areas.Select(a => new AreaCode(a))], Statuses = [.. s.Statuses] },
        });
        return ServiceCatalogue.Create([new Organization(org, "Org")], [], services);
    }

    internal static ClientProfile Build(ClientSpec spec)
        => new(spec.Barriers.Select(b => (BarrierCategory)b), age: spec.Age, area: spec.Area is null ? null : new AreaCode(spec.Area), statuses: spec.Statuses);

    private static IEnumerable<LifecycleStep[]> Shrink(LifecycleStep[] steps)
    {
        if (steps.Length > 1)
        {
            yield return steps[..(steps.Length / 2)];
        }

        for (var i = steps.Length - 1; i >= 0; i--)
        {
            yield return steps.Where((_, j) => j != i).ToArray();
        }
    }
}
