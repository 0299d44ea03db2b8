using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>
/// When touchpoints may reach a client: between an opening and a closing time of day (both included), on days that are
/// not closed. The hours outside are quiet hours; closed days are the weekdays the agency never sends on and the
/// non-working dates the host supplies (public holidays, the agency's closures). Times are read on the client's local clock.
/// </summary>
/// <remarks>
/// The rule that moves a touchpoint: forward to the next allowed time (the same moment if allowed; the opening time if
/// earlier in an open day; otherwise the opening time of the next open day). A touchpoint that must come before its
/// anchor and would reach or pass it when moved forward goes backward instead, to the previous allowed time (the
/// same moment if allowed; the closing time if later in an open day; otherwise the closing time of the previous open
/// day). Immutable and thread-safe.
/// </remarks>
public sealed class SendingWindow
{
    private readonly FrozenSet<LocalDate> _closedDates;
    private readonly int _closedDaysMask;

    /// <summary>Initializes a new window.</summary>
    /// <param name="opensAt">The first local time of day a touchpoint may go.</param>
    /// <param name="closesAt">The last local time of day a touchpoint may go; after <paramref name="opensAt"/>.</param>
    /// <param name="closedDates">The non-working dates, in the client's calendar; none when <see langword="null"/>.</param>
    /// <param name="closedDays">The weekdays never sent on; none when <see langword="null"/>. At least one weekday stays open.</param>
    /// <exception cref="ArgumentException"><paramref name="closesAt"/> is not after <paramref name="opensAt"/>, or every weekday is closed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weekday is undefined.</exception>
    public SendingWindow(LocalTime opensAt, LocalTime closesAt, IEnumerable<LocalDate>? closedDates = null, IEnumerable<IsoDayOfWeek>? closedDays = null)
    {
        if (closesAt <= opensAt)
        {
            throw new ArgumentException("The window closes after it opens, on the same day.", nameof(closesAt));
        }

        OpensAt = opensAt;
        ClosesAt = closesAt;
        _closedDates = (closedDates ?? []).ToFrozenSet();
        foreach (var day in closedDays ?? [])
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(closedDays), "IsoDayOfWeek has no such day.");
            }

            _closedDaysMask |= 1 << (int)day;
        }

        if (_closedDaysMask == 0b1111_1110)
        {
            throw new ArgumentException("At least one weekday stays open.", nameof(closedDays));
        }
    }

    /// <summary>Gets the default window: 09:00 to 19:00 every day, no non-working date.</summary>
    public static SendingWindow Default { get; } = new(new LocalTime(9, 0), new LocalTime(19, 0));

    /// <summary>Gets the first local time of day a touchpoint may go.</summary>
    public LocalTime OpensAt { get; }

    /// <summary>Gets the last local time of day a touchpoint may go.</summary>
    public LocalTime ClosesAt { get; }

    /// <summary>Gets the non-working dates.</summary>
    public IReadOnlySet<LocalDate> ClosedDates => _closedDates;

    /// <summary>Gets the weekdays never sent on, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> ClosedDays
        => [.. Enumerable.Range(1, 7).Where(d => (_closedDaysMask & (1 << d)) != 0).Select(d => (IsoDayOfWeek)d)];

    /// <summary>Returns a window with more non-working dates.</summary>
    /// <param name="dates">The dates to close.</param>
    /// <returns>The new window; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is <see langword="null"/>.</exception>
    public SendingWindow WithClosedDates(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new(OpensAt, ClosesAt, _closedDates.Concat(dates), ClosedDays);
    }

    /// <summary>Gets a value indicating whether a date is open (neither a closed weekday nor a non-working date).</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> if touchpoints may go that day.</returns>
    public bool IsOpen(LocalDate date)
        => (_closedDaysMask & (1 << (int)date.DayOfWeek)) == 0 && (_closedDates.Count == 0 || !_closedDates.Contains(date));

    /// <summary>Gets a value indicating whether a touchpoint may go at a local date and time.</summary>
    /// <param name="local">The local date and time on the client's clock.</param>
    /// <returns><see langword="true"/> if the day is open and the time lies between the opening and closing times.</returns>
    public bool IsAllowed(LocalDateTime local)
    {
        var time = local.TimeOfDay;
        return time >= OpensAt && time <= ClosesAt && IsOpen(local.Date);
    }

    /// <summary>Gets the next allowed local time at or after a local time.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>The same moment if allowed; otherwise the next opening time.</returns>
    internal LocalDateTime NextAllowed(LocalDateTime local)
    {
        var date = local.Date;
        var time = local.TimeOfDay;
        if (IsOpen(date))
        {
            if (time < OpensAt)
            {
                return date + OpensAt;
            }

            if (time <= ClosesAt)
            {
                return local;
            }
        }

        do
        {
            date = date.PlusDays(1);
        }
        while (!IsOpen(date));
        return date + OpensAt;
    }

    /// <summary>Gets the latest allowed local time at or before a local time.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>The same moment if allowed; otherwise the previous closing time.</returns>
    internal LocalDateTime PreviousAllowed(LocalDateTime local)
    {
        var date = local.Date;
        var time = local.TimeOfDay;
        if (IsOpen(date))
        {
            if (time > ClosesAt)
            {
                return date + ClosesAt;
            }

            if (time >= OpensAt)
            {
                return local;
            }
        }

        do
        {
            date = date.PlusDays(-1);
        }
        while (!IsOpen(date));
        return date + ClosesAt;
    }
}
