using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <summary>
/// The settings of the programme an intervention runs under: its maximum duration (objectives' deadlines must fit
/// it), what to do with a session without a concrete outcome, and after how many sessions in a row without
/// progress a specialist is recommended. The agency chooses; the defaults follow common practice.
/// </summary>
public sealed record ProgrammeSettings
{
    /// <summary>The number of sessions without progress after which a specialist is recommended by default: 3.</summary>
    public const int DefaultSessionsWithoutProgressBeforeReferral = 3;

    /// <summary>Initializes the settings of a programme.</summary>
    /// <param name="code">The programme's code, such as <c>CEJ</c> or <c>PLAN-B</c>.</param>
    /// <param name="maximumDuration">The longest an intervention may last from its opening; positive, in dates (years, months, weeks, days).</param>
    /// <param name="missingOutcomePolicy">What to do with a session recorded without a concrete outcome: recorded and flagged by default.</param>
    /// <param name="sessionsWithoutProgressBeforeReferral">How many consecutive sessions without progress lead to recommending a specialist; 1 to 50.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="maximumDuration"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank, longer than <see cref="TextLimits.Code"/> or not valid Unicode, or <paramref name="maximumDuration"/> is not a positive date period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missingOutcomePolicy"/> is undefined, <paramref name="sessionsWithoutProgressBeforeReferral"/> is out of range, or <paramref name="maximumDuration"/> is longer than <see cref="SupportedDates.MaximumProgrammeMonths"/> months (<c>programme.too-long</c>).</exception>
    public ProgrammeSettings(
        string code,
        Period maximumDuration,
        MissingOutcomePolicy missingOutcomePolicy = MissingOutcomePolicy.Flag,
        int sessionsWithoutProgressBeforeReferral = DefaultSessionsWithoutProgressBeforeReferral)
    {
        Code = Bounds.Required(code, TextLimits.Code).Trim();
        ArgumentNullException.ThrowIfNull(maximumDuration);
        if (maximumDuration.HasTimeComponent || maximumDuration.Years < 0 || maximumDuration.Months < 0 || maximumDuration.Weeks < 0 || maximumDuration.Days < 0
            || maximumDuration.Normalize() == Period.Zero)
        {
            throw new ArgumentException("The maximum duration is a positive period of years, months, weeks or days.", nameof(maximumDuration));
        }

        if ((long)maximumDuration.Years * 372 + (long)maximumDuration.Months * 31 + (long)maximumDuration.Weeks * 7 + maximumDuration.Days
            > SupportedDates.MaximumProgrammeMonths * 31L)
        {
            throw ArgumentReason.Attach(
                new ArgumentOutOfRangeException(nameof(maximumDuration), "A programme lasts at most 120 months (ten years)."),
                new Reason("programme.too-long", new ReasonArgument("months", SupportedDates.MaximumProgrammeMonths)));
        }

        MaximumDuration = maximumDuration;
        MissingOutcomePolicy = Guard.Defined(missingOutcomePolicy);
        SessionsWithoutProgressBeforeReferral = Guard.InRange(sessionsWithoutProgressBeforeReferral, 1, 50);
    }

    /// <summary>Gets the programme's code.</summary>
    public string Code { get; }

    /// <summary>Gets the longest an intervention may last from its opening.</summary>
    public Period MaximumDuration { get; }

    /// <summary>Gets what to do with a session recorded without a concrete outcome.</summary>
    public MissingOutcomePolicy MissingOutcomePolicy { get; }

    /// <summary>Gets how many consecutive sessions without progress lead to recommending a specialist.</summary>
    public int SessionsWithoutProgressBeforeReferral { get; }
}
