using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Counselling.Core.Tests.Json;

/// <summary>Every NodaTime type the events carry (Instant, LocalDate, LocalDateTime, Period) round-trips as an ISO string.</summary>
public sealed class NodaTimeJsonTests
{
    [Fact]
    public void NodaTimeValues_AreIsoStrings()
    {
        Assert.Equal("\"2026-03-02T14:00:00Z\"", JsonSerializer.Serialize(Instant.FromUtc(2026, 3, 2, 14, 0), JsonAssert.Options));
        Assert.Equal("\"2026-03-02\"", JsonSerializer.Serialize(new LocalDate(2026, 3, 2), JsonAssert.Options));
        Assert.Equal("\"2026-03-29T02:30:00\"", JsonSerializer.Serialize(new LocalDateTime(2026, 3, 29, 2, 30), JsonAssert.Options));
        Assert.Equal("\"P6M\"", JsonSerializer.Serialize(Period.FromMonths(6), JsonAssert.Options));
    }

    [Property(MaxTest = 1000)]
    public Property Instants_RoundTrip_ToTheTick()
        => Prop.ForAll(
            Arb.From(Gen.Choose(-100_000, 100_000).SelectMany(days => Gen.Choose(0, int.MaxValue).Select(ticks => Instant.FromUnixTimeTicks((days * 864_000_000_000L) + ticks)))),
            instant => JsonAssert.RoundTrip(instant) == instant);

    [Property(MaxTest = 1000)]
    public Property LocalDatesAndDateTimes_RoundTrip()
        => Prop.ForAll(
            Arb.From(Gen.Choose(-200_000, 200_000).SelectMany(days => Gen.Choose(0, 86_399).Select(seconds => new LocalDate(2000, 1, 1).PlusDays(days).At(LocalTime.FromSecondsSinceMidnight(seconds))))),
            dateTime => JsonAssert.RoundTrip(dateTime) == dateTime && JsonAssert.RoundTrip(dateTime.Date) == dateTime.Date);

    [Property(MaxTest = 1000)]
    public Property Periods_RoundTrip_Exactly()
        => Prop.ForAll(
            Arb.From(Gen.Choose(0, 40).SelectMany(y => Gen.Choose(0, 30).SelectMany(m => Gen.Choose(0, 60).Select(d => Period.FromYears(y) + Period.FromMonths(m) + Period.FromDays(d))))),
            period => JsonAssert.RoundTrip(period).Equals(period));

    [Fact]
    public void NullableNodaTimeValues_RoundTrip()
    {
        Assert.Null(JsonAssert.RoundTrip<LocalDate?>(null));
        Assert.Equal(new LocalDate(2026, 7, 6), JsonAssert.RoundTrip<LocalDate?>(new LocalDate(2026, 7, 6)));
    }
}
