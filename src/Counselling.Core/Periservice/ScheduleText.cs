using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Core.Common;

namespace Counselling.Core.Periservice;

/// <summary>Writes touchpoints as text for a culture, in French or English: one line per touchpoint, for a console or a log without personal data.</summary>
public static class ScheduleText
{
    /// <summary>Writes the message behind a touchpoint's content key, such as "Reminder: your session is on 15/03/2026 10:00.".</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <param name="culture">The culture; French cultures get French, others English.</param>
    /// <param name="catalog">The message catalogue; <see cref="MessageCatalog.Default"/> when <see langword="null"/>.</param>
    /// <returns>The message; the content key itself when the catalogue has no template for it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoint"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string Describe(Touchpoint touchpoint, CultureInfo culture, MessageCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        ArgumentNullException.ThrowIfNull(culture);
        return (catalog ?? MessageCatalog.Default).Format(ContentOf(touchpoint), culture);
    }

    /// <summary>Gets the content of a touchpoint as a reason: its content key, with the anchor's start (<c>start</c>) and the months after closure (<c>months</c>).</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <returns>The content, for a host's own catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoint"/> is <see langword="null"/>.</exception>
    public static Reason ContentOf(Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        return new Reason(touchpoint.ContentKey, new ReasonArgument("start", touchpoint.AnchorStart), new ReasonArgument("months", touchpoint.Rule.Offset.WholeMonths));
    }

    /// <summary>Writes a schedule, one line per touchpoint in order: when (on the client's clock, with the zone), the channel, the kind and the message.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="catalog">The message catalogue; <see cref="MessageCatalog.Default"/> when <see langword="null"/>.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Format(TouchpointSchedule schedule, CultureInfo culture, MessageCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(culture);
        var messages = catalog ?? MessageCatalog.Default;
        var lines = new List<string>(schedule.Count);
        foreach (var touchpoint in schedule)
        {
            lines.Add(messages.FormatValue(touchpoint.Local, culture) + " " + touchpoint.ZoneId
                      + " · " + messages.FormatValue(touchpoint.Channel, culture)
                      + " · " + messages.FormatValue(touchpoint.Kind, culture)
                      + " · " + messages.Format(ContentOf(touchpoint), culture));
        }

        return lines;
    }
}
