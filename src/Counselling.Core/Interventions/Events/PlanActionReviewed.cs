using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>An action was reviewed at a later held session, with what became of it; an action is reviewed once.</summary>
/// <param name="Action">The action.</param>
/// <param name="Session">The session that reviewed it.</param>
/// <param name="Outcome">What became of it: done, not done or dropped.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record PlanActionReviewed(PlanActionId Action, SessionId Session, PlanActionStatus Outcome, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.PlanActionReviewed;
}
