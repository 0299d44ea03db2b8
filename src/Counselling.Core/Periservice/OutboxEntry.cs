using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Periservice;

/// <summary>A touchpoint in a host's outbox, with where it stands: its status, attempts and the instant it is next due.</summary>
/// <param name="Touchpoint">The touchpoint.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">How many attempts failed or succeeded so far.</param>
/// <param name="DueAt">When it is next due: the touchpoint's instant, or the next attempt after a failure.</param>
/// <param name="ChangedAt">When the host last marked it; <see langword="null"/> while only scheduled.</param>
public sealed record OutboxEntry(Touchpoint Touchpoint, TouchpointStatus Status, int Attempts, Instant DueAt, Instant? ChangedAt)
{
    /// <summary>Gets the touchpoint's identifier.</summary>
    public TouchpointId Id => Touchpoint.Id;

    /// <summary>Gets a value indicating whether the host still has to send it (scheduled, or due again after a failure).</summary>
    public bool IsPending => Status is TouchpointStatus.Scheduled or TouchpointStatus.RetryDue;

    /// <summary>Gets a value indicating whether it is done (sent or answered): a recomputed schedule leaves it as it was.</summary>
    public bool IsDone => Status is TouchpointStatus.Sent or TouchpointStatus.Answered;

    /// <summary>Returns the identifier, status and attempts: no personal data.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => Id + " " + Status + " x" + Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
