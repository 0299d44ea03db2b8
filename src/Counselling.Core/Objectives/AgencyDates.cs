using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>Reads the date of an instant in the agency's zone, for every instant NodaTime can hold.</summary>
internal static class AgencyDates
{
    // Offsets reach at most ±18 hours: within a day of either end, a zoned date would leave the calendar's range.
    private static readonly Instant Earliest = Instant.MinValue.Plus(Duration.FromDays(1));
    private static readonly Instant Latest = Instant.MaxValue.Minus(Duration.FromDays(1));

    public static LocalDate DateOf(Instant instant, DateTimeZone zone)
    {
        var safe = instant < Earliest ? Earliest : instant > Latest ? Latest : instant;
        return safe.InZone(zone).Date;
    }
}
