using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Counselling.Core.Common;

namespace Counselling.Core.Interventions;

/// <summary>
/// Thrown when a stored history could not have been recorded by the intervention's intent methods: an event out of
/// place, repeated, missing, relabelled, dated back, naming what does not exist, or attributed to someone not allowed.
/// It names the event's position (from 1) and type and gives coded reasons with messages in French and English; its
/// message carries codes only, never a stored value.
/// </summary>
public sealed class InvalidHistoryException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="position">The position of the refused event in the history, from 1.</param>
    /// <param name="eventType">The refused event's type name, such as <c>InterventionActivated</c>.</param>
    /// <param name="reasons">The reasons; at least one. They are copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventType"/> or <paramref name="reasons"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    public InvalidHistoryException(int position, string eventType, IEnumerable<Reason> reasons)
        : this(position, eventType, Copy(reasons))
    {
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a position and reasons.</summary>
    public InvalidHistoryException()
        : this(1, "none", [new Reason("history.invalid")])
    {
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a position and reasons.</summary>
    /// <param name="message">The message.</param>
    public InvalidHistoryException(string message)
        : base(message)
    {
        Position = 1;
        EventType = "none";
        Reasons = [new Reason("history.invalid")];
    }

    /// <summary>Initializes a new instance (for tooling); prefer the constructor with a position and reasons.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public InvalidHistoryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Position = 1;
        EventType = "none";
        Reasons = [new Reason("history.invalid")];
    }

    private InvalidHistoryException(int position, string eventType, ImmutableArray<Reason> reasons)
        : base(BuildMessage(position, eventType, reasons))
    {
        Position = position;
        EventType = eventType;
        Reasons = reasons;
    }

    /// <summary>Gets the position of the refused event in the history, from 1 (one past the end when an event is missing at the end).</summary>
    public int Position { get; }

    /// <summary>Gets the refused event's type name.</summary>
    public string EventType { get; }

    /// <summary>Gets every reason the event is refused.</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <summary>Gets the codes of the reasons, in order.</summary>
    public IEnumerable<string> Codes => Reasons.Select(r => r.Code);

    /// <summary>Writes every reason in the given culture, one per line.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The reasons as a reader of the history reads them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Describe(CultureInfo culture)
        => string.Join(Environment.NewLine, Reasons.Select(r => r.Describe(culture)));

    private static ImmutableArray<Reason> Copy(IEnumerable<Reason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var copy = reasons.ToImmutableArray();
        if (copy.IsEmpty || copy.Any(r => r is null))
        {
            throw new ArgumentException("An invalid history has at least one reason, none null.", nameof(reasons));
        }

        return copy;
    }

    private static string BuildMessage(int position, string eventType, ImmutableArray<Reason> reasons)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentNullException.ThrowIfNull(eventType);
        return "History refused at event " + position.ToString(CultureInfo.InvariantCulture) + " (" + eventType + "): "
               + string.Join("; ", reasons.Select(r => r.ToString()));
    }
}
