using System;
using System.Globalization;

namespace Counselling.Research.Files;

/// <summary>
/// What is wrong with one record of a cohort file: where (the line, counted from 1 with the header, and the column) and
/// what (a stable code). It never carries the value itself, which may be personal data.
/// </summary>
/// <param name="Line">The line of the file, from 1 (a CSV file's header is line 1).</param>
/// <param name="Field">The column at fault, or <see langword="null"/> when the whole line is.</param>
/// <param name="Code">The code, one of <see cref="CohortFileCodes"/>.</param>
public readonly record struct CohortProblem(long Line, string? Field, string Code)
{
    /// <summary>Describes the problem in a culture: French for any <c>fr</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text, such as <c>line 12, opened_on: not a date (yyyy-MM-dd)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var french = culture.TwoLetterISOLanguageName == "fr";
        var what = CohortFileMessages.Text(Code, french);
        var line = Line.ToString(CultureInfo.InvariantCulture);
        var where = french ? "ligne " + line : "line " + line;
        return Field is null ? where + " : " + what : where + ", " + Field + (french ? " : " : ": ") + what;
    }

    /// <summary>Describes the problem in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(CultureInfo.InvariantCulture).Replace(" : ", ": ", StringComparison.Ordinal);
}
