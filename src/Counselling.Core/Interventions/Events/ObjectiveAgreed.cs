using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>The client agreed to an objective at a session; <see cref="InterventionEvent.By"/> recorded it.</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Agreement">The agreement: when, at which session, by the client, recorded by whom.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it: the client, or the counsellor on the client's behalf.</param>
public sealed record ObjectiveAgreed(ObjectiveId Objective, ObjectiveAgreement Agreement, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.ObjectiveAgreed;

    /// <inheritdoc/>
    public override Actor ActingParty() => Agreement?.Client ?? By;
}
