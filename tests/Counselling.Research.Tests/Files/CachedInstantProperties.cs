using System;
using Counselling.Research.Files.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Research.Tests.Files;

/// <summary>The mapper's remembered instants are those of the dates asked, whatever the order, the zones and the dates sharing a slot.</summary>
public sealed class CachedInstantProperties
{
    private static readonly string[] Zones = ["Europe/Paris", "America/Toronto", "Pacific/Kiritimati", "Etc/UTC", "Australia/Lord_Howe"];

    [Property(MaxTest = 1000)]
    public bool Cached_IsAlwaysTheInstantOfNoonInTheZone(int seed)
    {
        var random = new Random(seed);
        var mapper = new CohortRecordMapper(DateTimeZoneProviders.Tzdb);
        var anchor = new LocalDate(random.Next(1900, 2100), 1, 1);
        for (var i = 0; i < 200; i++)
        {
            // Dates near each other, and dates sixteen, thirty-two or more years apart that fall in the same slot.
            var date = anchor.PlusDays(random.Next(0, 2000)).PlusYears(16 * random.Next(0, 4) * (random.Next(2) == 0 ? 1 : -1));
            var zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
            if (mapper.Cached(date, zone) != CohortRecordMapper.At(date, zone))
            {
                return false;
            }
        }

        return true;
    }
}
