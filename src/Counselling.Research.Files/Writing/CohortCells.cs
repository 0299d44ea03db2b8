using System;
using System.Globalization;
using Counselling.Research.Files.Reading;
using NodaTime;

namespace Counselling.Research.Files.Writing;

/// <summary>The text of each cell of a <see cref="CohortRow"/>, as the readers parse it back: one place for CSV and JSON Lines.</summary>
internal static class CohortCells
{
    public enum Kind
    {
        Text,
        Number,
        YesNo,
    }

    /// <summary>What a file writes where it recorded that nothing happened; an empty cell means not recorded.</summary>
    public const string None = "none";

    public static Kind KindOf(int column) => column switch
    {
        >= 10 and <= 14 or 17 or 19 or 20 => Kind.Number,
        18 => Kind.YesNo,
        _ => Kind.Text,
    };

    /// <summary>Writes a cell into <paramref name="into"/> (at least 64 characters) and returns its length, or returns a string for free text; -1 when the cell is empty.</summary>
    public static int Format(CohortRow row, int column, Span<char> into, out string? text)
    {
        text = null;
        switch (column)
        {
            case 0: text = row.CaseId; return text.Length;
            case 1: text = row.ClientId; return text?.Length ?? -1;
            case 2: text = row.CounsellorId; return text?.Length ?? -1;
            case 3: text = row.Programme; return text.Length;
            case 4: text = row.Site; return text?.Length ?? -1;
            case 5: text = row.Zone; return text?.Length ?? -1;
            case 6: return Date(row.OpenedOn, into);
            case 7: return Date(row.ClosedOn, into);
            case 8: text = row.ClosureReason is { } r ? ClosureReasons.Name(r) : null; return text?.Length ?? -1;
            case 9: return Date(row.PlannedEnd, into);
            case >= 10 and <= 20 when (row.Blanks & BlankOf(column)) != 0: return -1;
            case 10: return Int(row.SessionsPlanned, into);
            case 11: return Int(row.SessionsHeld, into);
            case 12: return Int(row.SessionsWithOutcome, into);
            case 13: return Int(row.ActionsAgreed, into);
            case 14: return Int(row.ActionsDone, into);
            case 15: return OrNone(Date(row.DecisionOn, into), out text);
            case 16: return OrNone(Date(row.EmploymentOrTrainingOn, into), out text);
            case 17: return OrNone(Int(row.Satisfaction, into), out text);
            case 18: text = row.WouldRecommend is { } w ? (w ? "yes" : "no") : None; return text.Length;
            case 19: return OrNone(Int(row.AutonomyAtIntake, into), out text);
            case 20: return OrNone(Int(row.AutonomyAtClosure, into), out text);
            case 21: text = row.Note; return text?.Length ?? -1;
            default: throw new ArgumentOutOfRangeException(nameof(column));
        }
    }

    /// <summary>The flag of an evidence column (10 to 20) in <see cref="CohortRow.Blanks"/>.</summary>
    public static CohortBlanks BlankOf(int column) => (CohortBlanks)(1 << (column - 10));

    public static int Date(LocalDate? date, Span<char> into)
    {
        if (date is not { } d)
        {
            return -1;
        }

        d.Year.TryFormat(into, out _, "D4", CultureInfo.InvariantCulture);
        into[4] = '-';
        d.Month.TryFormat(into[5..], out _, "D2", CultureInfo.InvariantCulture);
        into[7] = '-';
        d.Day.TryFormat(into[8..], out _, "D2", CultureInfo.InvariantCulture);
        return 10;
    }

    private static int OrNone(int length, out string? text)
    {
        text = length < 0 ? None : null;
        return length < 0 ? None.Length : length;
    }

    private static int Int(int? value, Span<char> into)
        => value is { } v && v.TryFormat(into, out var written, default, CultureInfo.InvariantCulture) ? written : -1;
}
