using System;
using System.Linq;
using Counselling.Core.Common;
using Counselling.Core.Evaluation.Criteria;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Core.Tests.Evaluation;

/// <summary>
/// The engine takes an instant's date in a record's zone from the zone's offset and day arithmetic rather than through a
/// zoned value: it must give exactly the zoned value's date, in every zone of the time-zone database, at any supported
/// instant, on both sides of every offset change and of every local midnight.
/// </summary>
public sealed class ZoneDatesProperties
{
    private static readonly DateTimeZone[] Zones =
        [DateTimeZone.Utc, DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(-9, -30)), .. DateTimeZoneProviders.Tzdb.Ids.Select(id => DateTimeZoneProviders.Tzdb[id])];

    private static readonly long SpanTicks = (SupportedDates.MaximumInstant - SupportedDates.MinimumInstant).BclCompatibleTicks;

    [Property(MaxTest = 3000, Arbitrary = new[] { typeof(ZoneDatesProperties) })]
    public bool DateIn_GivesTheZonedDate_AroundOffsetChangesAndMidnights(ZonedCase @case)
    {
        var zone = Zones[@case.Zone];
        var at = @case.At;
        var interval = zone.GetZoneInterval(at);
        var midnight = zone.AtStartOfDay(at.InZone(zone).Date).ToInstant();
        Instant?[] anchors = [at, interval.HasStart ? interval.Start : null, interval.HasEnd ? interval.End : null, midnight, midnight + Duration.FromDays(1)];
        return anchors.OfType<Instant>()
            .SelectMany(a => new[] { a, a - Duration.Epsilon, a + Duration.Epsilon, a - Duration.FromTicks(1), a + @case.Nudge, a - Duration.FromHours(25), a + Duration.FromHours(25) })
            .Where(SupportedDates.Contains)
            .All(i => ZoneDates.DateIn(i, zone) == i.InZone(zone).Date);
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(ZoneDatesProperties) })]
    public bool FromEpochDay_GivesTheDateThatManyDaysFromTheEpoch(ZonedCase @case)
    {
        // Days across nearly all NodaTime can hold (years -9797 to 9909), before and after the epoch.
        var days = @case.Day;
        var expected = Instant.FromUnixTimeTicks(days * NodaConstants.TicksPerDay).InUtc().Date;
        return ZoneDates.FromEpochDay(days) == expected && ZoneDates.FromEpochDay(days - 1) == expected.PlusDays(-1);
    }

    /// <summary>Cases drawn over the whole range: any zone, any supported instant, a nudge of up to a day, any day number.</summary>
    public static Arbitrary<ZonedCase> Cases()
        => Arb.From(
            from zone in Gen.Choose(0, Zones.Length - 1)
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            from nudge in Gen.Choose(-86_400, 86_400)
            from nanos in Gen.Choose(0, 999_999_999)
            from day in Gen.Choose(-4_300_000, 2_900_000)
            select new ZonedCase(
                zone,
                SupportedDates.MinimumInstant + Duration.FromTicks((long)((((ulong)high << 31) | (uint)low) % (ulong)SpanTicks)) + Duration.FromNanoseconds(nanos % 100),
                Duration.FromSeconds(nudge) + Duration.FromNanoseconds(nanos),
                day));

    /// <summary>One case: a zone's index, an instant, a nudge and a day number.</summary>
    public sealed record ZonedCase(int Zone, Instant At, Duration Nudge, long Day);
}
