using Counselling.Core.Common;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>An action of the action plan was agreed at a session: who does what, by when.</summary>
/// <param name="Action">The action.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record PlanActionAgreed(PlanAction Action, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.PlanActionAgreed;

    /// <inheritdoc/>
    public override Actor ActingParty() => Action?.Agreement?.Client ?? By;
}
