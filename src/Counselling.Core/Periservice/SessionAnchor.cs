using System;
using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>A session that touchpoints are placed around: its identifier and its appointment, a local date-time in a zone.</summary>
/// <remarks>The default value names no session and is refused by <see cref="ServiceAnchors"/>.</remarks>
public readonly record struct SessionAnchor
{
    /// <summary>Initializes a new session anchor.</summary>
    /// <param name="session">The session.</param>
    /// <param name="start">The local date and time of the appointment.</param>
    /// <param name="zoneId">The appointment's time-zone identifier, such as <c>Europe/Brussels</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="session"/> is the default identifier, or <paramref name="zoneId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is <see langword="null"/>.</exception>
    public SessionAnchor(SessionId session, LocalDateTime start, string zoneId)
    {
        Session = Guard.NotDefault(session);
        Start = start;
        ZoneId = Guard.NotBlank(zoneId);
    }

    /// <summary>Gets the session.</summary>
    public SessionId Session { get; }

    /// <summary>Gets the local date and time of the appointment.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the appointment's time-zone identifier.</summary>
    public string ZoneId { get; }

    /// <summary>Gets a value indicating whether this is the invalid default value.</summary>
    public bool IsDefault => Session.IsDefault;
}
