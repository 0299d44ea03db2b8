using System;
using Counselling.Core.Common;
using Counselling.Core.Periservice;
using NodaTime;

namespace Counselling.Benchmarks.Periservice;

/// <summary>
/// A reproducible cohort of interventions for the periservice benchmarks: each joins a group, has four sessions a
/// week apart (in chronological order) and is closed, in Brussels, Paris or Toronto, across 2026's changes of the
/// clocks: 13 touchpoints each under the default policy.
/// </summary>
public static class PeriserviceCohort
{
    public static readonly string[] Zones = ["Europe/Brussels", "Europe/Paris", "America/Toronto"];

    public const int TouchpointsEach = 13;

    public static ServiceAnchors[] Generate(int count, int seed = 20260329)
    {
        var random = new Random(seed);
        var result = new ServiceAnchors[count];
        var origin = new LocalDate(2026, 1, 5);
        for (var i = 0; i < count; i++)
        {
            var zone = Zones[i % Zones.Length];
            var start = origin.PlusDays(random.Next(0, 330)).At(new LocalTime(random.Next(9, 17), random.Next(0, 4) * 15));
            var sessions = new SessionAnchor[4];
            for (var s = 0; s < sessions.Length; s++)
            {
                sessions[s] = new SessionAnchor(new SessionId(Guid.NewGuid()), start.PlusDays(2 + (7 * s)), zone);
            }

            var closedAt = DateTimeZoneProviders.Tzdb[zone].AtLeniently(start.PlusDays(30).PlusHours(2)).ToInstant();
            result[i] = new ServiceAnchors(
                new InterventionId(Guid.NewGuid()),
                zone,
                ContactPreferences.Digital,
                sessions,
                new GroupAnchor(Guid.NewGuid(), start, zone),
                closedAt);
        }

        return result;
    }
}
