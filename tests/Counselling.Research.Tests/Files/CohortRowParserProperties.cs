using System;
using System.Globalization;
using Counselling.Research.Files.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Counselling.Research.Tests.Files;

public sealed class CohortRowParserProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CellTexts) })]
    public bool Digits_ReadAsIntTryParseReadsThem(CellText cell)
    {
        var parsed = int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var expected);
        return CohortRowParser.TryDigits(cell.Text, out var value) == parsed && value == expected;
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(CellTexts) })]
    public bool Date_ReadAsItsDigitsAndTheCalendarReadThem(DateText cell)
    {
        // The reference: the three parts read as whole numbers, the month's length asked of the ISO calendar.
        var text = cell.Text;
        var expected = text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year is >= 1900 and <= 9000 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                ? new LocalDate(year, month, day) : (LocalDate?)null;
        var read = CohortRowParser.TryDate(text, out var date);
        return read == expected.HasValue && (!read || date == expected!.Value);
    }
}

/// <summary>A date cell: years, months and days around the limits (leap years, month ends, 1900 and 9000), sometimes a character changed.</summary>
public sealed record DateText(string Text);

/// <summary>A cell's text: digits, leading zeros, signs, spaces, dots and letters, up to 14 characters.</summary>
public sealed record CellText(string Text);

public static class CellTexts
{
    public static Arbitrary<CellText> Texts()
        => Arb.From(
            from length in Gen.Choose(0, 14)
            from chars in Gen.Elements("0000123456789 -+.a\u0663".ToCharArray()).ArrayOf(length)
            select new CellText(new string(chars)));

    public static Arbitrary<DateText> Dates()
        => Arb.From(
            from year in Gen.OneOf(Gen.Elements("1899", "1900", "1904", "2000", "2023", "2024", "2100", "2400", "8999", "9000", "9001", "0000"), Gen.Choose(0, 9999).Select(y => y.ToString("D4", CultureInfo.InvariantCulture)))
            from month in Gen.Choose(0, 13)
            from day in Gen.Choose(0, 32)
            from change in Gen.Choose(-10, 9)
            from other in Gen.Elements("/- a\u0663+.09".ToCharArray())
            let text = FormattableString.Invariant($"{year}-{month:D2}-{day:D2}")
            select new DateText(change < 0 ? text : text[..change] + other + text[(change + 1)..]));
}
