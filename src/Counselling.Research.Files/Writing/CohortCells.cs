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
            case 10: return Int(row.SessionsPlanned, into);
            case 11: return Int(row.SessionsHeld, into);
            case 12: return Int(row.SessionsWithOutcome, into);
            case 13: return Int(row.ActionsAgreed, into);
            case 14: return Int(row.ActionsDone, into);
            case 15: return Date(row.DecisionOn, into);
            case 16: return Date(row.EmploymentOrTrainingOn, into);
            case 17: return Int(row.Satisfaction, into);
            case 18: text = row.WouldRecommend is { } w ? (w ? "yes" : "no") : null; return text?.Length ?? -1;
            case 19: return Int(row.AutonomyAtIntake, into);
            case 20: return Int(row.AutonomyAtClosure, into);
            case 21: text = row.Note; return text?.Length ?? -1;
            default: throw new ArgumentOutOfRangeException(nameof(column));
        }
    }

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

    private static int Int(int? value, Span<char> into)
        => value is { } v && v.TryFormat(into, out var written, default, CultureInfo.InvariantCulture) ? written : -1;
}
