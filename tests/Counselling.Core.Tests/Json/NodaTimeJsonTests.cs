using System.Linq;
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

    /// <summary>
    /// Instants are read from the bytes when in the form the package writes: any text, well formed or not, is read exactly
    /// as NodaTime's own extended ISO pattern reads it, or refused as it refuses it.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property InstantText_IsReadExactlyAsNodaTimeReadsIt()
    {
        var digit = Gen.Elements("0123456789".ToCharArray());
        var anyChar = Gen.Elements("0123456789-:TZ.+ x".ToCharArray());
        var wellFormed = Gen.Choose(0, 9999).SelectMany(y => Gen.Choose(0, 13).SelectMany(m => Gen.Choose(0, 32).SelectMany(d => Gen.Choose(0, 25).SelectMany(h => Gen.Choose(0, 61).SelectMany(mi => Gen.Choose(0, 61).SelectMany(sec =>
            Gen.Choose(0, 11).SelectMany(n => digit.ArrayOf(n)).Select(f => $"{y:D4}-{m:D2}-{d:D2}T{h:D2}:{mi:D2}:{sec:D2}{(f.Length == 0 ? "" : "." + new string(f))}Z")))))));
        var mutated = wellFormed.SelectMany(text => Gen.Choose(0, text.Length - 1).SelectMany(at => anyChar.Select(c => text[..at] + c + text[(at + 1)..])));
        return Prop.ForAll(Arb.From(Gen.OneOf(wellFormed, mutated)), text =>
        {
            var expected = NodaTime.Text.InstantPattern.ExtendedIso.Parse(text);
            Instant? read;
            try
            {
                read = JsonSerializer.Deserialize<Instant>("\"" + text + "\"", JsonAssert.Options);
            }
            catch (JsonException)
            {
                read = null;
            }

            return expected.Success ? read == expected.Value : read is null;
        });
    }

    [Fact]
    public void InstantText_AtEveryMonthsEnd_OfFourCenturiesAndTheLastYears_IsReadExactlyAsNodaTimeReadsIt()
    {
        var years = Enumerable.Range(0, 2401).Concat(Enumerable.Range(9990, 10));
        foreach (var year in years)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 28; day <= 31; day++)
                {
                    var text = $"{year:D4}-{month:D2}-{day:D2}T23:59:59Z";
                    var expected = NodaTime.Text.InstantPattern.ExtendedIso.Parse(text);
                    var read = Counselling.Core.Json.InstantConverter.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var instant) ? instant : (Instant?)null;
                    Assert.True(expected.Success ? read == expected.Value : read is null, text);
                }
            }
        }
    }

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
