using System;
using Counselling.Core.Common;
using Counselling.Core.Interventions.Rules;
using NodaTime;

namespace Counselling.Core.Interventions;

/// <content>
/// The dates an intervention accepts: every instant and date an action carries lies within <see cref="SupportedDates"/>,
/// so that nothing read later (the programme's end date, a session's start, the case record, an evaluation, a
/// periservice schedule) leaves the calendar's range. The intent methods refuse such an argument at entry with
/// <see cref="ArgumentOutOfRangeException"/> (<c>date.out-of-range</c>); the rebuild refuses the same stored event.
/// </content>
public sealed partial class Intervention
{
    /// <summary>The name of the argument of an action whose date or instant lies outside the supported range, or <see langword="null"/>.</summary>
    private static string? OutOfRangeField<TInput>(in TInput context)
        where TInput : struct, IActionInput
        => SupportedDates.Contains(context.Now) ? context.DateOutOfRange : "clock";

    private static void CheckDates<TInput>(in TInput context)
        where TInput : struct, IActionInput
    {
        if (OutOfRangeField(in context) is { } field)
        {
            throw Bounds.OutOfRange(field);
        }
    }

    /// <summary>A return opens after the earlier intervention closed, never before.</summary>
    private static void CheckReturnAfterClosure(Intervention earlier, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (earlier.ClosedAt is { } closed && clock.GetCurrentInstant() < closed)
        {
            throw new ActionRefusedException(
                "OpenReturn",
                [new Reason("return.before-earlier-closure", new ReasonArgument("closed", closed.InZone(earlier._zone).Date))]);
        }
    }
}
