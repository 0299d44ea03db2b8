using NodaTime;

namespace Counselling.Core.Common;

/// <summary>
/// The dates and instants the library accepts: from 1 January 1900 to 31 December 9000, so that every later
/// computation (a programme's end date, a session's start in its zone, an evaluation's windows, a periservice
/// schedule) stays inside the calendar's range. Every entry point taking a date or an instant checks it, and refuses
/// one outside with an <see cref="System.ArgumentOutOfRangeException"/> carrying the reason <c>date.out-of-range</c>;
/// the rebuild of a stored history refuses the same.
/// </summary>
/// <remarks>
/// Checked at: the opening (the clock's instant), planning a session (its local start), recording a session (when it
/// was held), putting on hold (the date the decision is expected), every change (the clock's instant), evidence facts
/// (when they became known), a plan action's due date, and the evaluation's as-of instant. A programme lasts at most
/// <see cref="MaximumProgrammeMonths"/> months (see <see cref="Interventions.ProgrammeSettings"/>).
/// </remarks>
public static class SupportedDates
{
    /// <summary>The longest programme: 120 months (ten years), counting a year as 12 months and a month as 31 days
    /// for the weeks and days of the period: years × 372 + months × 31 + weeks × 7 + days ≤ 3,720 days.</summary>
    public const int MaximumProgrammeMonths = 120;

    /// <summary>Gets the first date accepted: 1 January 1900.</summary>
    public static LocalDate MinimumDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the last date accepted: 31 December 9000.</summary>
    public static LocalDate MaximumDate { get; } = new(9000, 12, 31);

    /// <summary>Gets the first instant accepted: the start of <see cref="MinimumDate"/> in UTC.</summary>
    public static Instant MinimumInstant { get; } = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>Gets the last instant accepted: the end of <see cref="MaximumDate"/> in UTC.</summary>
    public static Instant MaximumInstant { get; } = Instant.FromUtc(9000, 12, 31, 23, 59, 59);

    /// <summary>Says whether a date is accepted.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if it lies between <see cref="MinimumDate"/> and <see cref="MaximumDate"/>.</returns>
    public static bool Contains(LocalDate date) => date >= MinimumDate && date <= MaximumDate;

    /// <summary>Says whether an instant is accepted.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> if it lies between <see cref="MinimumInstant"/> and <see cref="MaximumInstant"/>.</returns>
    public static bool Contains(Instant instant) => instant >= MinimumInstant && instant <= MaximumInstant;
}
