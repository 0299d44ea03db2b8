using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Counselling.Research.Files.Reading;

/// <summary>
/// ISO dates (<c>yyyy-MM-dd</c>) read and written as NodaTime's <see cref="LocalDatePattern.Iso"/> does, the usual ones
/// by hand: NodaTime's text patterns are built on first use (about 120 methods compiled), which a run that only
/// reads <c>--as-of</c> and prints it in a title need not pay for. Anything unusual goes to the pattern itself.
/// </summary>
internal static class IsoDates
{
    /// <summary>Formats a date as <see cref="LocalDatePattern.Iso"/> does.</summary>
    public static string Format(LocalDate date)
        => date.Calendar == CalendarSystem.Iso && date.Year is >= 0 and <= 9999
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}")
            : LocalDatePattern.Iso.Format(date);

    /// <summary>Parses a date as <see cref="LocalDatePattern.Iso"/> does.</summary>
    public static bool TryParse(string text, out LocalDate date)
    {
        if (CohortRowParser.TryDate(text, out date))
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
