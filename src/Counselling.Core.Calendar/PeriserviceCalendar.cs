using System;
using System.Collections.Generic;
using System.Globalization;
using Counselling.Core.Common;
using Counselling.Core.Periservice;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Counselling.Core.Calendar;

/// <summary>
/// Writes a periservice schedule, a session or a group's start as iCalendar (RFC 5545), with a VTIMEZONE for every
/// zone it names, so that a host can attach it to an invitation and calendar apps open it at the right local time.
/// </summary>
/// <remarks>
/// <para>Every date-time is written on its own local clock with its TZID (the client's zone for a touchpoint, the
/// appointment's zone for a session or a group); the VTIMEZONE carries the zone's rules from the earliest event on.
/// UIDs are the stable identifiers (a touchpoint's, a session's, a group's), so a calendar app updates an event it
/// already holds instead of adding a copy. DTSTAMP is the instant the host passes: the output is deterministic.</para>
/// <para>Summaries come from the message catalogue, in French or English; no personal data is written: the host adds
/// the place, the names and the attendees it knows. Pure and thread-safe.</para>
/// </remarks>
public static class PeriserviceCalendar
{
    private const string ProductId = "-//Counselling.Core//Periservice//EN";

    /// <summary>Writes a schedule as a calendar: one event per touchpoint, at its local time in the client's zone.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="stampedAt">The instant written as each event's DTSTAMP (when the host exports it).</param>
    /// <param name="culture">The culture of the summaries.</param>
    /// <param name="catalog">The message catalogue; <see cref="MessageCatalog.Default"/> when <see langword="null"/>.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string Export(TouchpointSchedule schedule, Instant stampedAt, CultureInfo culture, MessageCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(culture);
        var calendar = NewCalendar("PUBLISH");
        var earliest = new Dictionary<string, LocalDateTime>(StringComparer.Ordinal);
        foreach (var touchpoint in schedule)
        {
            var evt = new CalendarEvent
            {
                Uid = touchpoint.Id.ToString(),
                DtStamp = Utc(stampedAt),
                DtStart = Local(touchpoint.Local, touchpoint.ZoneId),
                Duration = Ical.Net.DataTypes.Duration.FromMinutes(15),
                Summary = ScheduleText.Describe(touchpoint, culture, catalog),
                Description = touchpoint.ContentKey,
                Transparency = "TRANSPARENT",
            };
            evt.Categories.Add(touchpoint.Kind.ToString());
            evt.Categories.Add(touchpoint.Channel.ToString());
            calendar.Events.Add(evt);
            Remember(earliest, touchpoint.ZoneId, touchpoint.Local);
        }

        return Serialize(calendar, earliest);
    }

    /// <summary>Writes a session's appointment as an invitation that a calendar app opens.</summary>
    /// <param name="session">The session and its appointment.</param>
    /// <param name="length">How long the session lasts; positive.</param>
    /// <param name="stampedAt">The instant written as DTSTAMP.</param>
    /// <param name="culture">The culture of the summary.</param>
    /// <param name="catalog">The message catalogue; <see cref="MessageCatalog.Default"/> when <see langword="null"/>.</param>
    /// <returns>The iCalendar text, with METHOD:REQUEST.</returns>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive or is a day or more.</exception>
    public static string ExportSession(SessionAnchor session, NodaTime.Duration length, Instant stampedAt, CultureInfo culture, MessageCatalog? catalog = null)
    {
        if (session.IsDefault)
        {
            throw new ArgumentException("The session must be built with its constructor.", nameof(session));
        }

        return Appointment(session.Session.ToString(), session.Start, session.ZoneId, length, stampedAt, "periservice.calendar.session", culture, catalog);
    }

    /// <summary>Writes a group's first meeting as an invitation that a calendar app opens.</summary>
    /// <param name="group">The group and its start.</param>
    /// <param name="length">How long the first meeting lasts; positive.</param>
    /// <param name="stampedAt">The instant written as DTSTAMP.</param>
    /// <param name="culture">The culture of the summary.</param>
    /// <param name="catalog">The message catalogue; <see cref="MessageCatalog.Default"/> when <see langword="null"/>.</param>
    /// <returns>The iCalendar text, with METHOD:REQUEST.</returns>
    /// <exception cref="ArgumentException"><paramref name="group"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive or is a day or more.</exception>
    public static string ExportGroupStart(GroupAnchor group, NodaTime.Duration length, Instant stampedAt, CultureInfo culture, MessageCatalog? catalog = null)
    {
        if (group.IsDefault)
        {
            throw new ArgumentException("The group must be built with its constructor.", nameof(group));
        }

        return Appointment("group:" + group.Group.ToString("D", CultureInfo.InvariantCulture), group.Start, group.ZoneId, length, stampedAt, "periservice.calendar.group-start", culture, catalog);
    }

    private static string Appointment(
        string uid, LocalDateTime start, string zoneId, NodaTime.Duration length, Instant stampedAt, string summaryCode, CultureInfo culture, MessageCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (length <= NodaTime.Duration.Zero || length >= NodaTime.Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(length), "An appointment lasts more than nothing and less than a day.");
        }

        var calendar = NewCalendar("REQUEST");
        calendar.Events.Add(new CalendarEvent
        {
            Uid = uid,
            DtStamp = Utc(stampedAt),
            DtStart = Local(start, zoneId),
            Duration = Ical.Net.DataTypes.Duration.FromMinutes(checked((int)length.TotalMinutes)),
            Summary = (catalog ?? MessageCatalog.Default).Format(new Reason(summaryCode, new ReasonArgument("start", start)), culture),
            Status = "CONFIRMED",
        });
        return Serialize(calendar, new Dictionary<string, LocalDateTime>(StringComparer.Ordinal) { [zoneId] = start });
    }

    private static Ical.Net.Calendar NewCalendar(string method) => new() { ProductId = ProductId, Method = method };

    private static void Remember(Dictionary<string, LocalDateTime> earliest, string zoneId, LocalDateTime local)
    {
        if (!earliest.TryGetValue(zoneId, out var known) || local < known)
        {
            earliest[zoneId] = local;
        }
    }

    private static string Serialize(Ical.Net.Calendar calendar, Dictionary<string, LocalDateTime> earliest)
    {
        foreach (var (zoneId, from) in earliest)
        {
            calendar.AddTimeZone(zoneId, from.Date.PlusDays(-1).AtMidnight().ToDateTimeUnspecified(), includeHistoricalData: false);
        }

        return new CalendarSerializer(calendar).SerializeToString() ?? string.Empty;
    }

    private static CalDateTime Local(LocalDateTime local, string zoneId)
        => new(new DateOnly(local.Year, local.Month, local.Day), new TimeOnly(local.Hour, local.Minute, local.Second), zoneId);

    private static CalDateTime Utc(Instant instant)
    {
        var utc = instant.InUtc().LocalDateTime;
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
    }
}
