using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Counselling.Core.Json;

/// <summary>
/// Reads an <see cref="Instant"/> in the form this package writes, <c>2026-03-02T14:00:00Z</c> with up to nine digits of
/// fraction, straight from the reader's bytes; any other text goes to NodaTime's own converter (wrapped, so its errors
/// quote no stored value), which accepts or refuses it exactly as before. Writing is NodaTime's.
/// </summary>
internal sealed class InstantConverter : JsonConverter<Instant>, IPlainTextReader<Instant>
{
    private const int WholeSeconds = 20;
    private const int LongestFraction = 9;

    private readonly JsonConverter<Instant> _nodaTime;

    public InstantConverter(JsonConverter<Instant> nodaTime) => _nodaTime = nodaTime;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryParse(reader.ValueSpan, out var instant)
            ? instant
            : _nodaTime.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => _nodaTime.Write(writer, value, options);

    /// <summary>The instant of a plain string's bytes in the written form; any other text is left to NodaTime.</summary>
    public bool TryReadPlain(ReadOnlySpan<byte> text, out Instant value) => TryParse(text, out value);

    /// <summary>Parses <c>uuuu-MM-ddTHH:mm:ss[.F…]Z</c>; <see langword="false"/> for anything else, left to NodaTime.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> text, out Instant instant)
    {
        instant = default;
        if (text.Length < WholeSeconds || text.Length > WholeSeconds + 1 + LongestFraction || text[^1] != (byte)'Z'
            || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':')
        {
            return false;
        }

        // Each pair of digits at its place, -1 for a pair that is not two digits.
        var century = Pair(text, 0);
        var yearOfCentury = Pair(text, 2);
        var month = Pair(text, 5);
        var day = Pair(text, 8);
        var hour = Pair(text, 11);
        var minute = Pair(text, 14);
        var second = Pair(text, 17);
        if ((century | yearOfCentury | month | day | hour | minute | second) < 0)
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;

        var nanoseconds = 0;
        if (text.Length > WholeSeconds)
        {
            // ".F…": one to nine digits of fraction.
            var digits = text.Length - WholeSeconds - 1;
            if (text[19] != (byte)'.' || digits == 0 || !Digits(text, 20, digits, out nanoseconds))
            {
                return false;
            }

            for (var i = digits; i < LongestFraction; i++)
            {
                nanoseconds *= 10;
            }
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // The same instant as Instant.FromUtc gives, counted straight from the civil date (no LocalDateTime on the way).
        var seconds = (DaysSinceEpoch(year, month, day) * 86_400L) + (hour * 3_600) + (minute * 60) + second;
        instant = nanoseconds == 0 ? Instant.FromUnixTimeSeconds(seconds) : Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanoseconds);
        return true;
    }

    /// <summary>The days of a month in the ISO calendar (the proleptic Gregorian one), as <c>CalendarSystem.Iso.GetDaysInMonth</c> gives them.</summary>
    private static int DaysInMonth(int year, int month)
        => month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
            : month is 4 or 6 or 9 or 11 ? 30
            : 31;

    /// <summary>The days from 1970-01-01 to a valid ISO date of a year from 0 to 9999 (the proleptic Gregorian calendar).</summary>
    private static long DaysSinceEpoch(int year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097L) + dayOfEra - 719_468;
    }

    /// <summary>The number two digits at <paramref name="start"/> write, or -1 when either is not a digit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Pair(ReadOnlySpan<byte> text, int start)
    {
        var tens = unchecked((uint)(text[start] - '0'));
        var ones = unchecked((uint)(text[start + 1] - '0'));
        return tens <= 9 && ones <= 9 ? (int)((tens * 10) + ones) : -1;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
