using System;

using Counselling.Core.Common;
using NodaTime;

namespace Counselling.Core.Objectives;

/// <summary>
/// The client's agreement to an objective, or to an action of the plan: when, at which session, by the client. Only the
/// client agrees; a counsellor may record the agreement on the client's behalf, and both are kept.
/// </summary>
public sealed record ObjectiveAgreement
{
    /// <summary>Initializes a new agreement.</summary>
    /// <param name="at">When the client agreed.</param>
    /// <param name="session">The session at which the client agreed.</param>
    /// <param name="client">The client who agreed: an actor of kind <see cref="ActorKind.Client"/>.</param>
    /// <param name="recordedBy">Who recorded it: the counsellor on the client's behalf, or the client; the client when omitted.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="session"/> is the default identifier; <paramref name="client"/> is not a client (the counsellor
    /// alone cannot make an objective agreed); or <paramref name="recordedBy"/> names nobody.
    /// </exception>
    public ObjectiveAgreement(Instant at, SessionId session, Actor client, Actor? recordedBy = null)
    {
        if (client.Kind != ActorKind.Client)
        {
            throw new ArgumentException("Only the client agrees to an objective; a counsellor may record it on the client's behalf.", nameof(client));
        }

        At = at;
        Session = Guard.NotDefault(session);
        Client = client;
        RecordedBy = Guard.Known(recordedBy ?? client, nameof(recordedBy));
    }

    /// <summary>Gets when the client agreed.</summary>
    public Instant At { get; }

    /// <summary>Gets the session at which the client agreed.</summary>
    public SessionId Session { get; }

    /// <summary>Gets the client who agreed.</summary>
    public Actor Client { get; }

    /// <summary>Gets who recorded the agreement: the client, or a counsellor on the client's behalf.</summary>
    public Actor RecordedBy { get; }

    /// <summary>Gets a value indicating whether someone other than the client recorded the agreement on the client's behalf.</summary>
    public bool RecordedOnBehalf => RecordedBy != Client;
}
