using System;

using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// The time a programme gives an intervention (programmes impose time limits that
/// objectives must fit): it starts on a date and lasts at most a period. An objective's deadline must fall on or before
/// <see cref="End"/>.
/// </summary>
/// <remarks>The default value is <see cref="Unlimited"/>: no time limit.</remarks>
public readonly record struct ProgrammeWindow
{
    /// <summary>Initializes a window that starts on a date and lasts at most a period.</summary>
    /// <param name="start">The date the intervention started in the programme.</param>
    /// <param name="limit">The longest the programme allows, in years, months, weeks or days, such as 12 months.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="limit"/> has a time part (hours and less), or does not move <paramref name="start"/> forward, or ends beyond the supported calendar.</exception>
    public ProgrammeWindow(LocalDate start, Period limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (limit.HasTimeComponent)
        {
            throw new ArgumentException("A programme's time limit is counted in years, months, weeks or days.", nameof(limit));
        }

        LocalDate end;
        try
        {
            end = start.Plus(limit);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentException("A programme's time limit must end within the calendar NodaTime supports.", nameof(limit), e);
        }

        if (end <= start)
        {
            throw new ArgumentException("A programme's time limit must be positive.", nameof(limit));
        }

        Start = start;
        Limit = limit;
        End = end;
    }

    /// <summary>Gets the window without a time limit.</summary>
    public static ProgrammeWindow Unlimited => default;

    /// <summary>Gets the date the intervention started in the programme; <see langword="null"/> when unlimited.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the programme's time limit; <see langword="null"/> when unlimited.</summary>
    public Period? Limit { get; }

    /// <summary>Gets the last date a deadline may fall on; <see langword="null"/> when unlimited.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the window has no time limit.</summary>
    public bool IsUnlimited => End is null;

    /// <summary>Returns the window as text.</summary>
    /// <returns>The window, such as <c>2026-01-05..2027-01-05</c>, or <c>unlimited</c>.</returns>
    public override string ToString() => IsUnlimited ? "unlimited" : Start + ".." + End;
}
