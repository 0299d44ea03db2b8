using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Counselling.Core.Evidence;
using Counselling.Research.Files.Evaluation;
using NodaTime;

namespace Counselling.Research.Files.Reading;

/// <summary>Turns the cells of one line into a <see cref="CohortRow"/>, or names the first cell at fault. Codes and zones are interned.</summary>
internal sealed class CohortRowParser
{
    private const int MaximumCount = 10_000;
    private const int MaximumCode = 64;
    private const int SeenSlots = 1024;
    private static readonly int CaseIdColumn = CohortColumns.IndexOf(CohortColumns.CaseId);
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The last values each code column (by its index) accepted, eight at most, and where the next one goes.</summary>
    private readonly string?[][] _recent = [.. Enumerable.Range(0, CohortColumns.All.Count).Select(_ => new string?[8])];
    private readonly int[] _nextRecent = new int[CohortColumns.All.Count];

    /// <summary>The texts interned lately, by <see cref="SlotOf"/>.</summary>
    private readonly string?[] _seen = new string?[SeenSlots];

    public CohortRowParser() => _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Gets the day numbers of the dates of the last row parsed (<see cref="CohortRecordMapper.DayOf"/>), found from their
    /// digits: a run's worker hands them to its evaluator with the row rather than have them found again from the dates.
    /// </summary>
    public CohortRecordMapper.RowDays Days { get; private set; }

    /// <summary>
    /// Gets or sets whether rows are given their case and client ids. A run that only counts cases, grouped by values
    /// other than these ids, never reads them: it sets this to <see langword="false"/> and rows get an empty case id and
    /// no client id, sparing two strings a line (an empty case id is still refused as missing).
    /// </summary>
    public bool KeepsIds { get; set; } = true;

    /// <summary>
    /// Gets or sets whether rows are given their note. A run that evaluates rows never reads their note (nor writes it):
    /// it sets this to <see langword="false"/>, sparing a copy of the text on the many lines that carry one.
    /// </summary>
    public bool KeepsNote { get; set; } = true;

    /// <summary>Parses the cells of one line into a new row, or into <paramref name="reuse"/> when given (its values all replaced).</summary>
    public bool TryParse(FieldBuffer cells, long line, out CohortRow? row, out CohortProblem problem, CohortRow? reuse = null)
    {
        row = null;
        problem = default;
        var p = new Cursor(cells, line);
        var caseId = KeepsIds ? p.Text(CaseIdColumn, CohortColumns.CaseId, required: true) : p.Present(CaseIdColumn, CohortColumns.CaseId);
        var clientId = KeepsIds ? p.Text(1, CohortColumns.ClientId) : null;
        var counsellorId = p.Cells[2].IsEmpty ? null : Interned(p.Cells[2]);
        var programme = Code(ref p, 3, CohortColumns.Programme, required: true);
        var site = Code(ref p, 4, CohortColumns.Site);
        var zone = Code(ref p, 5, CohortColumns.Zone, zoneId: true);
        var opened = p.Date(6, CohortColumns.OpenedOn, out var openedDay, required: true);
        var closed = p.Date(7, CohortColumns.ClosedOn, out var closedDay);
        var reason = p.Closure(8, CohortColumns.ClosureReason);
        var plannedEnd = p.Date(9, CohortColumns.PlannedEnd, out var plannedEndDay);
        var planned = p.Count(10, CohortColumns.SessionsPlanned, CohortBlanks.SessionsPlanned);
        var held = p.Count(11, CohortColumns.SessionsHeld, CohortBlanks.SessionsHeld);
        var withOutcome = p.Count(12, CohortColumns.SessionsWithOutcome, CohortBlanks.SessionsWithOutcome);
        var agreed = p.Count(13, CohortColumns.ActionsAgreed, CohortBlanks.ActionsAgreed);
        var done = p.Count(14, CohortColumns.ActionsDone, CohortBlanks.ActionsDone);
        var decision = p.Event(15, CohortColumns.DecisionOn, CohortBlanks.DecisionOn, out var decisionDay);
        var employment = p.Event(16, CohortColumns.EmploymentOrTrainingOn, CohortBlanks.EmploymentOrTrainingOn, out var employmentDay);
        var satisfaction = p.Score(17, CohortColumns.Satisfaction, CohortBlanks.Satisfaction);
        var recommend = p.YesNo(18, CohortColumns.WouldRecommend, CohortBlanks.WouldRecommend);
        var autonomyIntake = p.Score(19, CohortColumns.AutonomyAtIntake, CohortBlanks.AutonomyAtIntake);
        var autonomyClosure = p.Score(20, CohortColumns.AutonomyAtClosure, CohortBlanks.AutonomyAtClosure);
        var note = KeepsNote ? p.Text(21, CohortColumns.Note) : null;
        if (p.Problem is { } first)
        {
            problem = first;
            return false;
        }

        // A count left blank is unknown: it bounds nothing. Dates are compared by their day numbers (a date not given has
        // none, below every day: never before the opening), which order them as the dates do.
        var blanks = p.Blanks;
        var inconsistent = held > planned && (blanks & CohortBlanks.SessionsPlanned) == 0 ? CohortColumns.SessionsHeld
            : withOutcome > held && (blanks & CohortBlanks.SessionsHeld) == 0 ? CohortColumns.SessionsWithOutcome
            : done > agreed && (blanks & CohortBlanks.ActionsAgreed) == 0 ? CohortColumns.ActionsDone
            : Before(closedDay, openedDay) ? CohortColumns.ClosedOn
            : closed is null != reason is null ? CohortColumns.ClosureReason
            : Before(decisionDay, openedDay) ? CohortColumns.DecisionOn
            : Before(employmentDay, openedDay) ? CohortColumns.EmploymentOrTrainingOn
            : null;
        if (inconsistent is not null)
        {
            problem = new CohortProblem(line, inconsistent, CohortFileCodes.Inconsistent);
            return false;
        }

        // A run's worker fills the same row for every line (a row it never hands out); a reader makes a new one each time.
        row = reuse ?? new CohortRow { CaseId = caseId!, Programme = programme!, OpenedOn = opened!.Value };
        row.Set(caseId!, clientId, counsellorId, programme!, site, zone, opened!.Value, closed, reason, plannedEnd, planned, held, withOutcome, agreed, done, decision, employment, satisfaction, recommend, autonomyIntake, autonomyClosure, blanks, note);
        Days = new CohortRecordMapper.RowDays(openedDay, closedDay, plannedEndDay, decisionDay, employmentDay);
        return true;
    }

    /// <summary>Whether a date given (a day number other than <see cref="CohortRecordMapper.NoDay"/>) falls before another.</summary>
    private static bool Before(int day, int other) => day != CohortRecordMapper.NoDay && day < other;

    /// <summary>A code (programme, site) as the evaluation accepts it, or a zone id (any short line of text, checked against the zones later).</summary>
    private string? Code(ref Cursor p, int column, string name, bool required = false, bool zoneId = false)
    {
        var text = p.Cells[column];
        if (text.IsEmpty)
        {
            if (required)
            {
                p.Fail(name, CohortFileCodes.ValueMissing);
            }

            return null;
        }

        // The few values a column repeats (three programmes, four sites, a few zones) are found again among the last ones
        // that column accepted, without checking them again nor hashing them.
        // Most values of a column differ from the others in their length or their first or last character: only a value
        // that has these in common with the text is compared whole.
        var recent = _recent[column];
        foreach (var known in recent)
        {
            if (known is not null && known.Length == text.Length && known[0] == text[0] && known[^1] == text[^1] && text.SequenceEqual(known))
            {
                return known;
            }
        }

        if (text.Length > MaximumCode || (zoneId ? text.ContainsAny('\r', '\n') : !EvidenceGuard.IsCode(text)))
        {
            p.Fail(name, CohortFileCodes.CodeInvalid);
            return null;
        }

        var interned = Interned(text);
        recent[_nextRecent[column]] = interned;
        _nextRecent[column] = (_nextRecent[column] + 1) % recent.Length;
        return interned;
    }

    /// <summary>One string for each text that repeats through a file (codes, zones, counsellors), up to 4,096 of them.</summary>
    private string Interned(ReadOnlySpan<char> text)
    {
        // The strings met lately, by a slot their last characters choose: most texts are found there, compared without
        // the dictionary's hash of the whole text.
        var slot = SlotOf(text);
        if (_seen[slot] is { } seen && text.SequenceEqual(seen))
        {
            return seen;
        }

        if (!_lookup.TryGetValue(text, out var interned))
        {
            interned = new string(text);
            if (_codes.Count < 4096)
            {
                _codes[interned] = interned;
            }
        }

        _seen[slot] = interned;
        return interned;
    }

    /// <summary>The slot of <see cref="_seen"/> for a text: its length and last three characters, mixed.</summary>
    private static int SlotOf(ReadOnlySpan<char> text)
    {
        // Unchecked: the mix only needs to spread the texts, its overflow is part of it.
        unchecked
        {
            var hash = (uint)text.Length;
            for (var i = Math.Max(0, text.Length - 3); i < text.Length; i++)
            {
                hash = (hash * 31) + text[i];
            }

            return (int)((hash ^ (hash >> 8)) & (SeenSlots - 1));
        }
    }

    /// <summary>Reads cells one by one and keeps the first problem met.</summary>
    private ref struct Cursor(FieldBuffer cells, long line)
    {
        public readonly FieldBuffer Cells = cells;

        public CohortProblem? Problem { get; private set; }

        public CohortBlanks Blanks { get; private set; }

        public void Fail(string field, string code) => Problem ??= new CohortProblem(line, field, code);

        public string? Text(int column, string name, bool required = false)
        {
            var text = Cells[column];
            if (text.IsEmpty)
            {
                if (required)
                {
                    Fail(name, CohortFileCodes.ValueMissing);
                }

                return null;
            }

            return new string(text);
        }

        /// <summary>A text that must be there, checked as <see cref="Text"/> checks it, but not copied: an empty string stands for it.</summary>
        public string? Present(int column, string name)
        {
            if (Cells[column].IsEmpty)
            {
                Fail(name, CohortFileCodes.ValueMissing);
                return null;
            }

            return string.Empty;
        }

        public LocalDate? Date(int column, string name, out int day, bool required = false)
        {
            day = CohortRecordMapper.NoDay;
            var text = Cells[column];
            if (text.IsEmpty)
            {
                if (required)
                {
                    Fail(name, CohortFileCodes.ValueMissing);
                }

                return null;
            }

            if (TryDate(text, out var date, out day))
            {
                return date;
            }

            Fail(name, CohortFileCodes.DateInvalid);
            return null;
        }

        public int Count(int column, string name, CohortBlanks blank)
        {
            var text = Cells[column];
            if (text.IsEmpty)
            {
                Blanks |= blank;
                return 0;
            }

            if (IsNone(text))
            {
                return 0;
            }

            if (TryDigits(text, out var value) && value <= MaximumCount)
            {
                return value;
            }

            Fail(name, CohortFileCodes.CountInvalid);
            return 0;
        }

        /// <summary>A date of evidence: blank is not recorded, <c>none</c> is recorded as not happened.</summary>
        public LocalDate? Event(int column, string name, CohortBlanks blank, out int day)
        {
            day = CohortRecordMapper.NoDay;
            var text = Cells[column];
            if (text.IsEmpty)
            {
                Blanks |= blank;
                return null;
            }

            return IsNone(text) ? null : Date(column, name, out day);
        }

        public int? Score(int column, string name, CohortBlanks blank)
        {
            var text = Cells[column];
            if (text.IsEmpty || IsNone(text))
            {
                Blanks |= text.IsEmpty ? blank : CohortBlanks.None;
                return null;
            }

            if (TryDigits(text, out var value) && value is >= 1 and <= 5)
            {
                return value;
            }

            Fail(name, CohortFileCodes.ScoreInvalid);
            return null;
        }

        public bool? YesNo(int column, string name, CohortBlanks blank)
        {
            var text = Cells[column];
            if (text.IsEmpty || IsNone(text))
            {
                Blanks |= text.IsEmpty ? blank : CohortBlanks.None;
                return null;
            }

            if (text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text is "1")
            {
                return true;
            }

            if (text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text is "0")
            {
                return false;
            }

            Fail(name, CohortFileCodes.YesNoInvalid);
            return null;
        }

        public ClosureReason? Closure(int column, string name)
        {
            var text = Cells[column];
            if (text.IsEmpty)
            {
                return null;
            }

            if (ClosureReasons.TryParse(text, out var reason))
            {
                return reason;
            }

            Fail(name, CohortFileCodes.ClosureReasonInvalid);
            return null;
        }
    }

    /// <summary>The word a file writes where it recorded that nothing happened (any case).</summary>
    internal static bool IsNone(ReadOnlySpan<char> text) => text.Equals("none", StringComparison.OrdinalIgnoreCase);

    /// <summary>A whole number written with digits only, as <c>int.TryParse</c> with <see cref="NumberStyles.None"/> reads it (leading zeros allowed), up to 9 significant digits.</summary>
    internal static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (unchecked((uint)(text.Length - 1)) < 9)
        {
            // One to nine characters, leading zeros included: digits only always fit, no need to find the first significant one.
            foreach (var c in text)
            {
                var digit = unchecked((uint)(c - '0'));
                if (digit > 9)
                {
                    value = 0;
                    return false;
                }

                value = unchecked((value * 10) + (int)digit);
            }

            return true;
        }

        var significant = text.TrimStart('0');
        if (text.IsEmpty || significant.Length > 9)
        {
            // Ten digits or more may still be an int (2147483647): the full parse decides.
            return !text.IsEmpty && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        foreach (var c in significant)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    internal static bool TryDate(ReadOnlySpan<char> text, out LocalDate date) => TryDate(text, out date, out _);

    /// <summary><see cref="TryDate(ReadOnlySpan{char}, out LocalDate)"/>, giving the date's day number too (<see cref="CohortRecordMapper.DayOf"/>), from its digits.</summary>
    internal static bool TryDate(ReadOnlySpan<char> text, out LocalDate date, out int dayNumber)
    {
        date = default;
        dayNumber = CohortRecordMapper.NoDay;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        // Eight digits at known places, each checked and weighed in place (no loop, no calendar asked for the month's length).
        uint y0 = unchecked((uint)(text[0] - '0')), y1 = unchecked((uint)(text[1] - '0')), y2 = unchecked((uint)(text[2] - '0')), y3 = unchecked((uint)(text[3] - '0'));
        uint m0 = unchecked((uint)(text[5] - '0')), m1 = unchecked((uint)(text[6] - '0')), d0 = unchecked((uint)(text[8] - '0')), d1 = unchecked((uint)(text[9] - '0'));
        if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9))
        {
            return false;
        }

        var year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
        var month = (int)((m0 * 10) + m1);
        var day = (int)((d0 * 10) + d1);
        if (year is < 1900 or > 9000 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        dayNumber = CohortRecordMapper.DayNumber(year, month, day);
        return true;
    }

    /// <summary>The days of a month of the ISO calendar (proleptic Gregorian).</summary>
    private static int DaysInMonth(int year, int month)
        => month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
            : 30 + ((month + (month >> 3)) & 1);
}
