using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Counselling.Core.Common;

/// <summary>
/// The one checker of the limits in <see cref="TextLimits"/> and <see cref="SupportedDates"/>: every text, date and
/// instant the aggregate and its value types accept goes through it. Its exceptions name the field and the limit,
/// never the value, and carry a coded <see cref="Reason"/> (<see cref="ArgumentReason"/>).
/// </summary>
internal static class Bounds
{
    /// <summary>A text that must show something: not <see langword="null"/>, not blank, within the limit, valid Unicode.</summary>
    public static string Required(string? value, int limit, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (ShowsNothing(value))
        {
            throw ArgumentReason.Attach(new ArgumentException("The text must show something: it holds only white space, control or invisible format characters.", name), ArgumentReason.Blank);
        }

        return Optional(value, limit, name)!;
    }

    /// <summary>A text that may be absent or empty; when given, within the limit and valid Unicode.</summary>
    public static string? Optional(string? value, int limit, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            return null;
        }

        if (Problem(value, limit, name ?? "text") is { } reason)
        {
            throw ArgumentReason.Attach(new ArgumentException(reason.Code == TooLongCode
                ? "The text is longer than " + limit.ToString(CultureInfo.InvariantCulture) + " characters."
                : "The text is not valid Unicode: it holds a lone surrogate.", name), reason);
        }

        return value;
    }

    /// <summary>What is wrong with a text given its limit, or <see langword="null"/> when it is acceptable.</summary>
    public static Reason? Problem(string value, int limit, string field)
    {
        if (value.Length > limit)
        {
            return new Reason(TooLongCode, new ReasonArgument("field", field), new ReasonArgument("limit", limit));
        }

        return IsValidUnicode(value) ? null : new Reason("text.invalid-unicode", new ReasonArgument("field", field));
    }

    /// <summary>Whether a text shows nothing: empty, or only white space, control and format characters (<c>\u200B</c>, <c>\uFEFF</c>, <c>\0</c>).</summary>
    public static bool ShowsNothing(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every surrogate is paired.</summary>
    public static bool IsValidUnicode(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A date within <see cref="SupportedDates"/>.</summary>
    public static LocalDate Date(LocalDate value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => SupportedDates.Contains(value) ? value : throw OutOfRange(name);

    /// <summary>An instant within <see cref="SupportedDates"/>.</summary>
    public static Instant Instant(Instant value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => SupportedDates.Contains(value) ? value : throw OutOfRange(name);

    /// <summary>The reason for a date or instant outside <see cref="SupportedDates"/>.</summary>
    public static Reason DateOutOfRange(string field)
        => new("date.out-of-range", new ReasonArgument("field", field), new ReasonArgument("from", SupportedDates.MinimumDate), new ReasonArgument("to", SupportedDates.MaximumDate));

    /// <summary>The exception for a date or instant outside <see cref="SupportedDates"/>, naming the field, not the value.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string? name)
        => ArgumentReason.Attach(
            new ArgumentOutOfRangeException(name, "The date lies outside the supported range, 1900-01-01 to 9000-12-31."),
            DateOutOfRange(name ?? "date"));

    private const string TooLongCode = "text.too-long";
}
