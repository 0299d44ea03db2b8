using System.Runtime.CompilerServices;
using NodaTime;

namespace Counselling.Core.Evaluation.Criteria;

/// <summary>
/// The date of an instant in a zone, as <c>instant.InZone(zone).Date</c> gives it, without building a zoned value: the
/// zone's offset at the instant, then the civil date of the day the shifted instant falls on. A summary asks this once
/// per record, and the zoned value's own conversion (through the calendar's tables) costs as much as judging a criterion.
/// </summary>
internal static class ZoneDates
{
    /// <summary>Days from 0000-03-01 (the start of a 400-year cycle counted from March) to 1970-01-01.</summary>
    private const int EpochShift = 719_468;

    /// <summary>Days in 400 Gregorian years.</summary>
    private const int DaysPerEra = 146_097;

    /// <summary>The date of an instant in a zone, in the ISO calendar: exactly <c>instant.InZone(zone).Date</c>.</summary>
    /// <param name="instant">The instant, within the supported dates.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The date.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static LocalDate DateIn(Instant instant, DateTimeZone zone)
    {
        // Ticks are floored towards the start of time, and offsets are whole seconds, so the floored day of the floored
        // local ticks is the day of the exact local instant.
        var local = instant.ToUnixTimeTicks() + zone.GetUtcOffset(instant).Ticks;
        return FromEpochDay(local >= 0 ? local / NodaConstants.TicksPerDay : ((local + 1) / NodaConstants.TicksPerDay) - 1);
    }

    /// <summary>The ISO date of a day counted from 1970-01-01 (negative before), by the civil-calendar arithmetic of 400-year eras starting in March.</summary>
    /// <param name="days">The day number, within the dates NodaTime holds (so that every step fits 32 bits, whose divisions by a constant are cheaper).</param>
    /// <returns>The date.</returns>
    public static LocalDate FromEpochDay(long days)
    {
        unchecked
        {
            var z = (int)days + EpochShift;
            var era = (z >= 0 ? z : z - (DaysPerEra - 1)) / DaysPerEra;
            var dayOfEra = z - (era * DaysPerEra);
            var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / (DaysPerEra - 1))) / 365;
            var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
            var monthFromMarch = ((5 * dayOfYear) + 2) / 153;
            var day = dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1;
            var month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
            return new LocalDate(yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, day);
        }
    }
}
