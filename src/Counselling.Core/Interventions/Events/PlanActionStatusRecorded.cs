using Counselling.Core.Common;
using Counselling.Core.Evidence;
using Counselling.Core.Objectives;
using NodaTime;

namespace Counselling.Core.Interventions.Events;

/// <summary>An action's status was recorded between sessions (the client reports it done, a partner reports it dropped).</summary>
/// <param name="Action">The action.</param>
/// <param name="Status">Its new status.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="By">Who recorded it.</param>
public sealed record PlanActionStatusRecorded(PlanActionId Action, PlanActionStatus Status, Instant At, Actor By) : InterventionEvent(At, By)
{
    internal override EventKind Kind => EventKind.PlanActionStatusRecorded;
}
